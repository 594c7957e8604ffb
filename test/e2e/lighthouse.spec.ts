import { expect, test } from '@playwright/test';
import { audit, launchChromium, pagesToAudit } from '../../scripts/lighthouse.mjs';

/**
 * Lighthouse 13 (mobile form factor, simulated throttling) with the system Chromium, offline, on the
 * home page, one article, each calculator, the search page and one embed (scripts/lighthouse.mjs picks
 * them from the build). Accessibility, best practices and SEO must be 100. Performance must be ≥ 90;
 * because a loaded 2-core machine inflates blocking time, a page scoring 70–89 is audited twice more and
 * judged on the median of the three runs (lower scores fail at once, which keeps the suite's time bounded). Tagged @lighthouse: `npm test` runs these alone, one at a time,
 * after the other browser tests (scripts/test.sh). Figures: BENCHMARKS.md, `node scripts/lighthouse.mjs`.
 */

const OUT = process.env.E2E_OUT ?? 'dist';
const SITE_PORT = Number(process.env.E2E_PORT ?? 4321);
const DEBUG_PORT = 9200 + (SITE_PORT % 100);
// Mobile (most readers): every page type scores at least this.
const MIN_PERFORMANCE = 95;
/** A first score this close under the bar is re-audited twice (noise); further under, it fails at once. */
const RETRY_BAND = 20;

type Result = Awaited<ReturnType<typeof audit>>;

test.describe('Lighthouse @lighthouse', () => {
  // One page after another in one worker: parallel audits would measure each other.
  test.describe.configure({ mode: 'default' });
  let chromium: { kill(): void } | undefined;
  test.beforeAll(async () => {
    chromium = await launchChromium(DEBUG_PORT);
  });
  test.afterAll(() => chromium?.kill());

  for (const path of pagesToAudit(OUT) as string[]) {
    test(`${path}: 100 accessibility, best practices and SEO; performance ≥ ${MIN_PERFORMANCE} @lighthouse`, async () => {
      test.setTimeout(300_000);
      const url = `http://127.0.0.1:${SITE_PORT}${path}`;
      const runs: Result[] = [await audit(url, DEBUG_PORT)];
      const near = runs[0]!.performance >= MIN_PERFORMANCE - RETRY_BAND && runs[0]!.performance < MIN_PERFORMANCE;
      if (near) runs.push(await audit(url, DEBUG_PORT), await audit(url, DEBUG_PORT));
      const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
      const first = runs[0]!;
      test.info().annotations.push({
        type: 'lighthouse',
        description: runs
          .map(
            (r) =>
              `perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} seo ${r.seo} FCP ${Math.round(r.fcp)} LCP ${Math.round(r.lcp)} TBT ${Math.round(r.tbt)} CLS ${r.cls.toFixed(3)}`,
          )
          .join(' | '),
      });
      expect.soft(first.failing, 'failing audits').toEqual([]);
      expect.soft(first.accessibility, 'accessibility').toBe(100);
      expect.soft(first.bestPractices, 'best practices').toBe(100);
      expect.soft(first.seo, 'SEO').toBe(100);
      expect(
        median.performance,
        `performance (runs: ${runs.map((r) => r.performance).join(', ')})`,
      ).toBeGreaterThanOrEqual(MIN_PERFORMANCE);
    });
  }
});
