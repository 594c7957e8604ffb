import { expect, test } from '@playwright/test';

test('an article shows its title, updated date, reading time, contents and where to go next', async ({ page }) => {
  await page.goto('/articles/what-is-break-fix/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/break\/fix/i);
  await expect(page.locator('time[datetime]').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const first = toc.getByRole('link').first();
  const target = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await expect(
    page.getByRole('navigation', { name: 'Previous and next article' }).getByRole('link').first(),
  ).toBeVisible();
});

test('a citation links to its source on the sources page', async ({ page }) => {
  await page.goto('/articles/what-is-break-fix/');
  const cite = page.locator('a.cite').first();
  const href = (await cite.getAttribute('href'))!;
  expect(href).toMatch(/^\/sources\/#[a-z0-9-]+$/);
  await cite.click();
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeVisible();
});

test('search finds the article by a word in its body', async ({ page }) => {
  await page.goto('/search/?q=invoice');
  const results = page.locator('[data-search-page] pagefind-results');
  await expect(results.getByRole('link', { name: /break\/fix/i }).first()).toBeVisible({ timeout: 15_000 });
});
