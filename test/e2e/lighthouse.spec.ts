import { expect, test } from '@playwright/test';
import { audit, launchChromium, pagesToAudit } from '../../scripts/lighthouse.mjs';

/**
 * Lighthouse 13 (mobile form factor) with the system Chromium, offline, on the home page, one article, each
 * calculator, the search page and one embed (scripts/lighthouse.mjs picks them from the build).
 * Accessibility, best practices and SEO must be 100 with no failing audit: these do not depend on how busy
 * the machine is, so one run decides. Performance is a timing and lives with the benchmarks
 * (`npm run bench:lighthouse`, BENCHMARKS.md), never in a test. Tagged @lighthouse: `npm test` runs these
 * one at a time after the other browser tests (scripts/test.sh).
 */

const OUT = process.env.E2E_OUT ?? 'dist';
const SITE_PORT = Number(process.env.E2E_PORT ?? 4321);
const DEBUG_PORT = 9200 + (SITE_PORT % 100);
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];

test.describe('Lighthouse @lighthouse', () => {
  // One page after another in one worker, on one Chromium.
  test.describe.configure({ mode: 'default' });
  let chromium: { kill(): void } | undefined;
  test.beforeAll(async () => {
    chromium = await launchChromium(DEBUG_PORT);
  });
  test.afterAll(() => chromium?.kill());

  for (const path of pagesToAudit(OUT) as string[]) {
    test(`${path}: 100 accessibility, best practices and SEO @lighthouse`, async () => {
      test.setTimeout(120_000);
      const r = await audit(`http://127.0.0.1:${SITE_PORT}${path}`, DEBUG_PORT, CATEGORIES);
      expect.soft(r.failing, 'failing audits').toEqual([]);
      expect.soft(r.accessibility, 'accessibility').toBe(100);
      expect.soft(r.bestPractices, 'best practices').toBe(100);
      expect(r.seo, 'SEO').toBe(100);
    });
  }
});
