import type { Platform } from '../../shared/actions/shortcut';

/** Cmd on macOS, Ctrl elsewhere, as the browser or Electron reports the system. */
export function currentPlatform(): Platform {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 'mac' : 'other';
}
