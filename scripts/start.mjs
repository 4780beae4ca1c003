// `npm start`: launches the desktop app where Electron can run; otherwise serves the browser
// edition on 127.0.0.1, says why, and opens it in a Chromium-family browser in app mode when one
// is installed (not when CI is set or BROWSER=none).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveStatic } from './serve-static.mjs';

const require = createRequire(import.meta.url);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;

console.log('Bygger Budgetnotat …');
if (!run('npx', ['vite', 'build', '--logLevel', 'warn'])) process.exit(1);

const reason = electronUnavailable();
if (!reason) {
  if (!run('node', ['scripts/build-electron.mjs'])) process.exit(1);
  const child = spawn(electronBinary(), ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = await listenOnFreePort(Number(process.env.PORT ?? 4780));
  const url = `http://127.0.0.1:${port}/`;
  console.log(`Electron kan ikke starte her: ${reason}.`);
  console.log(`Browserudgaven kører på ${url} (stop med Ctrl+C).`);
  openBrowser(url);
}

function electronUnavailable() {
  if (!existsSync('scripts/build-electron.mjs')) return 'skrivebordsudgaven er ikke bygget ind i dette checkout';
  if (!electronBinary()) {
    // npm install does not fetch Electron's binary here (install scripts are off); try once.
    try {
      spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'ignore', timeout: 60_000 });
    } catch {
      return 'pakken electron er ikke installeret (kør npm install)';
    }
    if (!electronBinary()) return 'Electron-programmet kunne ikke hentes (ingen forbindelse til Electrons download-server)';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'der er ingen skærm (DISPLAY er ikke sat)';
  return null;
}

/** The Electron binary's path, or null: the package throws when its download never ran. */
function electronBinary() {
  try {
    const binary = require('electron');
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Serves the app on the first free port from `first` on (another copy may be running). */
async function listenOnFreePort(first) {
  for (let port = first; port < first + 20; port++) {
    try {
      await serveStatic('dist/renderer', port);
      return port;
    } catch (e) {
      if (e.code !== 'EADDRINUSE') throw e;
    }
  }
  console.error(`Ingen ledig port fra ${first} til ${first + 19}; sæt PORT=… og prøv igen.`);
  process.exit(1);
}

function openBrowser(url) {
  if (process.env.CI || process.env.BROWSER === 'none') return;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('Ingen skærm her: åbn adressen i en browser.');
    return;
  }
  const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
  const found = candidates.find((c) => spawnSync('which', [c], { stdio: 'ignore' }).status === 0);
  if (!found) {
    console.log('Ingen Chromium-browser fundet: åbn adressen i en browser.');
    return;
  }
  spawn(found, [`--app=${url}`, '--no-first-run', '--disable-background-networking'], { stdio: 'ignore', detached: true }).unref();
  console.log(`Åbnede ${found} i app-tilstand.`);
}
