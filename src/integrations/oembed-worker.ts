/**
 * Bundles the oEmbed worker (src/embed/oembed-worker.ts, TypeScript importing the registry, the model's
 * parsers and the embed options) into the build's `_worker.js` with esbuild, after the pages are written:
 * Cloudflare Pages runs it for the paths `public/_routes.json` names (`/oembed/*`) and serves every other
 * path as a static file. The site's public origin is filled in, as the static oEmbed files have it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../embed/oembed-worker.ts', import.meta.url));

/** Write `<outDir>/_worker.js`: one ES module for the Workers runtime, no imports left. */
export async function buildOembedWorker(outDir: string, site: string): Promise<void> {
  await build({
    entryPoints: [ENTRY],
    outfile: join(outDir, '_worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['worker', 'browser'],
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __SITE__: JSON.stringify(site) },
  });
}

/** The integration: builds the worker once the static build is done. */
export default function oembedWorker(): AstroIntegration {
  let site = '';
  return {
    name: 'site:oembed-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('site:oembed-worker needs `site` in the Astro config (SITE_URL).');
        site = config.site;
      },
      'astro:build:done': async ({ dir }) => buildOembedWorker(fileURLToPath(dir), site),
    },
  };
}
