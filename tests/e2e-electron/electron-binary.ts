/**
 * Whether the Electron end-to-end specs can run here, and if not, why. The Electron binary is
 * fetched by electron's install script, which does not run on machines without network access
 * (or with install scripts off); there `require('electron')` names a file that is not there.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronBinary(): string | null {
  try {
    const binary: unknown = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Null when the specs can run; otherwise one sentence for the test report. */
export function electronUnavailable(): string | null {
  if (!electronBinary()) return "the Electron binary is not installed (require('electron') names no existing file; its download never ran)";
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display (run under xvfb-run)';
  return null;
}
