import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './support/chromium.mjs';

const PORT = Number(process.env.TEST_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// Browser tests run against the production server as `npm start` runs it (`npm test` builds first).
export default defineConfig({
  testDir: './browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json']],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `"${process.execPath}" src/server/start.mjs`,
    cwd: '..',
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Many forms are sent from 127.0.0.1 in one run; the rate limit itself is tested over HTTP.
    env: { HOST: '127.0.0.1', PORT: String(PORT), OUTBOX_DIR: '.outbox-browser-tests', CONTACT_RATE_LIMIT: '1000' },
  },
});
