/**
 * When calculator islands come alive (src/islands/hydration/start/mount.ts): a page opened with the defaults is the
 * server's HTML, with no script work, until the reader reaches for a calculator, and then the very
 * keystroke, click or character that woke it counts. A page opened with state (a shared link, a
 * remembered profile) hydrates on its own, and an edit in one calculator reaches another untouched one.
 */
import { expect, test, type Page } from '@playwright/test';
import { addIsland } from './hardening.ts';

const PAGE = '/calculators/downtime-cost/';
const root = (page: Page) => page.locator('[data-island="downtime-cost"]');
const staff = (page: Page) => page.locator('.calc input[name="st"]').first();
const headline = (page: Page) => page.locator('[id$="-headline"]').first();

test('a page opened with the defaults stays server HTML while the reader only reads', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(PAGE);
  await root(page).locator('> *').first().scrollIntoViewIfNeeded();
  // Its module has run and attached its listeners: in view, with nothing reached for, it stays server HTML.
  await expect(root(page)).toHaveAttribute('data-island-ready', '');
  await expect(root(page)).toHaveAttribute('data-ssr', '');
  expect(await root(page).getAttribute('data-hydrated')).toBeNull();
  // Everything a reader needs is already there: fields with the defaults and their results.
  await expect(staff(page)).toHaveValue('20');
  await expect(headline(page)).toHaveText(/^\$[\d,]+$/);
  expect(errors).toEqual([]);
});

test('keyboard: tabbing into the calculator wakes it, and typing updates the result and the address', async ({
  page,
}) => {
  await page.goto(PAGE);
  const before = await headline(page).textContent();
  for (let i = 0; i < 60 && !(await staff(page).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(staff(page)).toBeFocused();
  await expect(root(page)).not.toHaveAttribute('data-ssr');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('50');
  await expect(staff(page)).toHaveValue('50');
  await expect(headline(page)).not.toHaveText(before!);
  await expect(page).toHaveURL(/[?&]st=50\b/);
});

test('mouse: the click that wakes a field and the first characters typed are not lost', async ({ page }) => {
  await page.goto(PAGE);
  await staff(page).click({ clickCount: 3 });
  await page.keyboard.type('75');
  await expect(staff(page)).toHaveValue('75');
  await expect(page).toHaveURL(/[?&]st=75\b/);
});

test('a shared link hydrates on its own and shows its numbers', async ({ page }) => {
  await page.goto(`${PAGE}?st=50&inc=4&dur=2`);
  await expect(root(page)).not.toHaveAttribute('data-ssr', { timeout: 10_000 });
  await expect(staff(page)).toHaveValue('50');
  // The hand-worked result for these inputs (test/e2e/calculators.spec.ts shows the arithmetic).
  await expect(headline(page)).toHaveText('$9,381');
});

test('a remembered profile hydrates the next calculator on its own', async ({ page }) => {
  await page.goto(PAGE);
  await staff(page).fill('64');
  await expect(page).toHaveURL(/[?&]st=64\b/);
  await page.goto('/calculators/cost-comparison/');
  await expect(page.locator('[data-island="cost-comparison"]')).not.toHaveAttribute('data-ssr', { timeout: 10_000 });
  await expect(page.locator('.calc input[name="st"]').first()).toHaveValue('64');
});

test('an edit in one calculator reaches another on the page that nobody touched', async ({ page }) => {
  await page.goto('/calculators/cost-comparison/');
  await addIsland(page, 'downtime-cost');
  const downtime = root(page);
  await expect(downtime).toHaveAttribute('data-ssr', '');
  await expect(downtime.locator('input[name="st"]')).toHaveValue('20');
  // Its module has run and its listeners are in place.
  await expect(downtime).toHaveAttribute('data-island-ready', '');
  await page.locator('[data-island="cost-comparison"] input[name="st"]').fill('33');
  await expect(downtime).not.toHaveAttribute('data-ssr', { timeout: 10_000 });
  await expect(downtime.locator('input[name="st"]')).toHaveValue('33');
});
