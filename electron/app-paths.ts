/**
 * Where things are: settings and recovery files in the app data folder, the built renderer and
 * preload beside the main bundle (dist/electron/main.cjs -> dist/renderer, dist/electron/preload.cjs).
 */
import path from 'node:path';
import type { App } from 'electron';

export interface AppPaths {
  /** Recent files and window state. */
  userData: string;
  recovery: string;
  /** Where save dialogs start for a case that was never saved. */
  documents: string;
  renderer: string;
  preload: string;
}

export function appPaths(userData: string, documents: string, bundleDir: string): AppPaths {
  return {
    userData,
    recovery: path.join(userData, 'recovery'),
    documents,
    renderer: path.resolve(bundleDir, '..', 'renderer'),
    preload: path.join(bundleDir, 'preload.cjs'),
  };
}

/**
 * BUDGETNOTAT_USER_DATA points the app data folder elsewhere: end-to-end tests give every run a
 * fresh folder. Must run before the app is ready.
 */
export function setupAppPaths(app: Pick<App, 'setPath' | 'getPath'>, env: NodeJS.ProcessEnv, bundleDir: string): AppPaths {
  const override = env.BUDGETNOTAT_USER_DATA;
  if (override) app.setPath('userData', path.resolve(override));
  return appPaths(app.getPath('userData'), app.getPath('documents'), bundleDir);
}
