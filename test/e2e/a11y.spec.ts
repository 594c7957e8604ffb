import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPagePaths } from '../build/dist.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    // Long pages take a while to analyse when the 2-core machine is busy; this is not a timing assertion.
    test.describe.configure({ timeout: 90_000 });
    for (const path of allPagePaths()) {
      test(`${path} has no WCAG A/AA violations and no CSP violations`, async ({ page }) => {
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { cspViolations: string[] }).cspViolations = seen;
          document.addEventListener('securitypolicyviolation', (e) =>
            seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
          );
        });
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        expect(summary).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      });
    }
  });
}
