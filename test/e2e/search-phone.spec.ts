import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { firstResults, searchPage } from './search-helpers.ts';

/** The search page and dialog on phones: nothing wider than the screen, results in the first screen. */
for (const width of [320, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 640 }, hasTouch: true, isMobile: true });

    test('/search/ has no horizontal overflow and shows the first result in the first screen', async ({ page }) => {
      await searchPage(page, 'managed services pricing');
      await firstResults(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expect(page.locator('pagefind-results a.pf-result-link').first()).toBeInViewport();
      // The filters wait behind a disclosure until asked for, then open without widening the page.
      const pane = page.locator('details.search-filter-pane');
      await expect(pane).not.toHaveAttribute('open');
      await pane.locator('summary').click();
      await expect(page.getByRole('checkbox', { name: /Glossary term/ })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    test('the count and the correction say the same thing', async ({ page }) => {
      await searchPage(page, 'hybird suport');
      await firstResults(page);
      const status = page.locator('[data-search-output] .search-status');
      await expect(status.locator('.search-count')).toHaveText(/^\d+ results? for “hybrid support”\.$/);
      await expect(status.locator('.search-correction')).toHaveText(/Showing results for hybrid support/);
    });

    test('the dialog fits the screen and its results are in view', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Quick search' }).click();
      await page.keyboard.type('downtime cost');
      const dialog = page.locator('dialog.pf-modal');
      await firstResults(dialog);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      await expect(dialog.locator('a.pf-result-link').first()).toBeInViewport();
    });
  });
}

test('the phone search page with filters open has no WCAG A/AA violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await searchPage(page, 'sla');
  await firstResults(page);
  await page.locator('details.search-filter-pane summary').click();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
