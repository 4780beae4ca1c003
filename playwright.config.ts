import { defineConfig } from '@playwright/test';

// The browser edition in Debian's Chromium (never a downloaded browser), against the built app
// served on 127.0.0.1. Screenshots of the main screens go to test-results/screens/.
const PORT = Number(process.env.E2E_PORT ?? 4791);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    acceptDownloads: true,
    locale: 'da-DK',
  },
  webServer: {
    command: `node scripts/serve-static.mjs dist/renderer`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
