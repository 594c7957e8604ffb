/**
 * The calculators in a real browser against the built site: hand-worked results, keyboard-only use,
 * the shared profile across pages, URL round trips, hostile query strings, print and CSV export.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addIsland, afterEffects, announced, hydrate, openGroups, wakeIsland } from './hardening.ts';

/**
 * Wake the island as a reader's pointer would (src/islands/hydration/start/mount.ts), wait until it has hydrated
 * (`data-hydrated`) and its first effects have applied URL and profile state.
 */
async function ready(page: Page, slug: string) {
  await wakeIsland(page, `[data-island="${slug}"]`);
  await expect(page.locator(`[data-island="${slug}"]`).first()).toHaveAttribute('data-hydrated', '');
  await afterEffects(page);
}

const field = (page: Page, key: string) =>
  page.locator(`.calc input[name="${key}"], .calc select[name="${key}"]`).first();
const headline = (page: Page) => page.locator('[id$="-headline"]').first();

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

test('printing a page nobody touched still prints the date and the link', async ({ page }) => {
  await page.goto('/calculators/uptime/');
  // Its module has run and attached its listeners, and nothing woke it.
  await expect(page.locator('[data-island="uptime"]')).toHaveAttribute('data-island-ready', '');
  await expect(page.locator('[data-island="uptime"]')).toHaveAttribute('data-ssr', '');
  // What the browser does first when a reader prints (Ctrl+P or the menu); the print layout follows
  // within the same task, so the report head must be filled in before any later frame.
  const { text, framed } = await page.evaluate(async () => {
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    dispatchEvent(new Event('beforeprint'));
    for (let i = 0; i < 5; i++) await Promise.resolve(); // the microtasks a browser runs after the event's listeners
    return { text: document.querySelector('.calc .report-head')!.textContent, framed };
  });
  expect(framed).toBe(false);
  expect(text).toMatch(
    /^Report printed \w+ \d{1,2}, \d{4}\. To see it again with these numbers, open: http:\/\/[^ ]+\/calculators\/uptime\/$/,
  );
});

test('print turns the page into a report with the restoring link', async ({ page }) => {
  await page.goto('/calculators/cost-comparison/?inc=5');
  await ready(page, 'cost-comparison');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header nav')).toBeHidden();
  await expect(page.locator('.calc .share')).toBeHidden();
  await expect(page.locator('.calculator-method')).toBeHidden();
  const head = page.locator('.calc .report-head');
  await expect(head).toBeVisible();
  await expect(head).toContainText('Report printed');
  await expect(head).toContainText('/calculators/cost-comparison/?inc=5');
  await expect(page.locator('.calc .results')).toBeVisible();
  await expect(page.locator('.calc svg[role="img"]').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  // Inputs, assumptions, results and charts on at most two A4 pages: every option's breakdown and the
  // fair comparison's inputs (all shown for now) no longer fit on one.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeLessThanOrEqual(2);
});

test('Export CSV downloads the monthly comparison, the inputs, the yearly totals and the break-even, injection-safe', async ({
  page,
}) => {
  await page.goto('/calculators/cost-comparison/');
  await ready(page, 'cost-comparison');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export monthly CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('break-fix-vs-managed-monthly.csv');
  const lines = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  const names = ['Break/fix', 'Managed', 'In-house IT', 'Co-managed'];
  expect(lines[0]).toBe(`Month,${names.map((n) => `${n} cumulative total (USD)`).join(',')}`);
  expect(lines[36]).toMatch(/^36,/);
  expect(lines[37]).toBe('');
  // One-offs are spread over the 36 months, so month 36 of each option is three of the yearly totals the
  // breakdown table shows (each rounded to the dollar there).
  const totals = await page.locator('table.breakdown tr.total td').allTextContents();
  const dollars = (t: string) => Number(t.replace(/[^0-9.]/g, ''));
  const month36 = lines[36]!.split(',').slice(1).map(Number);
  totals.map(dollars).forEach((yearly, i) => expect(Math.abs(month36[i]! / 3 - yearly)).toBeLessThanOrEqual(0.5));
  // Then the inputs used, the yearly parts and totals per option, and the break-even figures.
  expect(lines).toContain('Input,Value');
  expect(lines).toContain('Technician hourly rate,150');
  expect(lines).toContain('Managed pricing,per-user');
  expect(lines).toContain(`Yearly cost (USD),${names.join(',')}`);
  const total = lines
    .find((l) => l.startsWith('Total,'))!
    .split(',')
    .slice(1)
    .map((v) => Math.round(Number(v)));
  expect(total).toEqual(totals.map(dollars));
  expect(lines.find((l) => l.startsWith('Cash subtotal,'))).toBeTruthy();
  expect(lines).toContain('Break-even month (managed catches up),not within 36 months');
  expect(lines.find((l) => l.startsWith('Break-even whole-office outages a year,'))).toMatch(/,\d+(\.\d+)?$/);
  expect(lines.find((l) => l.startsWith('Break-even requests per person a year,'))).toMatch(/,\d+(\.\d+)?$/);
  expect(lines.every((l) => !/^[=+\-@]/.test(l))).toBe(true);
});

test('the comparison page shows cash, downtime and risk separately for every option', async ({ page }) => {
  await page.goto('/calculators/cost-comparison/');
  const table = page.locator('table.breakdown');
  // Server-rendered: the answer is there before any script runs.
  await expect(table.locator('caption')).toHaveText('Yearly cost of each option, part by part');
  const heads = await table.locator('thead th').allTextContents();
  expect(heads).toEqual(['Part', 'Break/fix', 'Managed', 'In-house IT', 'Co-managed']);
  expect(await table.locator('th[scope="rowgroup"]').allTextContents()).toEqual(['Cash', 'Estimated downtime', 'Risk']);
  const amounts = async (head: string) => {
    const cells = await table
      .locator('tr', { has: page.locator('th', { hasText: new RegExp(`^${head}$`) }) })
      .locator('td')
      .allTextContents();
    return cells.map((t) => Number(t.replace(/[^0-9.-]/g, '')));
  };
  const cash = await amounts('Cash subtotal');
  const downtime = await amounts('Estimated downtime subtotal');
  const risk = await amounts('Severe security incident \\(chance × cost\\)');
  const total = await amounts('Total');
  for (const row of [cash, downtime, risk, total]) expect(row).toHaveLength(4);
  // Each column adds up (to a dollar per rounded figure), and every part has a figure for every option.
  for (let i = 0; i < 4; i++) expect(Math.abs(cash[i]! + downtime[i]! + risk[i]! - total[i]!)).toBeLessThanOrEqual(1.5);
  for (const tr of await table.locator('tbody tr:not(.group)').all()) await expect(tr.locator('td')).toHaveCount(4);
  // The headline names cash and downtime separately, with the table's figures.
  const h = headline(page);
  await expect(h).toContainText(
    `In cash, managed costs $${(cash[1]! - cash[0]!).toLocaleString('en-US')} a year more than break/fix.`,
  );
  await expect(h).toContainText(
    `Counting estimated downtime it saves $${(downtime[0]! - downtime[1]!).toLocaleString('en-US')} of that`,
  );
  await expect(h).toContainText('security incident');
  // On a phone the table scrolls inside its own focusable region, not the page.
  await page.setViewportSize({ width: 375, height: 800 });
  const region = page.locator('section.table-scroll', { has: table });
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region).toHaveAccessibleName('Yearly cost of each option, part by part');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // While an input is in error there is no verdict and no table, only what to fix.
  await ready(page, 'cost-comparison');
  await field(page, 'hr').fill('-5');
  await expect(h).toHaveText('No result until this field is corrected: Technician hourly rate.');
  await expect(table).toHaveCount(0);
  await field(page, 'hr').fill('150');
  await expect(table).toHaveCount(1);
  await expect(h).toContainText('In cash');
});

test('an export whose code cannot load says so instead of doing nothing', async ({ page }) => {
  await page.route(/\/_astro\/csv\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/calculators/cost-comparison/');
  await ready(page, 'cost-comparison');
  await page.getByRole('button', { name: 'Export monthly CSV' }).click();
  await expect(page.locator('.calc .status')).toHaveText(
    'The export could not load. Check the connection and try again.',
  );
});

test('Export CSV of the hybrid plan lists every system', async ({ page }) => {
  await page.goto('/calculators/hybrid-planner/');
  await ready(page, 'hybrid-planner');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export plan as CSV' }).click(),
  ]);
  const lines = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^System,Support,Break\/fix per year \(USD\)/);
  // Header, six systems, the firm's project work, the security-incident risk and the total.
  expect(lines).toHaveLength(10);
  expect(lines[1]).toMatch(/^File or application server,(Managed|Break\/fix),/);
  expect(lines[7]).toMatch(/^Project work \(every split\),,,,1500$/);
  expect(lines[8]).toMatch(/^Security-incident risk \(expected\),,,,\d/);
});

test('the hybrid planner says which ways in for an attacker its suggestion leaves on break/fix', async ({ page }) => {
  await page.goto('/calculators/hybrid-planner/');
  const note = page.locator('.calc .results .risk-note');
  await expect(note).toContainText('Workstations stay on break/fix');
  await expect(note).toContainText('The security-incident risk shown for this split is $443 a year.');
  // All break/fix and all managed are the comparison's two options for the same firm.
  await expect(page.locator('.calc .results')).toContainText('$32,217 / $40,769');
  await ready(page, 'hybrid-planner');
  await expect(note).toContainText('$443');
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
