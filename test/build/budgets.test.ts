import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../src/build-output/preload-imports.ts';
import { SCORECARD_QUESTIONS } from '../../src/model/scorecard.ts';
import { ARTICLE_CARD_HTML_GZIP, ARTICLE_HTML_GZIP, budgetFor } from '../budgets.ts';
import { builtPages, DIST } from './dist.ts';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** Gzip bytes of every script a page runs before interaction: inline and module scripts (islands' included) and their static imports. */
export function pageJsGzip(html: string): { total: number; files: string[] } {
  let total = 0;
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type=["']application\/(ld\+)?json["']/.test(attrs)) continue;
    const src = /\bsrc=["']([^"']+)["']/.exec(attrs)?.[1];
    if (src) queue.push(src);
    else if (m[2]!.trim()) total += gz(m[2]!);
    for (const s of staticImports(m[2]!, '/')) queue.push(s);
  }
  while (queue.length) {
    const url = queue.shift()!.split('?')[0]!;
    if (seen.has(url) || /^https?:/.test(url)) continue;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    total += gz(code);
    queue.push(...staticImports(code, url));
  }
  return { total, files: [...seen] };
}

/** Module URLs a script imports dynamically (`import()`), resolved against its own URL. */
function dynamicImports(code: string, from: string): string[] {
  return [...code.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g)].map((m) =>
    posix.join(posix.dirname(from), m[1]!),
  );
}

/**
 * Gzip bytes of everything the page's calculators can load once the reader uses them, beyond what it
 * loaded at first: each island's component, Preact, the stores and model, the simulation and the CSV
 * export, with their imports. The calculators' entry scripts are found by what they run (the hydration
 * module marks roots `data-island-ready`), not by file name; the search dialog is not a calculator's.
 */
export function liveJs(loaded: string[]): { total: number; files: string[] } {
  const code = new Map<string, string>();
  const read = (url: string) => code.get(url) ?? code.set(url, readFileSync(join(DIST, url), 'utf8')).get(url)!;
  // An entry that hydrates, or a chunk of one (the start-up module itself included).
  const hydrates = (url: string) =>
    [url, ...staticImports(read(url), url)].some((u) => read(u).includes('data-island-ready'));
  const seen = new Set(loaded);
  const queue = loaded.filter(hydrates).flatMap((u) => dynamicImports(read(u), u));
  let total = 0;
  const files: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    files.push(url);
    total += gz(read(url));
    queue.push(...staticImports(read(url), url), ...dynamicImports(read(url), url));
  }
  return { total, files };
}

/** The text of every script a page can run: what it loads first and all its calculators can load once live. */
function pageCode(html: string): string {
  const { files } = pageJsGzip(html);
  return [...files, ...liveJs(files).files].map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
}

describe('JavaScript size budgets over the build', () => {
  const pages = builtPages();

  it('finds the pages to measure', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  for (const page of pages) {
    const budget = budgetFor(page.path);
    it(`${page.path} (${budget.name}) ships ≤ ${budget.maxJsGzip} B gzip of JS`, () => {
      const { total, files } = pageJsGzip(page.html);
      expect(total, `scripts: ${files.join(', ') || 'inline only'}`).toBeLessThanOrEqual(budget.maxJsGzip);
    });
  }

  for (const page of pages) {
    const budget = budgetFor(page.path);
    if (budget.maxLiveJsGzip === undefined) continue;
    it(`${page.path} has loaded ≤ ${budget.maxLiveJsGzip} B gzip of JS once its calculators are live`, () => {
      const { total, files } = pageJsGzip(page.html);
      const live = liveJs(files);
      expect(total + live.total, `live: ${live.files.join(', ') || 'none'}`).toBeLessThanOrEqual(budget.maxLiveJsGzip!);
    });
  }

  it('counts the code a calculator loads when it goes live, the simulation included', () => {
    const page = pages.find((p) => p.path === '/calculators/cost-comparison/')!;
    const { files } = pageJsGzip(page.html);
    const live = liveJs(files);
    // The component, Preact and the model are far more than the hydration module the page loads first.
    expect(live.total).toBeGreaterThan(15 * 1024);
    expect(
      live.files.some((f) => readFileSync(join(DIST, f), 'utf8').includes('Math.random') || /stats|simulat/.test(f)),
    ).toBe(true);
  });

  it("the scorecard's code carries none of its questions' prose: the island scores the questions in its props", () => {
    const page = pages.find((p) => p.path === '/calculators/which-model/')!;
    const code = pageCode(page.html);
    const prose = SCORECARD_QUESTIONS.flatMap((q) => [q.prompt, ...q.options.map((o) => o.reason)]);
    expect(code).toContain('data-island-ready');
    expect(prose.filter((text) => code.includes(text))).toEqual([]);
    // The page itself still carries them: its HTML is what the island reads.
    expect(page.html).toContain(SCORECARD_QUESTIONS[0]!.prompt);
  });

  it('the simulations ship no normal sampler: its ziggurat tables (src/model/random-normal.ts) stay out of the pages', () => {
    for (const path of ['/calculators/cost-comparison/', '/calculators/hybrid-planner/']) {
      const page = pages.find((p) => p.path === path)!;
      const code = pageCode(page.html);
      // The lognormal quantile the simulations use is there (a coefficient of its inverse normal CDF)...
      expect(code, path).toContain('2.506628277459239');
      // ...and the ziggurat's tail start, which its tables are built from at load, is not.
      expect(code, path).not.toContain('3.442619855899');
    }
  });

  for (const page of pages.filter((p) => p.html.includes('data-calculator-placement'))) {
    it(`${page.path}: its calculator card adds ≤ ${ARTICLE_CARD_HTML_GZIP} B gzip of HTML`, () => {
      const without = page.html.replace(/<section class="calculator-placement"[\s\S]*?<\/section>/g, '');
      expect(without).not.toBe(page.html);
      expect(gz(page.html) - gz(without)).toBeLessThanOrEqual(ARTICLE_CARD_HTML_GZIP);
    });
  }

  for (const page of pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path))) {
    it(`${page.path}: its HTML is ≤ ${ARTICLE_HTML_GZIP} B gzip`, () => {
      expect(gz(page.html)).toBeLessThanOrEqual(ARTICLE_HTML_GZIP);
    });
  }

  it('measures inline scripts, so an oversized page would fail', () => {
    const noise = Array.from({ length: 4000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join('+');
    expect(pageJsGzip(`<script>var x='${noise}'</script>`).total).toBeGreaterThan(2048);
    expect(pageJsGzip('<script type="application/ld+json">{"a":1}</script>').total).toBe(0);
  });
});
