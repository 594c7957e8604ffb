// Lighthouse (mobile, default simulated throttling) on system Chromium, offline, against a build.
// Used by test/e2e/lighthouse.spec.ts (which asserts accessibility, best practices and SEO) and, for
// performance and Web Vitals, a benchmark on its own (npm run bench:lighthouse):
//   npx astro build && node scripts/lighthouse.mjs            # prints a Markdown table for BENCHMARKS.md
//   ASTRO_OUT_DIR=.tmp/x/dist node scripts/lighthouse.mjs     # another build folder
// Pages: home, one article, each calculator, the search page and one embed, found in the build.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ALL_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Launch headless Chromium with remote debugging; resolves once DevTools answers. */
export async function launchChromium(port) {
  const proc = spawn(
    CHROMIUM,
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--user-data-dir=/tmp/lighthouse-chromium-${port}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (r.ok) return { kill: () => proc.kill('SIGKILL') };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`Chromium did not open its DevTools port ${port}`);
}

/**
 * Audits left out for a page, with the reason: embed pages carry `noindex` on purpose (a chromeless
 * copy of a calculator page must not compete with it in search results), which `is-crawlable` reports.
 */
export function skippedAudits(path) {
  return /^\/embed\/[^/]+\/$/.test(path) ? ['is-crawlable'] : [];
}

/**
 * Scores (0–100) and metrics of one Lighthouse run. `categories` narrows the run: the test suite audits only
 * the categories whose result does not depend on how busy the machine is (performance is a timing, so it
 * is a benchmark: this script run on its own, `npm run bench:lighthouse`).
 */
export async function audit(url, port, categories = ALL_CATEGORIES) {
  const skipAudits = skippedAudits(new URL(url).pathname);
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    ...(skipAudits.length ? { skipAudits } : {}),
  });
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const score = (id) => (lhr.categories[id] ? Math.round((lhr.categories[id].score ?? 0) * 100) : NaN);
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = Object.values(lhr.categories).flatMap((c) =>
    c.id === 'performance'
      ? []
      : c.auditRefs
          .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
          .map((r) => `${c.id}: ${r.id} — ${lhr.audits[r.id].title}`),
  );
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failing,
  };
}

/** Which pages to audit, from a build folder's HTML files. */
export function pagesToAudit(outDir) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const paths = walk(outDir)
    .map((f) => relative(outDir, f).split(sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .map((f) => '/' + f.replace(/index\.html$/, ''))
    .sort();
  const html = (p) => readFileSync(join(outDir, p, 'index.html'), 'utf8');
  const article = paths.find((p) => /^\/articles\/[^/]+\/$/.test(p));
  const calculators = paths.filter((p) => /^\/calculators\/[^/]+\/$/.test(p) && /\bdata-island=/.test(html(p)));
  const embed = paths.find((p) => /^\/embed\/[^/]+\/$/.test(p) && /\sdata-embed="/.test(html(p)));
  return ['/', article, ...calculators, paths.includes('/search/') ? '/search/' : undefined, embed].filter(Boolean);
}

/** Markdown table of results. */
export function table(rows) {
  const ms = (v) => `${Math.round(v)} ms`;
  return [
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${new URL(r.url).pathname} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} |`,
    ),
  ].join('\n');
}

/** A minimal static server for a build folder (directory index, 404 page). */
async function serve(outDir, port) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.png': 'image/png',
    '.xml': 'application/xml',
    '.txt': 'text/plain',
    '.wasm': 'application/wasm',
  };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(outDir, path);
    const found = !path.includes('..') && existsSync(file) && statSync(file).isFile();
    const ext = (found ? file : '.html').match(/\.[a-z0-9]+$/i)?.[0] ?? '';
    res.writeHead(found ? 200 : 404, { 'content-type': types[ext] ?? 'application/octet-stream' });
    res.end(readFileSync(found ? file : join(outDir, '404.html')));
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(`No build in ${outDir}/: run \`npx astro build\` first.`);
  const sitePort = Number(process.env.LH_SITE_PORT ?? 4391);
  const debugPort = Number(process.env.LH_DEBUG_PORT ?? 9333);
  const server = await serve(outDir, sitePort);
  const chromium = await launchChromium(debugPort);
  const rows = [];
  try {
    // LH_ONLY=/a/,/b/ audits just those pages.
    const only = process.env.LH_ONLY?.split(',');
    for (const path of pagesToAudit(outDir).filter((p) => !only || only.includes(p))) {
      const r = await audit(`http://127.0.0.1:${sitePort}${path}`, debugPort);
      rows.push(r);
      process.stderr.write(
        `${path}: ${r.performance}/${r.accessibility}/${r.bestPractices}/${r.seo}${r.failing.length ? `  ${r.failing.join('; ')}` : ''}\n`,
      );
    }
  } finally {
    chromium.kill();
    server.close();
  }
  console.log(table(rows));
}
