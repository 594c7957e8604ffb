import { expect, test } from '@playwright/test';
import { firstResults } from './search-helpers.ts';

/** When /pagefind/* cannot load (offline, blocked), search says so and offers a retry; the form still works. */

test('/search/ says the index could not load, keeps its form, and Retry brings search back', async ({ page }) => {
  let blocked = true;
  await page.route('**/pagefind/**', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/search/?q=hybrid');
  const failed = page.locator('.search-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('The search index could not load');
  // The server-rendered form is still there and still searches.
  await expect(page.locator('form.search-form input[name="q"]')).toBeVisible();
  blocked = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  expect(await firstResults(page)).toContain('/articles/hybrid-it-support/');
  await expect(failed).toBeHidden();
});

test('the dialog says the index could not load, with Retry and one Close', async ({ page }) => {
  let blocked = true;
  await page.route('**/pagefind/**', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/articles/what-is-break-fix/');
  const opener = page.getByRole('button', { name: 'Quick search' });
  await opener.click();
  const failure = page.getByRole('dialog', { name: 'Search could not load' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('The search index could not load');
  await expect(failure.getByRole('button', { name: 'Retry' })).toBeFocused();
  await expect(failure.getByRole('button', { name: /close/i })).toHaveCount(1);
  blocked = false;
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('dialog.pf-modal pagefind-input input')).toBeFocused();
  await page.keyboard.type('hybrid');
  expect(await firstResults(page.locator('dialog.pf-modal'))).toContain('/articles/hybrid-it-support/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search and the /search/ form still lead to the search page with the query', async ({ page }) => {
    await page.goto('/articles/what-is-break-fix/');
    await page.getByRole('button', { name: 'Quick search' }).click();
    await expect(page).toHaveURL(/\/search\/$|\/search\/\?$/);
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('uptime');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=uptime$/);
    await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
    await expect(page.locator('noscript')).toHaveCount(1);
  });
});
