/**
 * The calculators in a real browser against the built site: hand-worked results, keyboard-only use,
 * the shared profile across pages, URL round trips, hostile query strings, lazy code, blocked storage.
 * Printed reports and CSV exports: reports.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { field, headline, ready } from './calculator-helpers.ts';
import { addIsland, announced, hydrate, openGroups } from './hardening.ts';

test.describe('downtime cost', () => {
  test('typed values give the hand-worked result', async ({ page }) => {
    await page.goto('/calculators/downtime-cost/');
    await ready(page, 'downtime-cost');
    await field(page, 'st').fill('50');
    await field(page, 'inc').fill('4');
    await field(page, 'dur').fill('2');
    // Revenue per hour: 2,000,000 ÷ 2,080 × 29% = 278.846. Loaded cost: 55,000 × 1.3 ÷ 2,080 = 34.375.
    // Productivity per hour: 50 × 34.375 × 37% = 635.9375. Cost per hour = 914.78 → $915.
    // Per outage: 914.78 × 2 h + recovery tail 50 × 34.375 × 30% × 1 h (515.625) = 2,345.19 → $2,345.
    // Per year: 4 × 2,345.19 = 9,380.77 → $9,381.
    await expect(headline(page)).toHaveText('$9,381');
    const results = page.locator('.calc .results');
    await expect(results).toContainText('$915');
    await expect(results).toContainText('$2,345');
    // The live region catches up once typing pauses.
    await expect(page.locator('.calc [aria-live="polite"]')).toContainText('$9,381');
  });

  test('works with the keyboard alone, with a visible focus ring', async ({ page }) => {
    await page.goto('/calculators/downtime-cost/');
    await ready(page, 'downtime-cost');
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'st');
    }
    expect(found).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('50');
    await expect(page.locator('.calc .results')).toContainText('$915');
    // On to "Reset to defaults" by keyboard, then activate it.
    found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.textContent === 'Reset to defaults');
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await expect(field(page, 'st')).toHaveValue('20');
    await expect(headline(page)).toHaveText('$2,153');
  });

  test('an error summary links to the field in error', async ({ page }) => {
    await page.goto('/calculators/downtime-cost/');
    await ready(page, 'downtime-cost');
    await field(page, 'inc').fill('many');
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText('There is a problem');
    await expect(field(page, 'inc')).toHaveAttribute('aria-invalid', 'true');
    await summary.getByRole('link').first().click();
    await expect(field(page, 'inc')).toBeFocused();
    await expect(headline(page)).not.toHaveText(/NaN|Infinity|undefined|^$/);
  });
});

test('the shared profile follows the reader to another calculator', async ({ page }) => {
  await page.goto('/calculators/downtime-cost/');
  await ready(page, 'downtime-cost');
  await field(page, 'st').fill('42');
  await field(page, 'cur').selectOption('EUR');
  await expect(headline(page)).toContainText('€');
  await page.goto('/calculators/cost-comparison/');
  await ready(page, 'cost-comparison');
  await expect(field(page, 'st')).toHaveValue('42');
  await expect(field(page, 'cur')).toHaveValue('EUR');
  await expect(headline(page)).toContainText('€');
});

test('the URL restores inputs through reload, back and forward', async ({ page }) => {
  await page.goto('/calculators/downtime-cost/');
  await ready(page, 'downtime-cost');
  await field(page, 'inc').fill('4');
  await expect(page).toHaveURL(/[?&]inc=4(&|$)/);
  await field(page, 'dur').fill('2');
  await expect(page).toHaveURL(/[?&]dur=2(&|$)/);
  const result = await headline(page).textContent();
  await page.reload();
  await ready(page, 'downtime-cost');
  await expect(field(page, 'inc')).toHaveValue('4');
  await expect(field(page, 'dur')).toHaveValue('2');
  await expect(headline(page)).toHaveText(result!);
  await page.goBack();
  await expect(page).not.toHaveURL(/dur=/);
  await expect(field(page, 'dur')).toHaveValue('1.5');
  await expect(field(page, 'inc')).toHaveValue('4');
  await page.goForward();
  await expect(field(page, 'dur')).toHaveValue('2');
  await expect(headline(page)).toHaveText(result!);
});

test('a hostile query string shows a notice and safe values, and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const q = new URLSearchParams({
    st: '<script>alert(1)</script>',
    hr: 'javascript:alert(1)',
    rev: '1e308',
    inc: '-1',
    dur: '\u202E١٢٣💥',
    rr: 'x'.repeat(5000),
    cur: '<img src=x onerror=alert(1)>',
    sp: '"><svg onload=alert(1)>',
  });
  await page.goto(`/calculators/cost-comparison/?${q}`);
  await ready(page, 'cost-comparison');
  const notice = page.locator('.calc .notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Staff who cannot work normally');
  await expect(notice).toContainText('Annual revenue');
  await expect(notice.locator('script, img, svg')).toHaveCount(0);
  await openGroups(page);
  await expect(field(page, 'st')).toHaveValue('20');
  await expect(field(page, 'rev')).toHaveValue('1000000000');
  await expect(field(page, 'inc')).toHaveValue('0');
  await expect(field(page, 'cur')).toHaveValue('USD');
  await expect(page.locator('.calc')).not.toContainText(/NaN|Infinity|undefined/);
  // The address bar now holds the safe values only.
  await expect(page).not.toHaveURL(/script|javascript|onerror/i);
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload]').length)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('two calculators on one page load their shared code once', async ({ page }) => {
  const requests = new Map<string, number>();
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) requests.set(r.url(), (requests.get(r.url()) ?? 0) + 1);
  });
  await page.goto('/calculators/uptime/');
  await ready(page, 'uptime');
  await addIsland(page, 'downtime-cost');
  await expect(page.locator('.calc')).toHaveCount(2);
  const down = page.locator('.calc').nth(1);
  await hydrate(page);
  await down.locator('input[name="st"]').fill('50');
  await expect(down.locator('.results')).toContainText('$915');
  const shared = [...requests.entries()].filter(([u]) => /\/calc\.[\w-]+\.js$/.test(u));
  expect(shared.length).toBe(1);
  for (const [url, n] of requests) expect(n, url).toBe(1);
});

for (const [slug, chunk, key, value] of [
  ['cost-comparison', 'comparison', 'inc', '14'],
  ['hybrid-planner', 'hybrid', 'hr', '200'],
] as const) {
  test(`${slug}: the simulation code loads only when the reader edits, then updates the simulated results`, async ({
    page,
  }) => {
    const lazy: string[] = [];
    page.on('request', (r) => {
      if (new RegExp(`/_astro/${chunk}\\.[\\w-]+\\.js$`).test(r.url())) lazy.push(r.url());
    });
    await page.goto(`/calculators/${slug}/`);
    await ready(page, slug);
    // The simulated figures of the default scenario are on the page already (computed by the server).
    const simulated = page.locator(slug === 'cost-comparison' ? 'table.pcts:not(.breakdown) tbody' : '.calc .results');
    const before = await simulated.textContent();
    expect(before).toMatch(/\$\d/);
    // Its announcement after hydrating comes later than the simulation would load on an edit.
    await announced(page, `[data-island="${slug}"] [aria-live="polite"]`);
    expect(lazy).toEqual([]);
    await openGroups(page);
    expect(lazy).toEqual([]); // opening a group is not an edit
    await field(page, key).fill(value);
    await expect.poll(() => lazy.length).toBe(1);
    await expect(simulated).not.toHaveText(before!);
    await expect(simulated).not.toContainText(/NaN|Infinity|undefined/);
  });
}

test('works when the browser blocks storage', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: fail });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/calculators/downtime-cost/');
  await ready(page, 'downtime-cost');
  await field(page, 'st').fill('50');
  await expect(page.locator('.calc .results')).toContainText('$915');
  expect(errors).toEqual([]);
});
