import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AFTER_EDIT_JS_GZIP, budgetFor } from '../budgets.ts';
import { builtPages, DIST } from './dist.ts';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** Module URLs a script imports statically (dynamic `import()` is lazy and not counted). */
function staticImports(code: string, from: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found]
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => (s.startsWith('/') ? s : posix.join(posix.dirname(from), s)));
}

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

/**
 * Gzip bytes of the chunks calculator islands import dynamically (their simulation code, fetched on the
 * reader's first edit) and of those chunks' static imports not already loaded. The search dialog, which
 * loads when the reader opens search, is not an island's and is not counted here.
 */
function afterEdit(loaded: string[]): { total: number; files: string[] } {
  const seen = new Set(loaded);
  const queue: string[] = [];
  for (const url of loaded.filter((u) =>
    /\/_astro\/(CostComparison|DowntimeCost|HybridPlanner|Uptime|WhichModel)\.astro_/.test(u),
  )) {
    const code = readFileSync(join(DIST, url), 'utf8');
    for (const m of code.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g))
      queue.push(posix.join(posix.dirname(url), m[1]!));
  }
  let total = 0;
  const files: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    files.push(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    total += gz(code);
    queue.push(...staticImports(code, url));
  }
  return { total, files };
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

  for (const page of pages.filter((p) => /^\/calculators\/[^/]+\/$/.test(p.path))) {
    it(`${page.path} has loaded ≤ ${AFTER_EDIT_JS_GZIP} B gzip of JS after the reader's first edit`, () => {
      const { total, files } = pageJsGzip(page.html);
      const lazy = afterEdit(files);
      expect(total + lazy.total, `lazy: ${lazy.files.join(', ') || 'none'}`).toBeLessThanOrEqual(AFTER_EDIT_JS_GZIP);
    });
  }

  it('counts the simulation code the comparison loads on the first edit', () => {
    const page = pages.find((p) => p.path === '/calculators/cost-comparison/')!;
    expect(afterEdit(pageJsGzip(page.html).files).total).toBeGreaterThan(1024);
  });

  it('measures inline scripts, so an oversized page would fail', () => {
    const noise = Array.from({ length: 4000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join('+');
    expect(pageJsGzip(`<script>var x='${noise}'</script>`).total).toBeGreaterThan(2048);
    expect(pageJsGzip('<script type="application/ld+json">{"a":1}</script>').total).toBe(0);
  });
});
