import { defineConfig } from '@playwright/test';

// The desktop app in Electron, launched with _electron.launch from dist/ (build first:
// `npm run build && node scripts/build-electron.mjs`). Where the Electron binary or a display is
// missing, global-setup says why once and every spec skips itself.
export default defineConfig({
  testDir: 'tests/e2e-electron',
  globalSetup: './tests/e2e-electron/global-setup.ts',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
