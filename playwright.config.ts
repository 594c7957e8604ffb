import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** Where the built site is and which port serves it; engineers running in parallel override both. */
const PORT = Number(process.env.E2E_PORT ?? 4321);
const OUT = resolve(process.env.E2E_OUT ?? 'dist');
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * The site is served as it is deployed: by Cloudflare's own local runtime (`wrangler pages dev`, offline),
 * which applies `public/_headers` (CSP with frame-ancestors, X-Frame-Options, caching) and the host's
 * pretty-URL redirects, as `astro preview` does not. The compatibility date must not be later than the
 * bundled runtime's. Each port gets its own working folder, so parallel runs share no state.
 */
const WRANGLER_DIR = resolve(`.tmp/wrangler-${PORT}`);
mkdirSync(WRANGLER_DIR, { recursive: true });
const WRANGLER = [
  // On the project's own Node (wrangler needs a newer one than some systems have).
  `${JSON.stringify(resolve('node_modules/.bin/node'))} ${JSON.stringify(resolve('node_modules/wrangler/bin/wrangler.js'))}`,
  `pages dev ${JSON.stringify(OUT)}`,
  `--ip 127.0.0.1 --port ${PORT} --compatibility-date 2026-05-01`,
  `--persist-to ${JSON.stringify(resolve(WRANGLER_DIR, 'state'))} --show-interactive-dev-session=false --log-level error`,
].join(' ');

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
      command: WRANGLER,
      cwd: WRANGLER_DIR,
      url: `${BASE_URL}/`,
      env: {
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_SEND_ERROR_REPORTS: 'false',
        WRANGLER_LOG_PATH: resolve(WRANGLER_DIR, 'logs'),
      },
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
