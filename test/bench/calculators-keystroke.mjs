/**
 * Keystroke → updated result, per calculator, in Chromium against a built site (recorded in
 * BENCHMARKS.md, never asserted). Serve a build first, e.g.
 *   ASTRO_OUT_DIR=.tmp/calc/dist npx astro preview --port 4351 --host 127.0.0.1 --ignore-lock &
 *   node test/bench/calculators-keystroke.mjs http://127.0.0.1:4351 60
 * For each keystroke the page records performance.now() at keydown (capture phase), then the time the
 * result element's text changed (MutationObserver) and the next frame after it (rAF), i.e. painted.
 * Before the keystrokes it times the first focus in the calculator until the island is live: a page
 * opened with the defaults runs only the start-up module until then, so that focus loads the calculator's
 * code and hydrates it (src/islands/hydration/start/mount.ts).
 */
import { chromium } from 'playwright-core';

const BASE = process.argv[2] ?? 'http://127.0.0.1:4351';
const N = Number(process.argv[3] ?? 60);

/** What to type on each page: the field to focus and the result element to watch. */
const CASES = [
  { slug: 'downtime-cost', field: 'input[name="st"]', watch: '[id$="-headline"]' },
  { slug: 'cost-comparison', field: 'input[name="rq"]', watch: '[id$="-headline"]' },
  { slug: 'hybrid-planner', field: 'input[name="hr"]', watch: '[id$="-headline"]' },
  { slug: 'uptime', field: 'input[name="a"]', watch: '[id$="-headline"]' },
  { slug: 'which-model', field: 'input[type="radio"]', watch: '[id$="-headline"]', radio: true },
];

const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const rows = [];
for (const c of CASES) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${BASE}/calculators/${c.slug}/`);
  await page.waitForTimeout(300);
  // Focus wakes the island: its code loads (component, Preact, stores, model), then it hydrates.
  const wake = await page.evaluate(
    (sel) =>
      new Promise((done) => {
        const root = document.querySelector(sel).closest('[data-island]');
        const t0 = performance.now();
        new MutationObserver((_, o) => {
          if (!root.hasAttribute('data-hydrated')) return;
          o.disconnect();
          done(performance.now() - t0);
        }).observe(root, { attributes: true });
        document.querySelector(sel).focus();
      }),
    c.field,
  );
  if (await page.locator('[data-island][data-ssr]').count())
    throw new Error(`${c.slug}: focus did not hydrate the island`);
  await page.waitForTimeout(300);
  await page.evaluate((watch) => {
    const w = window;
    w.__lat = [];
    addEventListener(
      'keydown',
      () => {
        w.__t0 = performance.now();
        w.__done = false;
      },
      true,
    );
    const el = document.querySelector(watch);
    new MutationObserver(() => {
      if (w.__done || w.__t0 === undefined) return;
      w.__done = true;
      const dom = performance.now() - w.__t0;
      requestAnimationFrame(() => setTimeout(() => w.__lat.push([dom, performance.now() - w.__t0]), 0));
    }).observe(el.parentElement, { subtree: true, characterData: true, childList: true });
  }, c.watch);
  await page.locator(c.field).first().focus();
  for (let i = 0; i < N; i++) {
    const before = await page.evaluate(() => window.__lat.length);
    if (c.radio) await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown');
    else {
      await page.keyboard.press('ControlOrMeta+a');
      await page.evaluate(() => {
        window.__t0 = undefined;
      });
      await page.keyboard.press(String(1 + (i % 9)));
    }
    // Wait for this keystroke's sample (or give up after 2 s) so samples never overlap.
    await page.waitForFunction((n) => window.__lat.length > n, before, { timeout: 2000 }).catch(() => {});
    await page.waitForTimeout(50);
  }
  const lat = await page.evaluate(() => window.__lat);
  const dom = lat.map((x) => x[0]);
  const paint = lat.map((x) => x[1]);
  rows.push({
    slug: c.slug,
    wake,
    n: lat.length,
    domP50: pct(dom, 0.5),
    domP95: pct(dom, 0.95),
    paintP50: pct(paint, 0.5),
    paintP95: pct(paint, 0.95),
  });
  await page.close();
}
await browser.close();
const f = (x) => (x === undefined ? '—' : x.toFixed(1));
console.log('| calculator | first focus (hydrates) | keystrokes | DOM updated p50 | p95 | painted p50 | p95 |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.slug} | ${f(r.wake)} ms | ${r.n} | ${f(r.domP50)} ms | ${f(r.domP95)} ms | ${f(r.paintP50)} ms | ${f(r.paintP95)} ms |`,
  );
