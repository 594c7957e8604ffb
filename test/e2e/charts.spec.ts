/**
 * The calculators' charts as a reader sees them, at 375 px and 1280 px, light and dark: text as large as
 * it renders (the drawing's scale included), labels inside the drawing, one look per option across every
 * chart, told apart without colour, direct labels on the cumulative chart, and text contrast.
 */
import { expect, test, type Page } from '@playwright/test';
import { SERIES } from '../../src/islands/charts/series.ts';
import { wakeIsland } from './hardening.ts';

/** The calculators that draw charts, with how many each draws on its page. */
const CHARTED: [string, number][] = [
  ['cost-comparison', 3],
  ['downtime-cost', 1],
  ['hybrid-planner', 1],
];

const SIZES = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

/** What the page's charts draw, measured in the browser. */
interface Measured {
  /** Each text's rendered font size: the computed size times the drawing's scale. */
  sizes: { text: string; px: number }[];
  /** Texts whose box leaves their drawing's box. */
  outside: string[];
}

function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const sizes: { text: string; px: number }[] = [];
    const outside: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('.calc .chart svg[role="img"]')) {
      const box = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        const scale = t.getScreenCTM()?.a ?? 1;
        sizes.push({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale });
        if (
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5
        )
          outside.push(
            `${t.textContent} [${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)}]`,
          );
      }
    }
    return { sizes, outside };
  });
}

for (const size of SIZES) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: size });
    for (const [slug, count] of CHARTED) {
      test(`${slug}: every chart text is at least 12 px as rendered and inside its drawing`, async ({ page }) => {
        await page.goto(`/calculators/${slug}/`);
        await expect(page.locator('.calc .chart svg[role="img"]')).toHaveCount(count);
        const server = await measure(page);
        // And the same once the island is live and has redrawn (an edit unfreezes the drawings).
        await wakeIsland(page, `[data-island="${slug}"]`);
        const live = await measure(page);
        for (const m of [server, live]) {
          expect(m.sizes.length).toBeGreaterThan(count * 4);
          expect(m.sizes.filter((s) => s.px < 12)).toEqual([]);
          expect(m.outside).toEqual([]);
        }
      });
    }

    test('the sensitivity chart: every input named in full, each label inside the drawing', async ({ page }) => {
      await page.goto('/calculators/cost-comparison/');
      const chart = page.locator('.chart', {
        has: page.locator('figcaption', { hasText: 'What moves the answer most' }),
      });
      const labels = chart.locator('svg text.row-label');
      const inputs = await chart.locator('tbody th').allTextContents();
      expect(inputs.length).toBeGreaterThan(3);
      // A long name wraps onto a second line rather than run past the edge.
      const named = await labels.evaluateAll((ts) =>
        ts.map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')),
      );
      expect(named).toEqual(inputs);
      const boxes = await chart.locator('svg[role="img"]').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text.row-label')].map((t) => {
          const r = t.getBoundingClientRect();
          return { left: r.left - box.left, right: box.right - r.right };
        });
      });
      expect(boxes).toHaveLength(inputs.length);
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(-0.5);
        expect(b.right).toBeGreaterThanOrEqual(-0.5);
      }
    });
  });
}

/** Computed look of every mark tagged with an option (data-series), across the charts on the page. */
function looks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGElement>('.calc .chart [data-series]')].flatMap((g) => {
      const series = g.dataset.series!;
      const marks = g.matches('rect, path') ? [g] : [...g.querySelectorAll<SVGElement>('line.pct')];
      return marks.map((m) => {
        const s = getComputedStyle(m);
        return {
          series,
          kind: m.localName,
          // Lines and pale bars carry the colour in their stroke, solid bars in their fill.
          colour: m.matches('.line, .pct, .pale') ? s.stroke : s.fill,
          dash: s.strokeDasharray,
        };
      });
    }),
  );
}

/** Relative luminance of a computed `rgb(…)` colour (WCAG). */
function luminance(colour: string): number {
  // rgb(0–255 …), or color(srgb 0–1 …) as color-mix() computes.
  const unit = colour.startsWith('color(srgb') ? 1 : 255;
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / unit;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('each option has one colour, and break/fix and managed differ without colour', async ({ page }) => {
      const seen: Awaited<ReturnType<typeof looks>> = [];
      for (const [slug] of CHARTED) {
        await page.goto(`/calculators/${slug}/`);
        seen.push(...(await looks(page)));
      }
      const of = (series: string) => seen.filter((l) => l.series === series);
      // Break/fix and managed on the cumulative chart, the distribution and the hybrid split; the hybrid on
      // the split chart.
      for (const series of ['breakFix', 'managed', 'hybrid']) expect(of(series).length).toBeGreaterThan(0);
      // One colour each wherever it is drawn: lines, bars and pale bars' outlines.
      const colours = (series: string) => [...new Set(of(series).map((l) => l.colour))];
      for (const series of ['breakFix', 'managed', 'hybrid']) expect(colours(series)).toHaveLength(1);
      expect(new Set(['breakFix', 'managed', 'hybrid'].map((s) => colours(s)[0])).size).toBe(3);
      // In greyscale: the lines' dash patterns differ.
      const lines = (series: string) =>
        new Set(
          of(series)
            .filter((l) => l.kind === 'path')
            .map((l) => l.dash),
        );
      expect([...lines('breakFix')]).toHaveLength(1);
      expect([...lines('managed')]).toHaveLength(1);
      expect([...lines('breakFix')][0]).not.toBe([...lines('managed')][0]);
      // The percentile lines of the distribution too.
      const pct = (series: string) =>
        new Set(
          of(series)
            .filter((l) => l.kind === 'line')
            .map((l) => l.dash),
        );
      expect([...pct('breakFix')]).toHaveLength(1);
      expect([...pct('breakFix')][0]).not.toBe([...pct('managed')][0]);
    });

    test('solid and pale bars differ in lightness; chart text meets AA contrast', async ({ page }) => {
      await page.goto('/calculators/cost-comparison/');
      const found = await page.evaluate(() => {
        const bg = getComputedStyle(document.body).backgroundColor;
        const fill = (sel: string) => [...document.querySelectorAll(sel)].map((e) => getComputedStyle(e).fill);
        return {
          bg,
          solid: fill('.calc .chart path.bar.s-breakFix:not(.pale)'),
          pale: fill('.calc .chart path.bar.s-managed.pale'),
          texts: [...document.querySelectorAll('.calc .chart svg text')].map((t) => getComputedStyle(t).fill),
          lines: [...document.querySelectorAll('.calc .chart path.line')].map((t) => getComputedStyle(t).stroke),
        };
      });
      expect(found.solid.length).toBe(1);
      expect(found.pale.length).toBe(1);
      // Far apart in luminance, so the two series stay apart printed in black and white.
      expect(Math.abs(luminance(found.solid[0]!) - luminance(found.pale[0]!))).toBeGreaterThan(0.15);
      for (const t of found.texts) expect(contrast(t, found.bg)).toBeGreaterThanOrEqual(4.5);
      // Lines are graphics: 3:1 against the background (WCAG 1.4.11).
      for (const l of found.lines) expect(contrast(l, found.bg)).toBeGreaterThanOrEqual(3);
    });
  });
}

test('the cumulative chart names each line at its end instead of a legend', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/calculators/cost-comparison/');
  const chart = page.locator('.chart', { has: page.locator('figcaption', { hasText: 'Cumulative cost' }) });
  await expect(chart.locator('.legend')).toHaveCount(0);
  await expect(chart.locator('svg text.direct')).toHaveText(['Break/fix', 'Managed']);
  // The two names never overlap.
  const [a, b] = await Promise.all(
    [0, 1].map(async (i) => (await chart.locator('svg text.direct').nth(i).boundingBox())!),
  );
  expect(a!.y + a!.height <= b!.y || b!.y + b!.height <= a!.y).toBe(true);
});

test('the shared definition gives every option its own dash pattern', () => {
  const options = (['breakFix', 'managed', 'inHouse', 'coManaged', 'hybrid'] as const).map((id) => SERIES[id].dash);
  expect(new Set(options).size).toBe(options.length);
});
