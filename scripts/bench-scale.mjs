// Scale benchmark (npm run bench:scale; not part of npm test): generates 100 and 1,000 synthetic
// articles with the real frontmatter schema (src/schemas/content.ts) into .tmp/bench-scale/, builds the
// site on each (ARTICLES_DIR, ASTRO_OUT_DIR; Pagefind index and social images included), and reports
// wall time, CPU time (user + system, all threads and child processes), peak memory (max RSS of the
// build process, from /usr/bin/time) and pages built. Target: 1,000 articles ≤ 60 s on a 2-core
// machine, and 1,000/100 ≤ 11× (close to linear). CPU time is there because this machine is often
// shared: wall time on a loaded machine says little, CPU time changes much less.
// Every build is cold: it gets an empty cache folder of its own (Vite/Astro cache and the social-card
// cache, SOCIAL_IMAGE_CACHE; never the project's). BENCH_WARM=1 adds a second, warm build of each
// size with those caches kept, as a rebuild after a small edit would be; the targets apply to cold.
// BENCH_DIR=<folder> moves all of it (default .tmp/bench-scale); BENCH_SIZES=200 builds other sizes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { syntheticArticle, syntheticFileName } from './bench-scale-articles.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// BENCH_DIR moves the whole benchmark folder (engineers sharing a tree keep their own).
const WORK = resolve(ROOT, process.env.BENCH_DIR ?? '.tmp/bench-scale');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
function generate(n) {
  const dir = join(WORK, `articles-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, syntheticFileName(i)), syntheticArticle(i));
  return dir;
}

const count = (dir, test) =>
  existsSync(dir)
    ? readdirSync(dir).reduce(
        (s, name) =>
          statSync(join(dir, name)).isDirectory() ? s + count(join(dir, name), test) : s + (test(name) ? 1 : 0),
        0,
      )
    : 0;

/** Builds once; returns wall seconds, peak RSS in MiB, pages and search-index files. */
function build(n, articlesDir, warm = false) {
  const outDir = join(WORK, `dist-${n}`);
  const timeFile = join(WORK, `time-${n}.txt`);
  rmSync(outDir, { recursive: true, force: true });
  // A config that reuses the site's, with a cache folder of its own, emptied so the build is cold.
  if (!warm) rmSync(join(WORK, 'cache'), { recursive: true, force: true });
  const config = join(WORK, 'astro.config.mjs');
  const rel = (p) => relative(WORK, p).split('\\').join('/') || '.';
  const fromRoot = relative(ROOT, WORK).split('\\').join('/');
  writeFileSync(
    config,
    `import site from '${rel(join(ROOT, 'astro.config.mjs'))}';\nexport default { ...site, cacheDir: './${fromRoot}/cache' };\n`,
  );
  const started = process.hrtime.bigint();
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M %U %S',
      '-o',
      timeFile,
      join(ROOT, 'node_modules/.bin/astro'),
      'build',
      '--config',
      relative(ROOT, config),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ARTICLES_DIR: articlesDir,
        ASTRO_OUT_DIR: outDir,
        SOCIAL_IMAGE_CACHE: join(WORK, 'cache', 'social-images'),
      },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  // Astro's own log (per-phase timings) stays next to the results for a closer look.
  writeFileSync(join(WORK, `build-${n}${warm ? '-warm' : ''}.log`), run.stdout + run.stderr);
  if (run.status !== 0) {
    process.stderr.write(run.stdout.slice(-4000) + run.stderr.slice(-4000));
    throw new Error(`build of ${n} articles failed (exit ${run.status})`);
  }
  const [, maxKb, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return {
    n,
    warm,
    wall,
    cpu: user + sys,
    peakMiB: maxKb / 1024,
    pages: count(outDir, (f) => f.endsWith('.html')) - count(join(outDir, 'pagefind'), (f) => f.endsWith('.html')),
    indexFiles: count(join(outDir, 'pagefind'), () => true),
  };
}

if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is needed for peak memory (Debian package "time").');
mkdirSync(WORK, { recursive: true });
const cpu = execFileSync('nproc', { encoding: 'utf8' }).trim();
const rows = [];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
process.stderr.write(`Load average (1 / 5 / 15 min) at the start: ${load()}\n`);
for (const n of SIZES) {
  const dir = generate(n);
  for (const warm of process.env.BENCH_WARM ? [false, true] : [false]) {
    process.stderr.write(`› ${n} articles, ${warm ? 'warm' : 'cold'}: building…\n`);
    const row = build(n, dir, warm);
    rows.push(row);
    process.stderr.write(
      `  ${row.wall.toFixed(1)} s (${row.cpu.toFixed(1)} s CPU), ${row.peakMiB.toFixed(0)} MiB peak, ${row.pages} pages, ${row.indexFiles} index files\n`,
    );
  }
}
console.log(`\nScale benchmark (${cpu} cores; load average at the end ${load()})\n`);
console.log(
  '| articles | caches | pages built | build + index wall time | CPU time (user + sys) | peak memory (max RSS) | search index files |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.n} | ${r.warm ? 'warm' : 'cold'} | ${r.pages} | ${r.wall.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${r.peakMiB.toFixed(0)} MiB | ${r.indexFiles} |`,
  );
const cold = rows.filter((r) => !r.warm);
if (cold.length >= 2) {
  const [a, b] = [cold[0], cold.at(-1)];
  console.log(
    `\nCold builds: ${b.n}/${a.n} wall-time ratio ${(b.wall / a.wall).toFixed(2)}× (target ≤ 11×), CPU-time ratio ${(b.cpu / a.cpu).toFixed(2)}×; ${b.n} articles in ${b.wall.toFixed(1)} s (target ≤ 60 s).`,
  );
}
