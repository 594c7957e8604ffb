import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../src/build-output/preload-imports';
import { builtPages, DIST } from './dist.ts';

describe('module preloads over the build', () => {
  const pages = builtPages().filter((p) => p.html.includes('<script type="module" src='));

  it('finds pages with module scripts, calculator pages and articles among them', () => {
    expect(pages.some((p) => p.path.startsWith('/calculators/'))).toBe(true);
    expect(pages.some((p) => p.path.startsWith('/articles/'))).toBe(true);
  });

  for (const page of pages) {
    it(`${page.path}: every chunk its module scripts import is preloaded, so it downloads with them`, () => {
      const scripts = [...page.html.matchAll(/<script type="module" src="(\/[^"]+\.js)"/g)].map((m) => m[1]!);
      const imported = scripts.flatMap((s) => staticImports(readFileSync(join(DIST, s), 'utf8'), s));
      for (const path of imported) expect(page.html).toContain(`<link rel="modulepreload" href="${path}">`);
    });
  }
});
