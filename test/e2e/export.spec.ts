/**
 * Export and print on every calculator, in the browser against the built site: the CSV a reader downloads
 * (results, inputs formatted as the page shows them, the restoring link) and the printed report (formatted
 * inputs in place of the form's fields, every figure of the breakdown visible).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { afterEffects, wakeIsland } from './hardening.ts';

async function ready(page: Page, slug: string) {
  await wakeIsland(page, `[data-island="${slug}"]`);
  await afterEffects(page);
}

/** Click the calculator's export button and read the downloaded file's lines. */
async function exported(page: Page, button: string): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const lines = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  return { name: download.suggestedFilename(), lines };
}

/** What every export ends with: the inputs as the page formats them, then the link that restores them. */
function expectInputsAndLink(lines: string[], slug: string, formatted: string[]) {
  expect(lines).toContain('Input,Value');
  for (const line of formatted) expect(lines).toContain(line);
  expect(lines.at(-1)).toMatch(new RegExp(`^Link with these numbers,http://[^,]+/calculators/${slug}/`));
  // Nothing a spreadsheet would run as a formula, and no unformatted big numbers among the inputs.
  expect(lines.every((l) => !/^[=+\-@]/.test(l))).toBe(true);
  const inputs = lines.slice(lines.indexOf('Input,Value') + 1, lines.lastIndexOf(''));
  expect(inputs.filter((l) => /,\d{4,}$/.test(l))).toEqual([]);
}

test.describe('CSV export on every calculator', () => {
  test('uptime: allowed downtime per period, the other results and the inputs', async ({ page }) => {
    await page.goto('/calculators/uptime/?a=99.9');
    await ready(page, 'uptime');
    const { name, lines } = await exported(page, 'Export as CSV');
    expect(name).toBe('uptime.csv');
    expect(lines[0]).toBe('Result,Value');
    // 0.1% of 365 days is 8.76 hours.
    expect(lines[1]).toMatch(/^Downtime allowed per year,8 hr 45 min/);
    expect(lines.find((l) => l.startsWith('Availability from MTBF and MTTR,'))).toMatch(/%$/);
    expectInputsAndLink(lines, 'uptime', ['Availability,99.9%']);
  });

  test('downtime: the results, the yearly breakdown with its total, and the inputs', async ({ page }) => {
    await page.goto('/calculators/downtime-cost/');
    await ready(page, 'downtime-cost');
    const { name, lines } = await exported(page, 'Export as CSV');
    expect(name).toBe('downtime-cost.csv');
    expect(lines[0]).toBe('Result,Amount (USD)');
    const perYear = Number(lines.find((l) => l.startsWith('Cost per year,'))!.split(',')[1]);
    expect(perYear).toBeGreaterThan(0);
    const start = lines.indexOf('Where the yearly cost comes from (USD),Per year');
    const parts = lines.slice(start + 1, start + 5).map((l) => Number(l.split(',').at(-1)));
    expect(lines[start + 1]).toMatch(/^Lost revenue,/);
    expect(Math.abs(parts.reduce((a, b) => a + b, 0) - perYear)).toBeLessThan(0.05);
    expect(lines[start + 5]).toBe(`Total,${perYear}`);
    expectInputsAndLink(lines, 'downtime-cost', ['Annual revenue,"$2,000,000"']);
  });

  test('comparison: the months, yearly totals, break-even, simulated years and formatted inputs', async ({ page }) => {
    await page.goto('/calculators/cost-comparison/');
    await ready(page, 'cost-comparison');
    const { lines } = await exported(page, 'Export monthly CSV');
    expect(lines[0]).toMatch(/^Month,Break\/fix cumulative total \(USD\),/);
    expect(lines.find((l) => l.startsWith('Total,'))).toBeTruthy();
    expect(lines.find((l) => l.startsWith('Break-even month'))).toBeTruthy();
    expect(lines).toContain(
      '"Simulated yearly cost, everything counted (USD)",A good year,A typical year,A bad year (1 in 10)',
    );
    expect(lines.find((l) => l.startsWith('Break/fix,'))).toMatch(/^Break\/fix,\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?$/);
    expectInputsAndLink(lines, 'cost-comparison', ['Technician hourly rate,$150/h', 'Managed pricing,Per user']);
  });

  test('hybrid planner: every system, the splits compared and the inputs', async ({ page }) => {
    await page.goto('/calculators/hybrid-planner/');
    await ready(page, 'hybrid-planner');
    const { name, lines } = await exported(page, 'Export plan as CSV');
    expect(name).toBe('hybrid-plan.csv');
    expect(lines).toContain('Split (USD),Expected per year,Of which security risk,A bad year (1 in 10)');
    for (const split of ['Your split', 'Suggested (lowest expected cost)', 'All break/fix', 'All managed'])
      expect(lines.find((l) => l.startsWith(`${split},`))).toMatch(/,\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?$/);
    expectInputsAndLink(lines, 'hybrid-planner', ['Technician hourly rate,$150/h']);
  });

  test('scorecard: the suggestion, the questions left, the reasons and the answers', async ({ page }) => {
    await page.goto('/calculators/which-model/');
    await ready(page, 'which-model');
    const first = await exported(page, 'Export as CSV');
    expect(first.name).toBe('which-model.csv');
    let lines = first.lines;
    expect(lines[0]).toBe('Suggestion,Answer the six questions to see a suggestion');
    expect(lines).toContain('Questions still to answer,6');
    // Unanswered questions say so rather than leave a blank.
    expect(lines.filter((l) => l.endsWith(',Not answered'))).toHaveLength(6);
    // By keyboard, as a reader would: Space on each question's first answer.
    for (const radio of await page.locator('.calc fieldset.radios').all()) {
      await radio.getByRole('radio').first().focus();
      await page.keyboard.press('Space');
    }
    await expect(page.locator('.calc fieldset.radios input:checked')).toHaveCount(6);
    ({ lines } = await exported(page, 'Export as CSV'));
    expect(lines[0]).toMatch(/^Suggestion,(Break\/fix|Managed services|A hybrid of the two)$/);
    expect(lines).toContain('Questions still to answer,0');
    expect(lines.find((l) => l.startsWith('Score'))).toMatch(/,-?\d/);
    expect(lines.filter((l) => l.startsWith('Why,')).length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.endsWith(',Not answered'))).toHaveLength(0);
  });
});

test.describe('print', () => {
  /** The printed report of a calculator: its formatted inputs list, and what the form's fields show. */
  async function printed(page: Page, slug: string, query = '') {
    await page.goto(`/calculators/${slug}/${query}`);
    await ready(page, slug);
    await page.emulateMedia({ media: 'print' });
    const list = page.locator('.calc .print-inputs');
    await expect(list).toBeVisible();
    // The form's fields give way to the list.
    await expect(page.locator('.calc input:visible')).toHaveCount(
      slug === 'hybrid-planner' ? await page.locator('.calc .systems input').count() : 0,
    );
    return list;
  }

  test('comparison: formatted inputs and every figure of the breakdown', async ({ page }) => {
    const list = await printed(page, 'cost-comparison', '?rev=2000000');
    await expect(list).toContainText('$2,000,000');
    await expect(list).not.toContainText('2000000');
    await expect(list).toContainText('$150/h');
    const cells = page.locator('table.breakdown td');
    expect(await cells.count()).toBeGreaterThanOrEqual(4 * 12);
    for (const cell of await cells.all()) {
      await expect(cell).toBeVisible();
      await expect(cell).toHaveText(/^-?\$[\d,]+$/);
    }
    await expect(page.locator('.calc .chart svg[role="img"]').first()).toBeVisible();
  });

  test('downtime: formatted inputs and each part of the yearly cost', async ({ page }) => {
    const list = await printed(page, 'downtime-cost');
    await expect(list).toContainText('$2,000,000');
    const chart = page.locator('.calc .chart svg[role="img"]');
    await expect(chart).toBeVisible();
    for (const part of ['Lost revenue: $', 'Lost productivity while down: $', 'Slower work while recovering: $'])
      await expect(chart).toContainText(part);
    await expect(page.locator('.calc .stats')).toContainText('Cost per hour down');
  });

  test('hybrid planner: formatted inputs, every system and the splits', async ({ page }) => {
    const list = await printed(page, 'hybrid-planner');
    await expect(list).toContainText('$150/h');
    await expect(page.locator('.calc .systems tbody tr')).toHaveCount(6);
    await expect(page.locator('.calc .stats')).toContainText('Your split: expected cost per year');
  });

  test('uptime: formatted inputs and the allowed downtime', async ({ page }) => {
    const list = await printed(page, 'uptime', '?a=99.95');
    await expect(list).toContainText('99.95%');
    await expect(page.locator('.calc .stats').first()).toContainText('Downtime allowed per year');
  });

  test('scorecard: the answers as words and the suggestion', async ({ page }) => {
    await page.goto('/calculators/which-model/');
    await ready(page, 'which-model');
    const first = page.locator('.calc fieldset.radios').first().getByRole('radio').first();
    const label = (await first.locator('xpath=..').textContent())!.trim();
    await first.click();
    await expect(first).toBeChecked();
    await page.emulateMedia({ media: 'print' });
    const list = page.locator('.calc .print-inputs');
    await expect(list).toBeVisible();
    await expect(list).toContainText(label);
    await expect(list).toContainText('Not answered');
    await expect(page.locator('.calc .results')).toBeVisible();
  });
});
