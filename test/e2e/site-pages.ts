import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Build folder under test; matches playwright.config.ts. */
const OUT = process.env.E2E_OUT ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * URL paths of every HTML page in the build (except Pagefind's assets), read from the
 * build itself so new pages are tested the moment they exist.
 */
export function allPagePaths(): string[] {
  if (!existsSync(join(OUT, 'index.html'))) throw new Error(`No build in ${OUT}/: run \`npx astro build\` first.`);
  return walk(OUT)
    .map((f) => relative(OUT, f).split(sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => '/' + f.replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}
