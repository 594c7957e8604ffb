import { expect, test } from '@playwright/test';

/** The buyer's checklist on paper, and the routes that lead a reader to it. */

/** Pages in a PDF that Chromium wrote: one `/Type /Page` object per page (`/Pages` is the tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test.describe('the buyer’s checklist prints on two sides of paper', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${format}: one or two pages, each section on them`, async ({ page }) => {
      await page.goto('/buyers-checklist/');
      await page.emulateMedia({ media: 'print' });
      for (const id of ['cl-questions', 'cl-terms', 'cl-flags', 'cl-after']) {
        await expect(page.locator(`#${id}`)).toBeVisible();
      }
      // The site header's navigation and the links to the guides are screen-only.
      await expect(page.locator('.checklist > p.no-print')).toBeHidden();
      const pages = pdfPages(await page.pdf({ format }));
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }

  test('the page count is real: a long article prints on more than two pages', async ({ page }) => {
    await page.goto('/articles/what-is-break-fix/');
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(2);
  });

  test('nothing on the printed page is wider than the paper', async ({ page }) => {
    // A4 at 96 dpi less the page margins: about 718 px of printable width.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.goto('/buyers-checklist/');
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('the buyer’s checklist on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('fits the screen without sideways scrolling, and its links read as words', async ({ page }) => {
    await page.goto('/buyers-checklist/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('.checklist > p.no-print')).toContainText(
      'the contract, clause by clause, switching and the first 90 days and security and your provider.',
    );
  });
});

test.describe('readers reach the checklist', () => {
  test('from each buying guide', async ({ page }) => {
    for (const slug of [
      'choosing-a-provider',
      'managed-services-contract',
      'switching-providers',
      'in-house-managed-or-co-managed',
      'security-and-your-provider',
    ]) {
      await page.goto(`/articles/${slug}/`);
      await expect(page.locator('.article-body a[href="/buyers-checklist/"]').first(), slug).toBeVisible();
    }
  });

  test('from the cost comparison’s “what to do next”, before any code has loaded', async ({ page }) => {
    await page.goto('/calculators/cost-comparison/');
    const next = page.locator('section.next').first();
    await expect(next).toContainText('What to do next');
    await expect(next.locator('a[href="/buyers-checklist/"]')).toHaveCount(1);
  });

  test('and the checklist links back to the guides behind each item', async ({ page }) => {
    await page.goto('/buyers-checklist/');
    for (const href of [
      '/articles/choosing-a-provider/',
      '/articles/managed-services-contract/',
      '/articles/switching-providers/',
      '/articles/security-and-your-provider/',
    ]) {
      await expect(page.locator(`.checklist a[href="${href}"]`)).toHaveCount(1);
    }
  });
});
