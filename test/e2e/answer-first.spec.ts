/**
 * Answer first: on a laptop and on a phone, a reader fills a calculator's quick path with the keyboard
 * and the answer stays in view at every step and matches the model; the other inputs wait in collapsed
 * groups whose summary shows their values and marks a changed group.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { wakeIsland } from './hardening.ts';
import {
  COMPARISON_SPECS,
  compareModels,
  DEFAULT_SYSTEMS,
  evaluateAssignment,
  formatMoney,
  HYBRID_SPECS,
  optimiseHybrid,
  parseValues,
  type ComparisonInputs,
  type HybridInputs,
} from '../../src/model/index.ts';
import { compareQuotes } from '../../src/model/quotes.ts';
import { QUOTE_SPECS } from '../../src/model/quotes-specs.ts';

/** The comparison's short answer for these raw inputs, as the model computes it. */
function comparisonAnswer(raw: Record<string, string>): string {
  const r = compareModels(parseValues<ComparisonInputs>(COMPARISON_SPECS, raw).values);
  const { cash, total } = r.difference;
  return `In cash, managed costs ${formatMoney(Math.abs(cash))} a year ${cash < 0 ? 'less' : 'more'}; everything counted, ${total < 0 ? 'managed' : 'break/fix'} is ${formatMoney(Math.abs(total))} cheaper.`;
}

/** The hybrid planner's short answer: the suggested split (the reader has chosen none), its expected cost and bad year. */
function hybridAnswer(raw: Record<string, string>): string {
  const inputs = parseValues<HybridInputs>(HYBRID_SPECS, raw).values;
  const split = evaluateAssignment(
    DEFAULT_SYSTEMS,
    inputs,
    optimiseHybrid(DEFAULT_SYSTEMS, inputs).minExpected.managed,
  );
  return `Your split: about ${formatMoney(split.expected)} a year (${formatMoney(split.p90)} in a bad year).`;
}

/** The quote comparison's short answer: the cheapest quote on the same footing, per user a month. */
function quotesAnswer(raw: Record<string, string>): string {
  const r = compareQuotes(parseValues(QUOTE_SPECS, raw).values);
  const [best] = r.costs.filter((x) => r.cheapest.includes(x.id));
  // Quotes A and B were edited here; a quote still holding the example's figures keeps "(example)".
  const name = `Quote ${best!.id.toUpperCase()}${best!.id === 'a' || best!.id === 'b' ? '' : ' (example)'}`;
  return `${name}: ${formatMoney(best!.perUserMonth!)} per user a month.`;
}

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** True when the element's box lies inside the viewport. */
async function inView(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const vp = page.viewportSize()!;
  return (
    !!box &&
    box.height > 0 &&
    box.y >= 0 &&
    box.y + box.height <= vp.height &&
    box.x >= 0 &&
    box.x + box.width <= vp.width + 1
  );
}

/** The answer a reader sees: the headline in the results beside the inputs on wide screens, the answer bar on phones. */
function answer(page: Page, width: number): Locator {
  return width >= 960
    ? page.locator('.calc .results [id$="-headline"]').first()
    : page.locator('.calc [data-answer]').first();
}

const CASES = [
  {
    slug: 'downtime-cost',
    // label → value typed, then the answer expected after all of them (hand-worked below)
    steps: [
      ['Staff who cannot work normally during an outage', '50'],
      ['Annual revenue', '2000000'],
      ['Share of work that stops during an outage', '37'],
      ['Outages per year', '4'],
      ['Typical outage length', '2'],
    ],
    // 4 outages of 2 h at 914.78 an hour, plus 515.63 of recovery each: 9,380.77 a year.
    final: 'About $9,381 a year',
  },
  {
    slug: 'cost-comparison',
    steps: [
      ['Staff who cannot work normally during an outage', '45'],
      ['Annual revenue', '5000000'],
      ['Share of work that stops during an outage', '40'],
      ['Price per user per month', '120'],
      ['Technician hourly rate', '175'],
      ['Requests needing a technician, per person per year', '3'],
    ],
    final: comparisonAnswer({
      staffAffected: '45',
      annualRevenue: '5000000',
      productivityLoss: '40',
      perUserMonthly: '120',
      hourlyRate: '175',
      requestsPerUser: '3',
    }),
  },
  {
    slug: 'hybrid-planner',
    steps: [
      ['Annual revenue', '3500000'],
      ['Technician hourly rate', '130'],
      ['Staff time spent on IT, hours a week', '10'],
      ['Outages prevented by managed upkeep', '40'],
    ],
    final: hybridAnswer({
      annualRevenue: '3500000',
      hourlyRate: '130',
      diyHoursPerWeek: '10',
      incidentReduction: '40',
    }),
  },
  {
    slug: 'provider-quotes',
    // A choice is made with the keyboard as a reader does: focus it and type the start of the option.
    steps: [
      ['Staff who use IT at work', '30'],
      ['Devices the provider would look after', '35'],
      ['Quote A: how it is priced', 'Per d'],
      ['Quote A: price a month', '70'],
      ['Quote B: how it is priced', 'Per u'],
      ['Quote B: price a month', '110'],
    ],
    final: quotesAnswer({
      staffAffected: '30',
      devices: '35',
      qaPricing: 'per-device',
      qaPrice: '70',
      qbPricing: 'per-user',
      qbPrice: '110',
    }),
  },
] as const;

for (const size of SIZES) {
  for (const c of CASES) {
    test(`${c.slug} at ${size.width}×${size.height}: the answer stays in view while the quick path is filled by keyboard`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`/calculators/${c.slug}/`);
      await wakeIsland(page, `[data-island="${c.slug}"]`);
      const quick = page.locator('.calc fieldset.quick');
      await expect(quick.locator('input, select')).toHaveCount(c.steps.length);
      // The reader's numbers give another answer than the defaults, so the last check below proves they were read.
      await expect(page.locator('.calc [data-answer]').first()).not.toContainText(c.final);
      for (const [label, value] of c.steps) {
        const input = page.getByLabel(label, { exact: false }).first();
        await input.focus();
        if ((await input.evaluate((el) => el.localName)) !== 'select') await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type(value);
        await expect
          .poll(() => inView(page, answer(page, size.width)), { message: `answer in view while editing “${label}”` })
          .toBe(true);
        expect(await inView(page, input), `“${label}” in view: ${JSON.stringify(await input.boundingBox())}`).toBe(
          true,
        );
      }
      // The short answer matches the model (on wide screens the bar is hidden and the results carry it).
      await expect(page.locator('.calc [data-answer]').first()).toContainText(c.final);
    });
  }
}

test('a collapsed group shows its values, opens, and marks itself changed after an edit', async ({ page }) => {
  await page.goto('/calculators/downtime-cost/');
  await wakeIsland(page, '[data-island="downtime-cost"]');
  const group = page.locator('.calc details.group', { hasText: 'Recovery after each outage' });
  await expect(group).not.toHaveAttribute('open', '');
  await expect(group.locator('> summary')).toContainText('Recovery time after each fix: 1 h');
  await expect(group.locator('.badge')).toHaveCount(0);
  await group.locator('> summary').click();
  await page.getByLabel('Recovery time after each fix').fill('3');
  await expect(group.locator('> summary')).toContainText('Recovery time after each fix: 3 h');
  await expect(group.locator('.badge')).toHaveText('changed');
  // 4 … default 2.14 outages: the headline moved with the edit.
  await expect(page.locator('[id$="-headline"]').first()).not.toHaveText('$2,153');
});

// On a phone the bar rides at the bottom of the screen only while the inputs scroll by: from the end of
// the inputs on it settles above the results it sums up, and never covers them.
for (const slug of ['cost-comparison', 'which-model', 'hybrid-planner'] as const) {
  test(`${slug} on a phone: the answer bar settles above the results instead of covering them`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/calculators/${slug}/`);
    await wakeIsland(page, `[data-island="${slug}"]`);
    const bar = page.locator('.calc [data-answer]').first();
    const results = page.locator('.calc .results').first();
    // While the inputs fill the screen the bar is stuck to its bottom edge.
    const atTop = (await bar.boundingBox())!;
    expect(atTop.y + atTop.height).toBeCloseTo(812, 0);
    // With the top of the results at mid-screen, the bar sits just above them.
    await results.evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - 406));
    await expect
      .poll(async () => {
        const [b, r] = [await bar.boundingBox(), await results.boundingBox()];
        return b!.y + b!.height <= r!.y && r!.y - (b!.y + b!.height) < 40;
      })
      .toBe(true);
  });
}

test('the scorecard says what to do next once it suggests something, and its links lead on', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/calculators/which-model/');
  await wakeIsland(page, '[data-island="which-model"]');
  const next = page.locator('.calc .results section.next');
  await expect(next).toHaveCount(0);
  for (const label of ['21 to 75', 'Most or all of it', 'Minutes at most', 'Somewhat', 'No one', 'Some change'])
    await page.getByLabel(label, { exact: true }).check();
  await expect(page.locator('.calc [id$="-headline"]').first()).toHaveText('Managed services');
  await expect(next).toContainText('What to do next');
  await next.getByRole('link', { name: 'the same questions' }).click();
  await expect(page).toHaveURL(/\/articles\/choosing-a-provider\/#step-2-ask-every-provider-the-same-questions$/);
  await expect(page.locator('#step-2-ask-every-provider-the-same-questions')).toBeInViewport();
});
