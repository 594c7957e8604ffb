import { expect, test } from '@playwright/test';
import { hydrate, islandPaths } from './hardening.ts';

/**
 * Islands reserve their space: hydrating a calculator (server-rendered, then made live when visible)
 * moves nothing. Layout shifts are summed with a PerformanceObserver from the first paint until every
 * island has hydrated and settled, on a phone-sized and a desktop viewport; the sum must be 0.
 */

const VIEWPORTS = [
  { name: 'mobile', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

for (const viewport of VIEWPORTS) {
  test.describe(`no layout shift on hydration (${viewport.name})`, () => {
    test.describe.configure({ mode: 'parallel' });
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('there are pages with islands', () => {
      expect(islandPaths().length).toBeGreaterThan(0);
    });

    for (const path of islandPaths()) {
      test(`${path}: CLS = 0`, async ({ page }) => {
        await page.addInitScript(() => {
          const w = window as unknown as { __shifts: string[]; __cls: number };
          w.__shifts = [];
          w.__cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> }>) {
              if (e.hadRecentInput) continue;
              w.__cls += e.value;
              const nodes = (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.localName}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName)));
              w.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${nodes.join(', ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await hydrate(page);
        // Charts measure their container after mount; let a few frames and debounces pass.
        await page.waitForTimeout(800);
        const { cls, shifts } = await page.evaluate(() => {
          const w = window as unknown as { __shifts: string[]; __cls: number };
          return { cls: w.__cls, shifts: w.__shifts };
        });
        expect(shifts, `layout shifts on ${path}`).toEqual([]);
        expect(cls).toBe(0);
      });
    }
  });
}
