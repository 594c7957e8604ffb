import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPagePaths } from '../build/dist.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules whose result depends on the theme. The two themes share one DOM (only `data-theme` and the theme
 * buttons' pressed states differ), so the dark pass re-checks colours and leaves the rest to the light pass.
 */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('axe in both themes', () => {
  // Long pages take a while to analyse when the 2-core machine is busy; this is not a timing assertion.
  test.describe.configure({ timeout: 120_000 });
  for (const path of allPagePaths()) {
    test(`${path} has no WCAG A/AA violations (light), no colour-contrast violations (dark), no CSP violations and no request to another origin`, async ({
      page,
      baseURL,
    }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
        );
      });
      // Private and self-contained: everything the page loads comes from the site itself.
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      // The search page builds its interface from fetched index files after load; other pages are whole at load.
      if (path === '/search/') await page.waitForLoadState('networkidle');
      const summary = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary(await new AxeBuilder({ page }).withTags(TAGS).analyze()), 'light theme').toEqual([]);

      // The system turns dark with the page open, as at dusk: the styles follow at once (one page load for both
      // passes), and so does the pressed theme button, whose colours are part of what is checked.
      await page.emulateMedia({ colorScheme: 'dark' });
      if (await page.locator('[data-theme-set]').count())
        await expect(page.locator('[data-theme-set="dark"]')).toHaveAttribute('aria-pressed', 'true');
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
        'dark styles applied',
      ).toContain('dark');
      expect(summary(await new AxeBuilder({ page }).withRules(THEME_RULES).analyze()), 'dark theme').toEqual([]);

      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
    });
  }
});
