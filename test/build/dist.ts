import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The built site, read by the build checks (test/build, Vitest) and the browser tests (test/e2e, Playwright)
 * alike, so both find the same pages.
 */

/**
 * The folder of the build under test (engineers building in parallel use their own): `E2E_OUT` as
 * playwright.config.ts names it, else `ASTRO_OUT_DIR` as the build does.
 */
export const DIST = process.env.E2E_OUT ?? process.env.ASTRO_OUT_DIR ?? 'dist';

/** Throws a clear message when the site has not been built yet. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No build in ${DIST}/: run \`npx astro build\` first (npm test does).`);
  }
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, root) : [relative(root, full).split(sep).join('/')];
  });
}

/** A built HTML page: its URL path and its markup. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
}

/** HTML files of the build (paths relative to it), excluding Pagefind's own assets, sorted. */
function htmlFiles(): string[] {
  requireBuild();
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
}

/** The URL path a built HTML file is served at. */
const urlPath = (file: string) => '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');

/** Every HTML page of the build, excluding Pagefind's own assets. */
export function builtPages(): BuiltPage[] {
  return htmlFiles().map((file) => ({ file, path: urlPath(file), html: readFileSync(join(DIST, file), 'utf8') }));
}

/** URL paths of every page of the build, read from the build itself so new pages are tested at once. */
export function allPagePaths(): string[] {
  return htmlFiles().map(urlPath);
}

/** The built HTML of a URL path; empty when there is no such page. */
export function builtHtml(path: string): string {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
