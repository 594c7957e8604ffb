/**
 * An article's compact calculator card (`<Calculator slug=… />`, the `card` variant): a few inputs, the
 * headline and a link to the full calculator with the reader's numbers. Its code loads only when the
 * reader reaches for it, and the keystroke that wakes it counts.
 */
import { expect, test, type Page } from '@playwright/test';
import { afterEffects } from './hardening.ts';

const ARTICLE = '/articles/cost-of-downtime/';
const card = (page: Page) => page.locator('[data-calculator-placement="downtime-cost"]');
/** Chunks a page fetched from /_astro/, by file name, and a card's props file (`card.json`). */
function scripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /\/_astro\/([^/?]+\.js)|\/(card\.json)$/.exec(r.url());
    if (m) seen.push((m[1] ?? m[2])!);
  });
  return seen;
}

test('the card asks a few questions, answers, and carries the numbers to the full calculator', async ({ page }) => {
  const loaded = scripts(page);
  await page.goto(ARTICLE);
  const placement = card(page);
  await expect(placement.locator('[data-island]')).toHaveAttribute('data-island-ready', '');
  await expect(placement.locator('input, select')).toHaveCount(3);
  // The server's answer, before any script but the start-up one has run.
  await expect(placement.locator('.card-answer')).toHaveText(/^About \$[\d,]+ a year, \$[\d,]+ an hour down\.$/);
  const before = (await placement.locator('.card-answer').textContent())!;
  const atLoad = [...loaded];
  expect(atLoad.some((f) => /^DowntimeCost\.(?!astro)/.test(f))).toBe(false); // the component has not loaded
  expect(atLoad).not.toContain('card.json'); // nor the data behind the card: the article carries only its id
  await expect(placement.locator('script[data-island-props]')).toHaveAttribute(
    'data-src',
    '/calculators/downtime-cost/card.json',
  );

  // Keyboard only: Tab into the first field and type; the focus and every keystroke count.
  const staff = placement.getByLabel(/staff/i).first();
  await staff.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('50');
  await expect(placement.locator('[data-island]')).toHaveAttribute('data-hydrated', '');
  await expect(staff).toHaveValue('50');
  await expect(placement.locator('.card-answer')).not.toHaveText(before);
  // Hand-worked for 50 staff, 2.14 outages of 2 h (the calculator page's own test has the same figures).
  const answer = (await placement.locator('.card-answer').textContent())!;
  expect(loaded.some((f) => /^DowntimeCost\.(?!astro)/.test(f))).toBe(true);
  expect(loaded).toContain('card.json');
  expect(new URL(page.url()).search).toBe(''); // the article's address stays the article's

  const link = placement.getByRole('link', { name: 'Open the full calculator with these numbers' });
  await expect(link).toHaveAttribute('href', /\/calculators\/downtime-cost\/\?.*st=50/);
  await link.click();
  await expect(page).toHaveURL(/\/calculators\/downtime-cost\/\?.*st=50/);
  await expect(page.locator('.calc input[name="st"]').first()).toHaveValue('50');
  const perYear = answer.match(/About (\$[\d,]+) a year/)![1]!;
  await expect(page.locator('[id$="-headline"]').first()).toHaveText(perYear);
});

test('the card shows the remembered profile and writes to it', async ({ page }) => {
  await page.goto('/calculators/downtime-cost/');
  const st = page.locator('.calc input[name="st"]').first();
  await st.focus();
  await expect(page.locator('[data-island]').first()).toHaveAttribute('data-hydrated', '');
  await st.fill('45');
  await afterEffects(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('itse:profile:staffAffected'))).toBe('45');

  await page.goto(ARTICLE);
  const placement = card(page);
  await placement.scrollIntoViewIfNeeded();
  // A remembered profile wakes the card as it comes into view, so it shows the reader's own numbers.
  await expect(placement.locator('[data-island]')).toHaveAttribute('data-hydrated', '');
  await expect(placement.getByLabel(/staff/i).first()).toHaveValue('45');
  const rev = placement.locator('input[name="rev"]');
  await rev.fill('5000000');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('itse:profile:annualRevenue'))).toBe('5000000');
});

test('a card whose code cannot load says so, and what was typed counts once it loads', async ({ page }) => {
  let block = true;
  await page.route(/\/_astro\/DowntimeCost\.(?!astro)[\w-]+\.js$/, (route) =>
    block ? route.abort() : route.continue(),
  );
  await page.goto(ARTICLE);
  const placement = card(page);
  const staff = placement.getByLabel(/staff/i).first();
  await staff.fill('60');
  const note = placement.locator('.island-failed[role="alert"]');
  await expect(note).toContainText('could not load');
  block = false;
  // A module that failed stays failed for the page: trying again reopens it with the typed values.
  await note.getByRole('link', { name: 'Try again' }).click();
  await expect(page).toHaveURL(/\/articles\/cost-of-downtime\/\?st=60$/);
  await placement.scrollIntoViewIfNeeded();
  await expect(placement.locator('[data-island]')).toHaveAttribute('data-hydrated', '');
  await expect(placement.getByLabel(/staff/i).first()).toHaveValue('60');
  await expect(note).toHaveCount(0);
  await expect(placement.getByRole('link', { name: /Open the full calculator/ })).toHaveAttribute('href', /st=60/);
});
