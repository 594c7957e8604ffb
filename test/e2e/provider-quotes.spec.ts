/**
 * The quote comparison in a real browser against the built site: quotes priced per user, per device and
 * as a tier, filled in by their labels, give what the model gives for the same firm; the link restores
 * them; the CSV carries the side-by-side table; printing shows every group's fields and the table.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { defaultValues, formatMoney } from '../../src/model/index.ts';
import { compareQuotes } from '../../src/model/quotes.ts';
import { QUOTE_SPECS } from '../../src/model/quotes-specs.ts';
import { afterEffects, announced, wakeIsland } from './hardening.ts';

const SLUG = 'provider-quotes';
const island = (page: Page) => page.locator(`[data-island="${SLUG}"]`).first();
const headline = (page: Page) => page.locator('[id$="-headline"]').first();

async function ready(page: Page) {
  await wakeIsland(page, `[data-island="${SLUG}"]`);
  await expect(island(page)).toHaveAttribute('data-hydrated', '');
  await afterEffects(page);
}

/** The table row with this label, as its cells' texts. */
const row = (page: Page, label: string) =>
  page.locator('table.quotes tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });

/**
 * A firm of 12 staff and 15 devices. A: $110 per user (12 × 110 = 1,320). B: $88 per device (15 × 88 =
 * 1,320). C: a $1,200 tier for 10 users and 15 devices, $60 each above: 2 users over → 1,320. Same fee
 * three ways; what differs is what the examples leave out, their onboarding and out-of-hours terms.
 */
const TYPED = {
  staffAffected: 12,
  devices: 15,
  qaPrice: 110,
  qbPrice: 88,
  qcPrice: 1200,
  qcTierUsers: 10,
  qcOverPrice: 60,
};

async function fillQuotes(page: Page) {
  await page.getByLabel('Staff who use IT at work').fill('12');
  await page.getByLabel(/^Devices the provider would look after/).fill('15');
  await page.getByLabel(/^Quote A: price a month \(per user/).fill('110');
  await page.getByLabel(/^Quote B: price a month \(per user/).fill('88');
  await page.getByText('Quote C: price, onboarding and contract').click();
  await page.getByLabel(/^Quote C: price a month \(per user/).fill('1,200');
  await page.getByLabel(/^Quote C: users the tier covers/).fill('10');
  await page.getByLabel(/^Quote C: price a month for each user or device above/).fill('60');
}

test('per user, per device and tier quotes for the same firm give what the model gives', async ({ page }) => {
  await page.goto(`/calculators/${SLUG}/`);
  await ready(page);
  await fillQuotes(page);
  const model = compareQuotes({ ...defaultValues(QUOTE_SPECS), ...TYPED });
  // Worked by hand: the three fees are all $1,320 for this firm.
  expect(model.costs.map((c) => c.fee)).toEqual([1320, 1320, 1320]);
  const money = (v: number) => formatMoney(v, { currency: 'USD' });
  await expect(row(page, 'Monthly fee for your firm').locator('td')).toHaveText(['$1,320', '$1,320', '$1,320']);
  await expect(row(page, 'Per user a month').locator('td')).toHaveText(model.costs.map((c) => money(c.perUserMonth!)));
  await expect(row(page, 'Per year').locator('td')).toHaveText(model.costs.map((c) => money(c.perYear)));
  const best = model.costs.find((c) => c.id === model.cheapest[0])!;
  await expect(headline(page)).toHaveText(money(best.perUserMonth!));
  await announced(page);
  await expect(page.locator('.calc [aria-live="polite"]')).toContainText(money(best.perUserMonth!));
});

test('the address bar restores the typed quotes, and an edited quote is no longer called an example', async ({
  page,
}) => {
  await page.goto(`/calculators/${SLUG}/`);
  await ready(page);
  await fillQuotes(page);
  await expect(page).toHaveURL(/qcu=10/);
  const url = page.url();
  expect(url).toContain('qap=110');
  expect(url).toContain('qbp=88');
  const perUser = await row(page, 'Per user a month').locator('td').allTextContents();
  const other = await page.context().newPage();
  await other.goto(url);
  await wakeIsland(other, `[data-island="${SLUG}"]`);
  await expect(row(other, 'Per user a month').locator('td')).toHaveText(perUser);
  await expect(other.locator('table.quotes thead')).not.toContainText('(example)');
  await expect(other.getByLabel('Quote A: how it is priced')).toHaveValue('per-user');
});

test('Export as CSV carries the side-by-side table, the inputs and the restoring link', async ({ page }) => {
  await page.goto(`/calculators/${SLUG}/?st=12&dv=15&qap=110`);
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('provider-quotes.csv');
  const lines = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('Term or cost,Quote A,Quote B (example),Quote C (example)');
  const model = compareQuotes({ ...defaultValues(QUOTE_SPECS), staffAffected: 12, devices: 15, qaPrice: 110 });
  const rounded = (v: number) => String(Math.round(v * 100) / 100);
  expect(lines).toContain(`Monthly fee for your firm,${model.costs.map((c) => rounded(c.fee)).join(',')}`);
  expect(lines).toContain(`Per user a month,${model.costs.map((c) => rounded(c.perUserMonth!)).join(',')}`);
  expect(lines).toContain('Email security,Included,Not included,Included');
  expect(lines.at(-1)).toMatch(/^Link with these numbers,http:\/\/[^,]+\/calculators\/provider-quotes\/\?.*qap=110/);
});

test('printing shows every quote’s fields and the table, without the share buttons', async ({ page }) => {
  await page.goto(`/calculators/${SLUG}/?qap=110`);
  await ready(page);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.report-head')).toContainText('Report printed');
  await expect(page.locator('.report-head')).toContainText('qap=110');
  // Collapsed groups render their fields for print.
  await expect(page.getByLabel(/^Quote C: minimum term/)).toBeAttached();
  await expect(page.locator('table.quotes')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
});
