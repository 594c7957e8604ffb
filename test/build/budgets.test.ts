import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgetFor } from '../budgets.ts';
import { builtPages, DIST } from './dist.ts';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** Module URLs a script imports statically (dynamic `import()` is lazy and not counted). */
function staticImports(code: string, from: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found].filter((s) => s.startsWith('.') || s.startsWith('/')).map((s) => (s.startsWith('/') ? s : posix.join(posix.dirname(from), s)));
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

describe('JavaScript size budgets over the build', () => {
  const pages = builtPages();

  it('finds the pages to measure', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  for (const page of pages) {
    const budget = budgetFor(page.path, page.html);
    it(`${page.path} (${budget.name}) ships ≤ ${budget.maxJsGzip} B gzip of JS`, () => {
      const { total, files } = pageJsGzip(page.html);
      expect(total, `scripts: ${files.join(', ') || 'inline only'}`).toBeLessThanOrEqual(budget.maxJsGzip);
    });
  }

  it('measures inline scripts, so an oversized page would fail', () => {
    const noise = Array.from({ length: 4000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join('+');
    expect(pageJsGzip(`<script>var x='${noise}'</script>`).total).toBeGreaterThan(2048);
    expect(pageJsGzip('<script type="application/ld+json">{"a":1}</script>').total).toBe(0);
  });
});
