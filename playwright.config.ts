import { defineConfig, devices } from '@playwright/test';

/** Where the built site is and which port serves it; engineers running in parallel override both. */
const PORT = Number(process.env.E2E_PORT ?? 4321);
const OUT = process.env.E2E_OUT ?? 'dist';
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** System Chromium (Debian's package); see scripts/ensure-chromium.mjs. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? '.tmp/playwright-report.json' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
      url: `${BASE_URL}/`,
      env: { ASTRO_OUT_DIR: OUT },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A second origin for the embed tests' host pages (test/fixtures/host/).
      command: 'node test/fixtures/host/serve.mjs',
      url: `http://127.0.0.1:${PORT + 1}/`,
      env: { E2E_PORT: String(PORT), HOST_PORT: String(PORT + 1) },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
