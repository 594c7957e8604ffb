// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import cspPrune from './src/build-output/csp-prune.ts';
import pagefind from './src/integrations/pagefind.ts';
import socialCards from './src/integrations/social-cards.ts';
import { unwrapPreload } from './src/build-output/unwrap-preload.ts';
import { inSitemap } from './src/seo/sitemap.ts';

/** Public origin of the site: canonical URLs, feeds, oEmbed and social images use it. */
export const SITE = process.env.SITE_URL ?? 'https://itsupport-explained.example';

/**
 * Chunks of the calculators' code. Each calculator page loads its own entry plus these shared chunks;
 * fewer, larger files compress better (one gzip dictionary) and cost fewer requests than the dozen
 * small chunks the bundler makes by default.
 */
/** @type {Array<[name: string, test: RegExp]>} */
const CHUNKS = [
  // Vite's preload helper stays a chunk of its own, so src/build-output/unwrap-preload.ts can drop it
  // (the calc group would otherwise take it in as a dependency of the CSV export's import()).
  ['preload-helper', /vite[\\/]preload-helper/],
  // Preact, the stores and every calculator's frame: fields, validation, URL state, formatting (not the
  // CSV export, which loads when a reader first exports).
  [
    'calc',
    /[\\/](node_modules[\\/](preact|nanostores|@nanostores)|src[\\/](stores|islands[\\/](ui|lib[\\/](?!csv\.)|hydration)|model[\\/](inputs|format|query)\.))/,
  ],
  // Charts and the downtime model: the same three calculators (downtime, comparison, hybrid) use both.
  ['charts', /[\\/]src[\\/](islands[\\/]charts[\\/](Chart|BarChart|scale)\.|model[\\/]downtime\.)/],
  // The exact cost model the comparison and the hybrid planner share. Their simulations (random numbers,
  // the optimiser) load only when the reader edits: see src/islands/later/.
  ['costs', /[\\/]src[\\/]model[\\/](breakfix|expected|spread|options|compare|managed|specs|specs-support)\./],
];
const CHUNK_GROUPS = CHUNKS.map(([name, test]) => ({ name, test }));

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
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } } } },
  },
  integrations: [mdx(), preact(), socialCards(), pagefind(), sitemap({ filter: inSitemap }), cspPrune()],
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
