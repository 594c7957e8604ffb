import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder of the build under test (engineers building in parallel use their own). */
export const DIST = process.env.ASTRO_OUT_DIR ?? 'dist';

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

/** Every HTML page of the build, excluding Pagefind's own assets. */
export function builtPages(): BuiltPage[] {
  requireBuild();
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({
      file,
      path: '/' + file.replace(/index\.html$/, '').replace(/\.html$/, ''),
      html: readFileSync(join(DIST, file), 'utf8'),
    }));
}
