import { expect, test, type Page } from '@playwright/test';
import { afterEffects, announced, hydrate, islandPaths } from './hardening.ts';

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
  /** "0.1452 at 657 ms: footer.site-footer 0,900 1280×80 → 0,960 1280×80": what moved, for the failure message. */
  text: string;
}

/** Starts recording layout shifts (buffered, so those before the observer ran count too). Call before goto. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[]; __shiftObserver: PerformanceObserver };
    w.__shifts = [];
    const record = (entries: PerformanceEntryList) => {
      for (const e of entries as Array<
        PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
        }
      >) {
        // Each element with the box it moved from and to, so a rare shift names what changed ("x,y w×h → …").
        const box = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
        const nodes = (e.sources ?? []).map((s) => {
          const name =
            s.node instanceof Element
              ? `${s.node.localName}.${[...s.node.classList].join('.')}`
              : String(s.node?.nodeName);
          return `${name} ${box(s.previousRect)} → ${box(s.currentRect)}`;
        });
        w.__shifts.push({
          value: e.value,
          hadRecentInput: e.hadRecentInput,
          text: `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${nodes.join(', ')}`,
        });
      }
    };
    w.__shiftObserver = new PerformanceObserver((list) => record(list.getEntries()));
    w.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
    // Entries not yet delivered to the callback (it runs in a later task) are taken when reading.
    (w as unknown as { __takeShifts: () => Shift[] }).__takeShifts = () => (
      record(w.__shiftObserver.takeRecords()),
      w.__shifts
    );
  });
}

/** The shifts recorded so far, including those not yet delivered to the observer's callback. */
const shifts = (page: Page): Promise<Shift[]> =>
  page.evaluate(() => (window as unknown as { __takeShifts: () => Shift[] }).__takeShifts());

/**
 * Resolves once the layout has stopped moving: the page's height and the position of its last element
 * are the same in five animation frames in a row.
 */
async function settledLayout(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __layout?: { key: string; same: number } };
      const last = document.body.lastElementChild?.getBoundingClientRect();
      const key = `${document.documentElement.scrollHeight} ${last?.top} ${last?.height}`;
      w.__layout = w.__layout?.key === key ? { key, same: w.__layout.same + 1 } : { key, same: 0 };
      return w.__layout.same >= 5;
    },
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
}

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
        // Every island has announced its result, which comes after its other debounces; then its effects ran.
        await announced(page);
        await afterEffects(page);
        const found = (await shifts(page)).filter((s) => !s.hadRecentInput);
        expect(
          found.map((s) => s.text),
          `layout shifts on ${path}`,
        ).toEqual([]);
        expect(found.reduce((sum, s) => sum + s.value, 0)).toBe(0);
      });
    }

    test('/search/: layout shifts while the search UI loads sum to at most 0.01', async ({ page }) => {
      await recordShifts(page);
      await page.goto('/search/');
      // Loaded: Pagefind's input has replaced the form and the filter pane has its checkboxes.
      await expect(page.locator('[data-search-page] pagefind-input input')).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('[data-search-filters] input[type="checkbox"]').first()).toBeAttached({
        timeout: 15_000,
      });
      await settledLayout(page);
      // Every shift counts here, even one flagged as after input: this test gives the page none.
      const found = await shifts(page);
      const cls = found.reduce((sum, s) => sum + s.value, 0);
      expect(cls, `layout shifts on /search/:\n${found.map((s) => s.text).join('\n')}`).toBeLessThanOrEqual(0.01);
    });
  });
}
