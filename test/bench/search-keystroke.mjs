/**
 * Last keystroke → results rendered in the warm search dialog, in Chromium against a built site
 * (recorded in BENCHMARKS.md, never asserted). Serve a build first, e.g.
 *   ASTRO_OUT_DIR=/tmp/search-dist npx astro preview --port 4830 --host 127.0.0.1 --ignore-lock &
 *   node test/bench/search-keystroke.mjs http://127.0.0.1:4830 40
 * The dialog is opened and one search run first (Pagefind, its WebAssembly and the pipeline's data
 * loaded). Then each reader query is typed a key at a time; the time runs from the keydown of its last
 * key (capture phase) to the frame after the status line names that query and the first result has
 * rendered, so it includes the input's debounce, every Pagefind search the pipeline runs, and rendering.
 */
import { chromium } from 'playwright-core';

const BASE = process.argv[2] ?? 'http://127.0.0.1:4830';
const N = Number(process.argv[3] ?? 40);
const QUERIES = [
  'hourly rate',
  'break fix vs msp',
  'what is mttr',
  'uptme calculater',
  'it outsourcing',
  'per user pricing',
  'cost of downtime',
  'how much does managed it cost',
  'response time vs resolution time',
  'hybird support',
  'minimise downtime',
  'service level agreement',
  'questions to ask an msp',
  'block hours',
  'computer repair',
  'embed calculator wordpress',
  'five nines',
  'ransomware',
  'patches',
  'managed services contract',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * (xs.length - 1) + 0.5))];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await (await browser.newContext()).newPage();
await page.goto(`${BASE}/articles/what-is-break-fix/`);
await page.getByRole('button', { name: 'Quick search' }).click();
const input = page.locator('dialog.pf-modal pagefind-input input');
await input.waitFor();
await page.keyboard.type('managed services');
await page.locator('dialog.pf-modal .search-count').filter({ hasText: '“managed services”' }).waitFor();

await page.evaluate(() => {
  window.__lastKey = 0;
  document.addEventListener('keydown', () => (window.__lastKey = performance.now()), true);
});
const times = [];
for (let i = 0; i < N; i++) {
  const q = QUERIES[i % QUERIES.length];
  await input.fill('');
  await page.locator('dialog.pf-modal .search-count').filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
  const done = page.evaluate(
    (query) =>
      new Promise((resolve) => {
        const body = document.querySelector('dialog.pf-modal pagefind-modal-body');
        const check = () => {
          const status = body.querySelector('.search-count')?.textContent ?? '';
          const named = status.includes(`“${query}”`) || body.querySelector('.search-correction:not([hidden])');
          const shown = /^No /.test(status) || body.querySelector('pagefind-results a.pf-result-link');
          if (named && shown && status) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - window.__lastKey));
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(body, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
    q,
  );
  await page.keyboard.type(q, { delay: 30 });
  times.push(await done);
}
await browser.close();
console.log(
  `last keystroke → results rendered, warm dialog, ${times.length} queries: median ${median(times).toFixed(0)} ms, ` +
    `p90 ${pct(times, 0.9).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
);
