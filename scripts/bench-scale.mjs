// Scale benchmark (npm run bench:scale; not part of npm test): generates 100 and 1,000 synthetic
// articles with the real frontmatter schema (src/schemas/content.ts) into .tmp/bench-scale/, builds the
// site on each (ARTICLES_DIR, ASTRO_OUT_DIR; Pagefind index and social images included), and reports
// wall time, peak memory (max RSS of the build process, from /usr/bin/time) and pages built. Target:
// 1,000 articles ≤ 60 s on a 2-core machine, and 1,000/100 ≤ 11× (close to linear).
// Builds use their own Vite/Astro cache folder, so they never disturb the project's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.tmp', 'bench-scale');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const TOPICS = ['basics', 'costs', 'pricing', 'operations', 'choosing'];
const CALCULATORS = ['downtime-cost', 'cost-comparison', 'hybrid-planner', 'uptime', 'which-model'];
const WORDS = (
  'support contract invoice technician outage server laptop network backup patch monitor ticket response ' +
  'budget month year hour staff office printer email security update licence vendor plan review risk ' +
  'cost rate fee call visit repair replace check report agree measure compare choose team owner manager'
).split(' ');

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same articles. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r, n) {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ') + '.';
}

/** One synthetic article of about 900 words with headings, a list and citations. */
function article(i) {
  const r = rng(i + 1);
  const para = () => Array.from({ length: 5 }, () => sentence(r, 8 + Math.floor(r() * 10))).join(' ');
  const sections = Array.from({ length: 5 }, (_, s) =>
    [`## Section ${s + 1} of synthetic article ${i}`, '', para(), '', `${para()} <Cite id="rate-cards" />`, '', `- ${sentence(r, 6)}`, `- ${sentence(r, 7)}`, '', `### Detail ${s + 1}.1`, '', para()].join('\n'),
  );
  const frontmatter = [
    '---',
    `title: "Synthetic article ${i}: ${sentence(r, 4).slice(0, -1)}"`,
    `description: "A generated article for the scale benchmark, number ${i}: ${sentence(r, 8)}"`,
    `updated: 2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    `topic: ${TOPICS[i % TOPICS.length]}`,
    `order: ${i + 1}`,
    'draft: false',
    'sources: [rate-cards]',
    ...(i % 3 === 0 ? [`calculator: ${CALCULATORS[i % CALCULATORS.length]}`] : []),
    '---',
  ];
  return [...frontmatter, '', para(), '', ...sections, ''].join('\n');
}

function generate(n) {
  const dir = join(WORK, `articles-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `synthetic-${String(i).padStart(4, '0')}.mdx`), article(i));
  return dir;
}

const count = (dir, test) =>
  existsSync(dir) ? readdirSync(dir).reduce((s, name) => (statSync(join(dir, name)).isDirectory() ? s + count(join(dir, name), test) : s + (test(name) ? 1 : 0)), 0) : 0;

/** Builds once; returns wall seconds, peak RSS in MiB, pages and search-index files. */
function build(n, articlesDir) {
  const outDir = join(WORK, `dist-${n}`);
  const timeFile = join(WORK, `time-${n}.txt`);
  rmSync(outDir, { recursive: true, force: true });
  // A config that reuses the site's, with a cache folder of its own.
  const config = join(WORK, 'astro.config.mjs');
  writeFileSync(config, `import site from '../../astro.config.mjs';\nexport default { ...site, cacheDir: './.tmp/bench-scale/cache' };\n`);
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, join(ROOT, 'node_modules/.bin/astro'), 'build', '--config', '.tmp/bench-scale/astro.config.mjs'], {
    cwd: ROOT,
    env: { ...process.env, ARTICLES_DIR: articlesDir, ASTRO_OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  // Astro's own log (per-phase timings) stays next to the results for a closer look.
  writeFileSync(join(WORK, `build-${n}.log`), run.stdout + run.stderr);
  if (run.status !== 0) {
    process.stderr.write(run.stdout.slice(-4000) + run.stderr.slice(-4000));
    throw new Error(`build of ${n} articles failed (exit ${run.status})`);
  }
  const [, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return {
    n,
    wall,
    peakMiB: maxKb / 1024,
    pages: count(outDir, (f) => f.endsWith('.html')) - count(join(outDir, 'pagefind'), (f) => f.endsWith('.html')),
    indexFiles: count(join(outDir, 'pagefind'), () => true),
  };
}

if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is needed for peak memory (Debian package "time").');
mkdirSync(WORK, { recursive: true });
const cpu = execFileSync('nproc', { encoding: 'utf8' }).trim();
const rows = [];
for (const n of SIZES) {
  const dir = generate(n);
  process.stderr.write(`› ${n} articles: building…\n`);
  const row = build(n, dir);
  rows.push(row);
  process.stderr.write(`  ${row.wall.toFixed(1)} s, ${row.peakMiB.toFixed(0)} MiB peak, ${row.pages} pages, ${row.indexFiles} index files\n`);
}
console.log(`\nScale benchmark (${cpu} cores, load average ${(await import('node:os')).loadavg()[0].toFixed(1)} at the end)\n`);
console.log('| articles | pages built | build + index wall time | peak memory (max RSS) | search index files |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.n} | ${r.pages} | ${r.wall.toFixed(1)} s | ${r.peakMiB.toFixed(0)} MiB | ${r.indexFiles} |`);
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows.at(-1)];
  const ratio = b.wall / a.wall;
  console.log(`\n${b.n}/${a.n} wall-time ratio: ${ratio.toFixed(2)}× (target ≤ 11×); ${b.n} articles in ${b.wall.toFixed(1)} s (target ≤ 60 s).`);
}
