import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cspViolations, firstResults, resultLinks } from './search-helpers.ts';

const ARTICLE = '/articles/what-is-break-fix/';
const dialog = (page: Page) => page.locator('dialog.pf-modal');
const dialogInput = (page: Page) => dialog(page).locator('pagefind-input input');
const openButton = (page: Page) => page.getByRole('button', { name: 'Quick search' });

/** Records every text an aria-live region of the search UI receives (Pagefind clears them quickly). */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[aria-live]'))
        if (el.textContent?.trim()) heard.push(el.textContent.trim());
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

test('nothing of search loads until it is used; the button then loads it and opens the dialog', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(ARTICLE);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await openButton(page).click();
  await expect(page.getByRole('dialog', { name: 'Search the site' })).toBeVisible();
  await expect(dialogInput(page)).toBeFocused();
  expect(requests).toContain('/pagefind/pagefind-component-ui.js');
});

test('search from the dialog: results, count announced, Escape closes and focus returns to the button', async ({
  page,
}) => {
  const csp = cspViolations(page);
  await page.goto(ARTICLE);
  await openButton(page).click();
  await expect(dialogInput(page)).toBeFocused();
  await recordAnnouncements(page);
  await page.keyboard.type('hybrid');
  const urls = await firstResults(dialog(page));
  expect(urls).toContain('/articles/hybrid-it-support/');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | ')), { timeout: 5_000 })
    .toMatch(/\d+ results? for “hybrid”/i);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(openButton(page)).toBeFocused();
  expect(await csp.list()).toEqual([]);
});

test('"/" and Ctrl+K open the dialog from the keyboard; "/" is ignored while typing in a field', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(dialogInput(page)).toBeFocused();
  // Typing "/" into the dialog's own input types it, it does not reopen anything.
  await page.keyboard.type('a/b');
  await expect(dialogInput(page)).toHaveValue('a/b');
});

test('keyboard only: focus stays in the dialog, arrows reach a result, Enter follows it', async ({ page }) => {
  await page.goto(ARTICLE);
  await openButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(dialogInput(page)).toBeFocused();
  await page.keyboard.type('service level agreement');
  await firstResults(dialog(page));
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('dialog.pf-modal[open]')),
      `after ${i + 1} Tab presses`,
    ).toBe(true);
  }
  await dialogInput(page).focus();
  await page.keyboard.press('ArrowDown');
  const first = resultLinks(dialog(page)).first();
  await expect(first).toBeFocused();
  const href = (await first.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('a focused result replaced by a newer render keeps focus in the dialog', async ({ page }) => {
  await page.goto(ARTICLE);
  await openButton(page).click();
  await expect(dialogInput(page)).toBeFocused();
  await page.keyboard.type('service level agreement');
  await firstResults(dialog(page));
  const first = resultLinks(dialog(page)).first();
  const href = await first.getAttribute('href');
  await first.focus();
  // What the next keystroke's results do to the list: the focused link is replaced by a copy of itself.
  await first.evaluate((a) => a.replaceWith(a.cloneNode(true)));
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName))
    .toBe(href);
  // Gone with no replacement: back to the search box, never the page behind.
  await resultLinks(dialog(page)).first().focus();
  await dialog(page)
    .locator('pagefind-results')
    .evaluate((el) => el.replaceChildren());
  await expect(dialogInput(page)).toBeFocused();
});

test('a misspelling is corrected in the dialog too', async ({ page }) => {
  await page.goto('/');
  await openButton(page).click();
  await page.keyboard.type('manged servces');
  const urls = await firstResults(dialog(page));
  expect(urls).toContain('/articles/what-are-managed-services/');
  await expect(dialog(page).locator('.search-correction')).toHaveText(/Showing results for managed services/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open dialog with results has no WCAG A/AA violations (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(ARTICLE);
    await openButton(page).click();
    await expect(dialogInput(page)).toBeFocused();
    await page.keyboard.type('downtime');
    await firstResults(dialog(page));
    const results = await new AxeBuilder({ page })
      .include('dialog.pf-modal')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('the dialog links to the full search page with the query', async ({ page }) => {
  await page.goto(ARTICLE);
  await openButton(page).click();
  await page.keyboard.type('uptime');
  await firstResults(dialog(page));
  await expect(dialog(page).getByRole('link', { name: 'Full search with filters' })).toHaveAttribute(
    'href',
    '/search/?q=uptime',
  );
});

test('the count and corrections are announced by a live region inside the dialog', async ({ page }) => {
  await page.goto(ARTICLE);
  await openButton(page).click();
  await page.keyboard.type('uptme calculater');
  await firstResults(dialog(page));
  const live = dialog(page).locator('[role="status"][aria-live="polite"]');
  await expect(live).toHaveCount(1);
  await expect(live).toContainText(/\d+ results? for “uptime calculator”/);
  await expect(live).toContainText('Showing results for uptime calculator');
  // It is in the accessibility tree while the modal is open (the page behind it is inert).
  const snapshot = await page.locator('dialog.pf-modal').ariaSnapshot();
  expect(snapshot).toMatch(/- status:\s*\n\s*- paragraph: \d+ results? for “uptime calculator”/);
});

test('Enter in the search box opens the first result', async ({ page }) => {
  await page.goto('/');
  await openButton(page).click();
  await page.keyboard.type('mttr');
  // The first search loads Pagefind's WebAssembly and index: wait for its results (firstResults allows for a busy
  // machine), then for the count that says they are for what was typed.
  const [first] = await firstResults(dialog(page), 1);
  await expect(dialog(page).locator('[role="status"]')).toContainText('results for “mttr”');
  expect(first).toBe('/glossary/#mttr');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('the dialog has one close button, with a name, and it closes the dialog', async ({ page }) => {
  await page.goto(ARTICLE);
  await openButton(page).click();
  await expect(dialogInput(page)).toBeFocused();
  const close = dialog(page).getByRole('button', { name: /close/i });
  await expect(close).toHaveCount(1);
  await expect(close).toHaveAccessibleName('Close search');
  await close.click();
  await expect(dialog(page)).toBeHidden();
});

test('no results: the dialog says what had no match and offers searches that work', async ({ page }) => {
  await page.goto(ARTICLE);
  await openButton(page).click();
  await page.keyboard.type('kubernetes');
  const empty = dialog(page).locator('.search-empty');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('Nothing matches “kubernetes”');
  await expect(dialog(page).locator('[role="status"]')).toContainText('No results for “kubernetes”');
  await empty.getByRole('button', { name: 'managed services' }).click();
  await expect(dialogInput(page)).toHaveValue('managed services');
  expect(await firstResults(dialog(page))).toContain('/articles/what-are-managed-services/');
  await expect(empty).toBeHidden();
});
