import { expect, test, type Page } from '@playwright/test';
import { hydrate, islandPaths } from './hardening.ts';

/**
 * Nothing moves while a page finishes loading. Layout shifts are summed with a PerformanceObserver from
 * the first paint until the page has settled, on a phone-sized and a desktop viewport:
 * - islands reserve their space: hydrating a calculator (server-rendered, then made live when a pointer
 *   comes over it; `hydrate` wakes each in turn) moves nothing, so the sum must be 0;
 * - /search/ swaps its server-rendered form for Pagefind's UI and then fills in the filter pane, which
 *   must not push anything visible (Lighthouse's CLS for the page was 0.150 when it pushed the footer).
 */

const VIEWPORTS = [
  { name: 'mobile', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

interface Shift {
  value: number;
  hadRecentInput: boolean;
  /** "0.1452 at 657 ms: footer.site-footer" — which elements moved, for the failure message. */
  text: string;
}

/** Starts recording layout shifts (buffered, so those before the observer ran count too). Call before goto. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> }>) {
        const nodes = (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.localName}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName)));
        w.__shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, text: `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${nodes.join(', ')}` });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far. */
const shifts = (page: Page): Promise<Shift[]> => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);

for (const viewport of VIEWPORTS) {
  test.describe(`no layout shift on hydration (${viewport.name})`, () => {
    test.describe.configure({ mode: 'parallel' });
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('there are pages with islands', () => {
      expect(islandPaths().length).toBeGreaterThan(0);
    });

    for (const path of islandPaths()) {
      test(`${path}: CLS = 0`, async ({ page }) => {
        await recordShifts(page);
        await page.goto(path);
        await hydrate(page);
        // Charts measure their container after mount; let a few frames and debounces pass.
        await page.waitForTimeout(800);
        const found = (await shifts(page)).filter((s) => !s.hadRecentInput);
        expect(found.map((s) => s.text), `layout shifts on ${path}`).toEqual([]);
        expect(found.reduce((sum, s) => sum + s.value, 0)).toBe(0);
      });
    }

    test('/search/: layout shifts while the search UI loads sum to at most 0.01', async ({ page }) => {
      await recordShifts(page);
      await page.goto('/search/');
      // Loaded: Pagefind's input has replaced the form and the filter pane has its checkboxes.
      await expect(page.locator('[data-search-page] pagefind-input input')).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('[data-search-filters] input[type="checkbox"]').first()).toBeAttached({ timeout: 15_000 });
      await page.waitForTimeout(800);
      // Every shift counts here, even one flagged as after input: this test gives the page none.
      const found = await shifts(page);
      const cls = found.reduce((sum, s) => sum + s.value, 0);
      expect(cls, `layout shifts on /search/:\n${found.map((s) => s.text).join('\n')}`).toBeLessThanOrEqual(0.01);
    });
  });
}
