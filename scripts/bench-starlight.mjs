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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';

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

const log = (line) => process.stderr.write(`${line}\n`);
const load = () => loadavg()[0].toFixed(1);
// npm scripts run on the project's Node (the `node` dev dependency); children get the same one first on PATH.
const childEnv = {
  ...process.env,
  PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};
function run(command, args, cwd, env = childEnv) {
  const r = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} failed (exit ${r.status ?? r.signal}):\n${tail}`);
  }
  return r.stdout;
}

/** Plain Markdown of an MDX article, and what was left out or turned into something else. */
function articleToMarkdown(mdx, sources) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error(`content/articles/${SLUG}.mdx has no frontmatter.`);
  const field = (name) => {
    const m = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(match[1]);
    return m ? m[1].trim().replace(/^(["'])(.*)\1$/, '$2') : '';
  };
  const dropped = [];
  const cited = [];
  const attr = (tag, name) => new RegExp(`\\b${name}=(["'])(.*?)\\1`).exec(tag)?.[2] ?? '';
  const footnote = (id) => {
    if (!cited.includes(id)) cited.push(id);
    return `[^${id}]`;
  };
  let body = mdx
    .slice(match[0].length)
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<InShort[^>]*>/g, '## In short')
    .replace(/<\/InShort>/g, '')
    .replace(/<Callout([^>]*)>/g, (tag, attrs) => {
      const type = { note: 'note', tip: 'tip', warning: 'caution' }[attr(attrs, 'type') || 'note'] ?? 'note';
      const title = attr(attrs, 'title');
      return `:::${type}${title ? `[${title}]` : ''}`;
    })
    .replace(/<\/Callout>/g, ':::')
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<Cite\s+id=(["'])(.*?)\1\s*\/>/g, (_, __, id) => footnote(id))
    .replace(/<KeyFigure\b([^<>]*)\/>/g, (_, attrs) => {
      const source = attr(attrs, 'source');
      return `**${attr(attrs, 'value')}**: ${attr(attrs, 'label')}${source ? ` ${footnote(source)}` : ''}`;
    })
    .replace(/<ProsCons\b([^<>]*)\/>/g, (_, attrs) => {
      const list = (name) =>
        [...(new RegExp(`${name}=\\{\\[([\\s\\S]*?)\\]\\}`).exec(attrs)?.[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)]
          .map((m) => `- ${m[1]}`)
          .join('\n');
      const title = attr(attrs, 'title');
      return `**${title}: pros**\n\n${list('pros')}\n\n**${title}: cons**\n\n${list('cons')}`;
    })
    // Anything else self-closing (the calculator card, diagrams) has no plain-text form: left out, and named.
    .replace(/<([A-Z][A-Za-z]*)\b[^<>]*\/>/g, (tag, name) => {
      dropped.push(name === 'Calculator' ? `a calculator card (${attr(tag, 'slug')})` : name);
      return '';
    })
    // Wrappers such as <WideTable>: their Markdown content stays.
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const notes = cited.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`<Cite id="${id}"> in ${SLUG}.mdx: no such source in content/sources.json.`);
    return `[^${id}]: ${s.publisher}, ${s.title}${s.year ? ` (${s.year})` : ''}.`;
  });
  if (notes.length) body += `\n\n${notes.join('\n')}`;
  const yaml = (s) => JSON.stringify(s);
  return {
    markdown: `---\ntitle: ${yaml(field('title'))}\ndescription: ${yaml(field('description'))}\n---\n\n${body}\n`,
    dropped,
  };
}

/** Installs Astro and Starlight into WORK unless the right versions are already there. */
function ensureStarlight() {
  mkdirSync(WORK, { recursive: true });
  const installed = (name) => {
    const file = join(WORK, 'node_modules', name, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
  };
  if (installed('astro') === ASTRO_VERSION && installed('@astrojs/starlight') === STARLIGHT_VERSION) return;
  writeFileSync(
    join(WORK, 'package.json'),
    `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', allowScripts: { esbuild: true } }, null, 2)}\n`,
  );
  log(`installing astro@${ASTRO_VERSION} @astrojs/starlight@${STARLIGHT_VERSION} into ${WORK} …`);
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', `astro@${ASTRO_VERSION}`, `@astrojs/starlight@${STARLIGHT_VERSION}`],
    WORK,
  );
}

/** Writes the one-page Starlight site and builds it; returns its output folder. */
function buildStarlight(markdown, title) {
  rmSync(join(WORK, 'src'), { recursive: true, force: true });
  mkdirSync(join(WORK, 'src/content/docs/articles'), { recursive: true });
  writeFileSync(join(WORK, 'src/content/docs/articles', `${SLUG}.md`), markdown);
  writeFileSync(
    join(WORK, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(
    join(WORK, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'http://127.0.0.1:${PORT + 1}',
  integrations: [starlight({ title: ${JSON.stringify(title)} })],
});
`,
  );
  rmSync(join(WORK, 'dist'), { recursive: true, force: true });
  log(`building the Starlight page (${WORK}) …`);
  run(process.execPath, [join(WORK, 'node_modules/astro/bin/astro.mjs'), 'build'], WORK);
  return join(WORK, 'dist');
}

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

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|image\/svg|application\/(json|xml))/;
const gz = (buf) => gzipSync(buf, { level: 9 });

/** Where a URL path lands in a build folder (directory index), or undefined. */
function fileFor(dir, pathname) {
  let path = decodeURIComponent(pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dir, path);
  return !path.includes('..') && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A static server for a build folder: directory index, 404 page, gzip when the client takes it. */
async function serve(dir, port) {
  const server = createServer((req, res) => {
    const file = fileFor(dir, new URL(req.url ?? '/', 'http://x').pathname);
    const notFound = join(dir, '404.html');
    const type = TYPES[extname(file ?? '.html')] ?? 'application/octet-stream';
    let body = file ? readFileSync(file) : existsSync(notFound) ? readFileSync(notFound) : Buffer.from('Not found');
    const headers = { 'content-type': type };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gz(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(file ? 200 : 404, headers);
    res.end(body);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return server;
}

/** One Lighthouse run: metrics, and the gzip bytes of what the page loaded, by kind. */
async function audit(url, dir, debugPort) {
  const { lhr } = await lighthouse(url, {
    port: debugPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const bytes = { html: 0, js: 0, css: 0, other: 0 };
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  for (const item of requests) {
    const u = new URL(item.url);
    const file = u.origin === new URL(url).origin ? fileFor(dir, u.pathname) : undefined;
    if (!file) continue;
    const kind = { '.html': 'html', '.js': 'js', '.mjs': 'js', '.css': 'css' }[extname(file)] ?? 'other';
    bytes[kind] += gz(readFileSync(file)).length;
  }
  const blocking = (lhr.audits['render-blocking-insight']?.details?.items ?? [])
    .map((i) => (typeof i.url === 'string' ? new URL(i.url).pathname : undefined))
    .filter(Boolean);
  const lcpNode = (function find(d) {
    if (!d || typeof d !== 'object') return undefined;
    if (d.type === 'node') return d;
    for (const v of Object.values(d)) {
      const found = find(v);
      if (found) return found;
    }
    return undefined;
  })(lhr.audits['lcp-breakdown-insight']?.details);
  return {
    lhr,
    lcpElement: lcpNode ? `${lcpNode.snippet ?? ''} "${String(lcpNode.nodeLabel ?? '').slice(0, 60)}"` : '?',
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    bytes,
    requests: requests.length,
    blocking,
  };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const articleFile = join(ROOT, 'content/articles', `${SLUG}.mdx`);
if (!existsSync(articleFile)) throw new Error(`No article ${articleFile} (BENCH_ARTICLE="${SLUG}").`);
const sources = JSON.parse(readFileSync(join(ROOT, 'content/sources.json'), 'utf8'));
const { markdown, dropped } = articleToMarkdown(readFileSync(articleFile, 'utf8'), sources);
ensureStarlight();
const starlightDir = buildStarlight(markdown, 'IT Support, Explained');
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
