import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ADMIN_PORT, API_PORT, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

/**
 * End-to-end journeys across the API and the admin, against the production builds.
 * Build first: `npm run build` (shared, api, admin). Then: `npm run test:e2e`.
 *
 * The API gets a fresh SQLite data directory per run; the browser is Debian's chromium
 * (never `npx playwright install`).
 */
const repoRoot = path.resolve(__dirname, '../..');

// Workers re-read this file; the variable keeps them on the data directory of the main process.
process.env.WIR_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'wir-e2e-'));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: path.join(repoRoot, 'test-results'),
  use: {
    baseURL: `http://127.0.0.1:${ADMIN_PORT}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      name: 'api',
      command: 'node apps/api/dist/main.js',
      cwd: repoRoot,
      url: `http://127.0.0.1:${API_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        NODE_ENV: 'production',
        PORT: String(API_PORT),
        HOST: '127.0.0.1',
        DATA_DIR: process.env.WIR_E2E_DATA_DIR,
        ADMIN_EMAIL: E2E_ADMIN_EMAIL,
        ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
        ADMIN_ORIGIN: `http://127.0.0.1:${ADMIN_PORT}`,
        // The admin's /api proxy on the same host forwards X-Forwarded-*.
        TRUST_PROXY: 'loopback',
        // Links in mails point at this admin.
        PUBLIC_BASE_URL: `http://127.0.0.1:${ADMIN_PORT}`,
        LOG_LEVEL: 'warn',
      },
    },
    {
      name: 'admin',
      command: `node ${path.join(repoRoot, 'apps/admin/server.mjs')} -p ${ADMIN_PORT} -H 127.0.0.1`,
      cwd: path.join(repoRoot, 'apps/admin'),
      url: `http://127.0.0.1:${ADMIN_PORT}/login`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        API_URL: `http://127.0.0.1:${API_PORT}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
});
