/**
 * Electron's security checklist in one place: the only way windows are made (with the exact
 * webPreferences the unit tests assert), the Content Security Policy, navigation and new windows
 * denied, permissions denied, and every request that is not our own app refused.
 *
 * WARNING: Electronegativity reads the `new BrowserWindow({...})` literal below and the
 * `.on('will-navigate')`, `setWindowOpenHandler` and `setPermissionRequestHandler` calls as
 * written; moving the options into a variable from another module hides them from it.
 */
import type { App, BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { isAppUrl } from './app-url';
import type { Rect } from './files/window-state';
import { MIN_WINDOW_SIZE } from './files/window-state';

/**
 * Same as the renderer's meta tag. Inline styles are needed by AG Grid; scripts are never inline
 * and never eval'd. 'wasm-unsafe-eval' lets the export worker compile the chart renderer (resvg,
 * WebAssembly bundled with the app); it allows WebAssembly only, not JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface SecureWindowOptions {
  preload: string;
  bounds: Rect;
  title: string;
  /** Developer tools only in unpackaged builds. */
  devTools: boolean;
}

/** The constructor is passed in so that tests can record the exact options without Electron. */
export function createSecureWindow(BrowserWindow: BrowserWindowClass, options: SecureWindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // Reviewed: the preload exposes only the shared/host.ts contract, each call checked in main.
      preload: options.preload, /* eng-disable PRELOAD_JS_CHECK */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
    },
  });
}

/** The app is one page; any navigation (a dropped link, a script) would leave it. */
export function denyNavigation(event: { preventDefault(): void }): void {
  event.preventDefault();
}

export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Budgetnotat needs no camera, location, notifications or clipboard-read permission. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** Our own app, inline data, and blobs the page made itself; devtools: only opens in dev builds. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'data:' || scheme === 'blob:' || scheme === 'devtools:';
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-frame-navigate', denyNavigation);
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', denyNavigation);
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** Applies to every web contents ever created, including any a bug or an exploit might create. */
export function setupWebContentsSecurity(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

export function setupSessionSecurity(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  session.on('will-download', denyNavigation);
}
