import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_QUERIES, HOSTILE_VALUES, LONG_VALUES } from '../fixtures/hostile-inputs.ts';
import {
  announced,
  calculatorPaths,
  countWatched,
  cspViolations,
  embedPaths,
  fieldKeys,
  hydrate,
  injectionFindings,
  installTraps,
  resultProblems,
  visibleNotice,
} from './hardening.ts';

/**
 * Hostile query strings at every calculator page and every embed page (test/fixtures/hostile-inputs.ts).
 * Several vectors go into one page load (one per field key), so every value reaches every page while
 * the suite stays short; very long values go one per load (servers cap the request line), and each page
 * gets a fixed, rotating subset of the whole-query vectors. After each load: nothing ran, nothing became
 * markup, the result region shows a valid result, and a notice says what was ignored.
 */

/** Embed-only options the embed pages read besides the calculator's own keys. */
const EMBED_KEYS = ['theme', 'accent', 'show', 'compact'];
const SHORT = HOSTILE_VALUES.filter((v) => !LONG_VALUES.includes(v));
const QUERIES_PER_PAGE = 4;

/** Query strings for one page: batches of per-key values, one long value, a rotating subset of raw queries. */
export function fuzzQueries(keys: string[], pageIndex: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < SHORT.length; start += keys.length) {
    const q = new URLSearchParams();
    keys.forEach((k, j) => q.append(k, SHORT[(start + j) % SHORT.length]!));
    out.push(q.toString());
  }
  const long = new URLSearchParams();
  long.set(keys[pageIndex % keys.length]!, LONG_VALUES[pageIndex % LONG_VALUES.length]!);
  out.push(long.toString());
  for (let i = 0; i < QUERIES_PER_PAGE; i++) {
    const raw = HOSTILE_QUERIES[(pageIndex * QUERIES_PER_PAGE + i) % HOSTILE_QUERIES.length]!;
    out.push(raw.replaceAll('{k2}', keys[1 % keys.length]!).replaceAll('{k}', keys[0]!));
  }
  return out;
}

/** A short, readable form of a fuzz URL for failure messages. */
function readable(url: string): string {
  try {
    return decodeURIComponent(url).slice(0, 160);
  } catch {
    return url.slice(0, 160);
  }
}

async function checkLoad(page: Page, url: string, baseline: Record<string, number>): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url.slice(0, 200)).toBeLessThan(400);
  await hydrate(page);
  const label = readable(url);
  await expect.poll(() => visibleNotice(page), { message: `notice: ${label}`, timeout: 5_000 }).toBe(true);
  expect(await injectionFindings(page, baseline), `injection: ${label}`).toEqual([]);
  expect(await resultProblems(page), `result: ${label}`).toEqual([]);
  expect(await cspViolations(page), `CSP: ${label}`).toEqual([]);
}

const pages = [
  ...calculatorPaths().map((p) => ({ path: p, embed: false })),
  ...embedPaths().map((p) => ({ path: p, embed: true })),
];

test.describe('fuzz: hostile query strings', () => {
  test.describe.configure({ mode: 'parallel' });

  test('finds calculator and embed pages to fuzz, with ≥ 50 hostile values', () => {
    expect(HOSTILE_VALUES.length).toBeGreaterThanOrEqual(50);
    expect(pages.filter((p) => p.embed).length).toBeGreaterThan(0);
  });

  pages.forEach(({ path, embed }, index) => {
    test(`${path}: nothing runs, nothing is injected, a valid result and a notice`, async ({ page }) => {
      test.setTimeout(120_000);
      const keys = [...fieldKeys(path), ...(embed ? EMBED_KEYS : [])];
      expect(keys.length, 'form fields found in the built page').toBeGreaterThan(0);
      const traps = await installTraps(page);
      await page.goto(path);
      await hydrate(page);
      const baseline = await countWatched(page);
      for (const query of fuzzQueries(keys, index)) await checkLoad(page, `${path}?${query}`, baseline);
      // Validation messages appear once typing pauses (0.5 s): check the last load again after that, which
      // the calculators' announcement (0.7 s) marks.
      await announced(page);
      expect(await injectionFindings(page, baseline), 'after validation messages').toEqual([]);
      expect(traps.dialogs).toEqual([]);
      expect(traps.console).toEqual([]);
    });
  });
});
