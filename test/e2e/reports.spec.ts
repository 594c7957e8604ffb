/**
 * What a reader takes away from a calculator, in a real browser: the printed report (with its date and
 * restoring link, even from a page nobody touched), the CSV exports, and the comparison's breakdown.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { field, headline, ready } from './calculator-helpers.ts';

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
  expect(lines).toContain('Technician hourly rate,$150/h');
  expect(lines).toContain('Managed pricing,Per user');
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
  // Header, six systems, the firm's project work, the security-incident risk and the total; then the
  // splits compared, the inputs and the link (test/e2e/export.spec.ts).
  expect(lines.indexOf('')).toBe(10);
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
