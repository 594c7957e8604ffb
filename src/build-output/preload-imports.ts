/**
 * A page's module scripts import shared chunks (the calculators' start-up module, for one), which the
 * browser finds only once the script itself has arrived: one more round trip before the page's code can
 * run, which Lighthouse counts against the largest paint. After the build this integration adds, to each
 * page's <head>, a `<link rel="modulepreload">` for every chunk its module scripts import statically, so
 * they download together. It changes nothing a page runs (./README.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './csp-prune';

/**
 * The module URLs a script imports statically (`import{a}from"./x.js"`, `import"./x.js"`, `export…from`),
 * resolved against its own URL; dynamic `import()`s load later and are not among them. The size budgets
 * (test/build/budgets.test.ts) walk the same graph.
 */
export function staticImports(code: string, from: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found]
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => (s.startsWith('/') ? s : posix.join(posix.dirname(from), s)));
}

/** The page with a modulepreload link for every chunk its module scripts import (and those import), once each. */
export function addModulePreloads(html: string, read: (path: string) => string | undefined): string {
  const scripts = [...html.matchAll(/<script type="module" src="(\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set(scripts);
  const queue = scripts.flatMap((s) => staticImports(read(s) ?? '', s));
  const preload: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = read(path);
    if (code === undefined) continue;
    preload.push(path);
    queue.push(...staticImports(code, path));
  }
  const links = preload
    .filter((p) => !html.includes(`href="${p}"`))
    .map((p) => `<link rel="modulepreload" href="${p}">`)
    .join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}

/** The integration: preloads every built page's imported chunks. */
export default function preloadImports(): AstroIntegration {
  return {
    name: 'site:preload-imports',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const read = (path: string) => {
          try {
            return readFileSync(join(root, path), 'utf8');
          } catch {
            return undefined;
          }
        };
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const out = addModulePreloads(html, read);
          if (out !== html) writeFileSync(file, out);
        }
      },
    },
  };
}
