/**
 * The window's security settings, asserted exactly (Electronegativity does not check the
 * options a window is really made with, and a typo in one key would silently fall back to a
 * default), and the handlers that deny navigation, new windows, permissions and remote requests.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createSecureWindow,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  hardenWebContents,
  isAllowedRequestUrl,
  setupSessionSecurity,
  type BrowserWindowClass,
} from '../../../electron/security';

function recordWindowOptions(devTools = false): BrowserWindowConstructorOptions {
  const made: BrowserWindowConstructorOptions[] = [];
  class FakeWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      made.push(options);
    }
  }
  createSecureWindow(FakeWindow as unknown as BrowserWindowClass, { preload: '/app/dist/electron/preload.cjs', bounds: { x: 1, y: 2, width: 1000, height: 700 }, title: 'Budgetnotat', devTools });
  expect(made).toHaveLength(1);
  return made[0]!;
}

describe('the main window', () => {
  it('is made with exactly these webPreferences', () => {
    expect(recordWindowOptions().webPreferences).toStrictEqual({
      preload: '/app/dist/electron/preload.cjs',
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
      devTools: false,
    });
  });

  it('gets developer tools only when asked (unpackaged builds)', () => {
    expect(recordWindowOptions(true).webPreferences?.devTools).toBe(true);
  });

  it('starts hidden at the placed bounds and never loads anything itself', () => {
    const options = recordWindowOptions();
    expect(options).toMatchObject({ x: 1, y: 2, width: 1000, height: 700, show: false, title: 'Budgetnotat' });
    expect(options).not.toHaveProperty('url');
  });
});

describe('the Content Security Policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...sources] = d.trim().split(/\s+/);
    return [name!, sources];
  }));

  it('allows scripts only from the app itself, never inline or eval; WebAssembly (the chart renderer) only from the app', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(?<!wasm-)unsafe-eval|\*/);
  });

  it('names no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|file:/);
  });

  it('forbids plugins, frames, base changes and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});

describe('navigation and new windows', () => {
  it('denies every navigation, to other sites and to our own pages alike', () => {
    for (const _url of ['https://evil.example/', 'file:///etc/passwd', 'app://budgetnotat/index.html']) {
      const event = { preventDefault: vi.fn() };
      denyNavigation(event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('denies window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('hardens a web contents: navigation, redirects, webviews and window.open', () => {
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    hardenWebContents({ on, setWindowOpenHandler } as unknown as WebContents);
    const events = on.mock.calls.map((c) => c[0]);
    expect(events.sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    for (const call of on.mock.calls) expect(call[1]).toBe(denyNavigation);
    expect(setWindowOpenHandler).toHaveBeenCalledWith(denyWindowOpen);
  });
});

describe('the session', () => {
  function fakeSession() {
    const calls = {
      permissionRequest: vi.fn(),
      permissionCheck: vi.fn(),
      devicePermission: vi.fn(),
      beforeRequest: vi.fn(),
      on: vi.fn(),
    };
    const session = {
      setPermissionRequestHandler: calls.permissionRequest,
      setPermissionCheckHandler: calls.permissionCheck,
      setDevicePermissionHandler: calls.devicePermission,
      webRequest: { onBeforeRequest: calls.beforeRequest },
      on: calls.on,
    };
    setupSessionSecurity(session as unknown as Session);
    return calls;
  }

  it('denies every permission request and check', () => {
    const calls = fakeSession();
    expect(calls.permissionRequest).toHaveBeenCalledWith(denyPermissionRequest);
    expect(calls.permissionCheck).toHaveBeenCalledWith(denyPermissionCheck);
    expect(calls.devicePermission).toHaveBeenCalledWith(denyPermissionCheck);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'unknown']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(denyPermissionCheck()).toBe(false);
  });

  it('cancels every request that is not our own app', () => {
    const calls = fakeSession();
    const handler = calls.beforeRequest.mock.calls[0]?.[0] as (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
    const cancelled = (url: string) => {
      const callback = vi.fn();
      handler({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    expect(cancelled('app://budgetnotat/index.html')).toBe(false);
    expect(cancelled('app://budgetnotat/assets/index-abc.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://cdn.example/lib.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:4791/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://other/index.html')).toBe(true);
    expect(cancelled('wss://example.com/')).toBe(true);
  });

  it('refuses downloads', () => {
    const calls = fakeSession();
    expect(calls.on).toHaveBeenCalledWith('will-download', denyNavigation);
  });

  it('allows only app, data, blob and devtools URLs', () => {
    expect(isAllowedRequestUrl('blob:app://budgetnotat/1234')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedRequestUrl('not a url')).toBe(false);
  });
});
