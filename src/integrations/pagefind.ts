import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it,
 * so every build (and `npm start`) ships a fresh search index in `<outDir>/pagefind/`.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${added.page_count} pages for search.`);
        await pagefind.close();
      },
    },
  };
}
