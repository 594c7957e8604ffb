import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchBundle, closeIndexer, readSearchData, type SitePage } from '../search/indexer.ts';
import { devSearchIndex } from './pagefind-dev.ts';

/** Every HTML page in the output folder, with the URL it is served at. */
function builtPages(outDir: string): SitePage[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      if (name.startsWith('.') || (dir === outDir && name === 'pagefind')) return [];
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return walk(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(outDir, file).split(sep).join('/');
      return {
        url: '/' + rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/'),
        html: readFileSync(file, 'utf8'),
      };
    });
}

/**
 * Search index for the site. On `astro build` it indexes the output folder (article bodies,
 * calculator explanations, plus every glossary term and FAQ answer as its own record) into
 * `<outDir>/pagefind/`. On `astro dev` it builds the same index from the dev server's own pages
 * when the server starts, serves it at `/pagefind/`, and rebuilds it after content changes.
 */
export default function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        devSearchIndex.attach(server, root, logger);
      },
      'astro:server:start': ({ address }) => {
        devSearchIndex.start(address);
      },
      'astro:server:done': async () => {
        await closeIndexer();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundle = await buildSearchBundle(builtPages(outDir), readSearchData(root));
        await closeIndexer();
        const target = join(outDir, 'pagefind');
        rmSync(target, { recursive: true, force: true });
        let bytes = 0;
        for (const [path, content] of bundle.files) {
          mkdirSync(dirname(join(target, path)), { recursive: true });
          writeFileSync(join(target, path), content);
          bytes += content.byteLength;
        }
        logger.info(
          `Indexed ${bundle.pageCount} pages and ${bundle.recordCount} glossary/FAQ records; ` +
            `${bundle.vocabularySize} words for spelling correction; bundle ${(bytes / 1024).toFixed(0)} KiB.`,
        );
      },
    },
  };
}
