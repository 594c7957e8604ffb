// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import cspPrune from './src/build-output/csp-prune.ts';
import preloadImports from './src/build-output/preload-imports.ts';
import calculatorHeaders from './src/build-output/calculator-headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import socialCards from './src/integrations/social-cards.ts';
import oembedWorker from './src/integrations/oembed-worker.ts';
import { unwrapPreload } from './src/build-output/unwrap-preload.ts';
import { inSitemap } from './src/seo/sitemap.ts';

/** Public origin of the site: canonical URLs, feeds, oEmbed and social images use it. */
export const SITE = process.env.SITE_URL ?? 'https://itsupport-explained.example';

/**
 * Chunks, by folder. What every calculator runs once live (Preact, nanostores, the stores and the islands'
 * frame in src/islands/ui, lib and hydration) is one chunk: one request and one gzip dictionary instead of a
 * dozen small files. src/islands/later/ (the simulations, the CSV export) loads on a later interaction.
 * `src/islands/hydration/start/` stays out: it is the only calculator code a page runs at load. So does
 * `src/islands/hydration/print/`, which stays in its own script (inlined by Astro: it imports nothing) on the
 * pages whose islands print a report head. The model, the charts and each calculator's own code are split by
 * the bundler along the import graph, so a page loads only the parts of the model its calculators use.
 */
/** @type {Array<[name: string, test: RegExp]>} */
const CHUNKS = [
  // Vite's preload helper stays a chunk of its own, so src/build-output/unwrap-preload.ts can drop it.
  ['preload-helper', /vite[\\/]preload-helper/],
  ['start', /[\\/]src[\\/]islands[\\/]hydration[\\/]start[\\/]/],
  [
    'calc',
    /[\\/](node_modules[\\/](preact|nanostores|@nanostores)[\\/]|src[\\/](stores|islands[\\/](ui|lib|hydration(?![\\/]print[\\/])))[\\/])/,
  ],
];
// Earlier rows win: a group also takes in what its modules import, and the start-up code the stores
// share must stay in the start chunk.
const CHUNK_GROUPS = CHUNKS.map(([name, test], i) => ({ name, test, priority: CHUNKS.length - i }));

export default defineConfig({
  site: SITE,
  // Engineers and benchmarks build into their own folders; everyone else gets dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // One stylesheet for the whole site (about 5 KB gzip, cached immutably): every page then has a
  // single render-blocking request instead of a shared chunk plus a per-page one
  // (test/build/render-blocking.test.ts).
  // Preview answers CORS requests from any origin, as public/_headers does in production: embeds inside
  // WordPress's sandboxed iframes have an opaque origin, so their module scripts are cross-origin fetches.
  vite: {
    build: { cssCodeSplit: false, sourcemap: !!process.env.SM },
    preview: { cors: true },
    // Scratch builds and benchmarks write thousands of files under .tmp/; the dev server need not watch them.
    server: { watch: { ignored: ['**/.tmp/**'] } },
    plugins: [unwrapPreload()],
    environments: {
      client: {
        build: {
          rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
        },
      },
    },
  },
  integrations: [
    mdx(),
    preact(),
    socialCards(),
    pagefind(),
    sitemap({ filter: inSitemap }),
    cspPrune(),
    preloadImports(),
    calculatorHeaders(),
    oembedWorker(),
  ],
  security: {
    // Astro hashes every script and style it emits, so nothing inline runs without a hash.
    // Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval': BaseLayout adds it to the pages whose
    // header opens search; embed pages (no search) go without it.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
