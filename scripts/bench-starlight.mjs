// Articles against Starlight (npm run bench:starlight; not part of npm test): Lighthouse 13, mobile (default
// simulated throttling), on one of our articles and on a Starlight page of the same text, in the same run.
// 1. Writes a throwaway Starlight site into .tmp/starlight/ (BENCH_DIR moves it): Astro at the version this
//    project has installed and @astrojs/starlight STARLIGHT_VERSION, installed there with npm (never into the
//    project's package.json), with ONE docs page holding the article's text as plain Markdown (headings,
//    paragraphs, lists, tables; <Cite> becomes a footnote, <Term> its text, <Callout> a Starlight aside;
//    <Calculator> is dropped, and the output says our page also carries a calculator card). Then builds it.
// 2. Uses our build in BENCH_OUT, E2E_OUT, ASTRO_OUT_DIR or dist/ (the first set), building it there if the
//    article is missing; serves both folders on 127.0.0.1, gzip level 9 as a deployed site would be.
// 3. Audits both pages alternately (ours first in odd rounds, Starlight first in even ones), BENCH_RUNS rounds
//    (default 5), on the system Chromium (CHROMIUM_PATH or CHROME_PATH, default /usr/bin/chromium), offline.
// 4. Prints medians of FCP, LCP, TBT and the performance score, the gzip bytes of the HTML, JS and CSS each
//    page loaded (level 9, as test/build/budgets.test.ts counts), and whether our FCP and LCP medians are no
//    later than Starlight's. Exits 0 whatever the verdict; figures go in BENCHMARKS.md.
// BENCH_ARTICLE=<slug> picks another article (default what-is-break-fix); BENCH_PORT=<n> uses ports n (ours),
// n+1 (Starlight) and n+2 (Chromium's DevTools), default 4900.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { audit, median } from './bench/audit.mjs';
import { childEnv, log, run } from './bench/run.mjs';
import { articleToMarkdown } from './bench/starlight-markdown.mjs';
import { buildStarlight, ensureStarlight } from './bench/starlight-site.mjs';
import { fileFor, serve } from './bench/static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const STARLIGHT_VERSION = '0.42.4';
const ASTRO_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
const WORK = resolve(ROOT, process.env.BENCH_DIR ?? '.tmp/starlight');
const SLUG = process.env.BENCH_ARTICLE ?? 'what-is-break-fix';
const OUT = resolve(ROOT, process.env.BENCH_OUT ?? process.env.E2E_OUT ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4900);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not "${RUNS}".`);
if (!Number.isInteger(PORT) || PORT < 1024 || PORT > 65532)
  throw new Error(`BENCH_PORT must be a port number from 1024 to 65532, not "${process.env.BENCH_PORT}".`);
// scripts/lighthouse.mjs reads CHROMIUM_PATH when it is imported; CHROME_PATH is Lighthouse's own name for it.
process.env.CHROMIUM_PATH ??= process.env.CHROME_PATH ?? '/usr/bin/chromium';
process.env.CHROME_PATH ??= process.env.CHROMIUM_PATH;
const { launchChromium } = await import('./lighthouse.mjs');

const load = () => loadavg()[0].toFixed(1);

/** Our build: OUT as it is when it holds the article, else built there. */
function ensureOurBuild() {
  if (existsSync(join(OUT, 'articles', SLUG, 'index.html'))) return OUT;
  log(`no /articles/${SLUG}/ in ${OUT}: building the site there …`);
  run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], ROOT, {
    ...childEnv,
    ASTRO_OUT_DIR: OUT,
  });
  if (!existsSync(join(OUT, 'articles', SLUG, 'index.html')))
    throw new Error(`The build in ${OUT} has no /articles/${SLUG}/: is BENCH_ARTICLE a published article's slug?`);
  return OUT;
}

const articleFile = join(ROOT, 'content/articles', `${SLUG}.mdx`);
if (!existsSync(articleFile)) throw new Error(`No article ${articleFile} (BENCH_ARTICLE="${SLUG}").`);
const sources = JSON.parse(readFileSync(join(ROOT, 'content/sources.json'), 'utf8'));
const { markdown, dropped } = articleToMarkdown(readFileSync(articleFile, 'utf8'), sources, SLUG);
ensureStarlight(WORK, ASTRO_VERSION, STARLIGHT_VERSION);
const starlightDir = buildStarlight(WORK, { slug: SLUG, markdown, title: 'IT Support, Explained', port: PORT + 1 });
const ourDir = ensureOurBuild();
const path = `/articles/${SLUG}/`;
if (!fileFor(starlightDir, path)) throw new Error(`The Starlight build has no ${path}.`);

const pages = [
  { name: `ours (${path})`, dir: ourDir, port: PORT, runs: [] },
  { name: `Starlight ${STARLIGHT_VERSION} (same text)`, dir: starlightDir, port: PORT + 1, runs: [] },
];
const servers = await Promise.all(pages.map((p) => serve(p.dir, p.port)));
const chromium = await launchChromium(PORT + 2);
const loadBefore = load();
const started = new Date();
try {
  for (let round = 0; round < RUNS; round++) {
    for (const page of round % 2 ? [...pages].reverse() : pages) {
      const r = await audit(`http://127.0.0.1:${page.port}${path}`, page.dir, PORT + 2);
      page.runs.push(r);
      log(
        `round ${round + 1}/${RUNS} ${page.name}: FCP ${Math.round(r.fcp)} ms, LCP ${Math.round(r.lcp)} ms, ` +
          `TBT ${Math.round(r.tbt)} ms, perf ${r.score} (load ${load()})`,
      );
    }
  }
} finally {
  chromium.kill();
  for (const s of servers) s.close();
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const num = (n) => n.toLocaleString('en-US');
const rows = pages.map((p) => {
  const m = (k) => median(p.runs.map((r) => r[k]));
  const b = (k) => median(p.runs.map((r) => r.bytes[k]));
  return { ...p, fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), score: m('score'), b };
});
const [ours, starlight] = rows;
console.log(
  `\nLighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version}, ` +
    `mobile (simulated throttling), ${RUNS} run${RUNS > 1 ? 's' : ''} of each page alternating, ` +
    `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${loadBefore} → ${load()} ` +
    `(Astro ${ASTRO_VERSION}); medians; bytes are gzip level 9 of what each page loaded.\n`,
);
console.log('| page | FCP | LCP | TBT | performance | HTML | JS | CSS | other | requests |');
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const r of rows)
  console.log(
    `| ${r.name} | ${seconds(r.fcp)} | ${seconds(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.score} | ` +
      `${num(r.b('html'))} B | ${num(r.b('js'))} B | ${num(r.b('css'))} B | ${num(r.b('other'))} B | ` +
      `${median(r.runs.map((x) => x.requests))} |`,
  );
const verdict = (name, a, b) =>
  `${name}: ours ${seconds(a)}, Starlight ${seconds(b)} — ${a <= b ? 'no later (met)' : `later by ${seconds(a - b)} (not met)`}`;
console.log(`\n${verdict('FCP', ours.fcp, starlight.fcp)}\n${verdict('LCP', ours.lcp, starlight.lcp)}`);
for (const r of rows) {
  const blocking = [...new Set(r.runs.flatMap((x) => x.blocking))];
  if (blocking.length) console.log(`render-blocking on ${r.name}: ${blocking.join(', ')}`);
  console.log(`LCP element on ${r.name}: ${r.runs.at(-1).lcpElement}`);
  // The last run's full report, for a closer look (Lighthouse's JSON; open it in its viewer).
  const file = join(WORK, `report-${r === ours ? 'ours' : 'starlight'}.json`);
  writeFileSync(file, JSON.stringify(r.runs.at(-1).lhr));
  delete r.runs.at(-1).lhr;
}
if (dropped.length)
  console.log(
    `Left out of the Starlight page (no plain-text form; our page carries them, and its figures include them): ` +
      `${dropped.join(', ')}.`,
  );
