/** Says once why the Electron specs are skipped, or checks that the app has been built. */
import { existsSync } from 'node:fs';
import { electronUnavailable } from './electron-binary';

export default function globalSetup(): void {
  const reason = electronUnavailable();
  if (reason) {
    console.log(`Electron end-to-end specs skipped: ${reason}.`);
    return;
  }
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build && node scripts/build-electron.mjs\` first`);
  }
}
