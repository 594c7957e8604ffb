import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANKING } from '../../src/search/ranking.ts';

/**
 * Search in `astro dev`: the dev server builds an index of the current content when it starts and
 * serves it at /pagefind/ with a status the UI shows. Starts a real dev server (no build needed).
 */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

let server: ChildProcess;
let origin = '';
let log = '';

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The dev server must not inherit the test runner's mode (NODE_ENV=test, VITEST*).
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^VITEST|^NODE_ENV$|^TEST$/.test(k))),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  server.stdout!.on('data', (d) => (log += String(d)));
  server.stderr!.on('data', (d) => (log += String(d)));
  server.on('error', (e) => (log += `spawn error: ${e.message}`));
  server.on('exit', (code) => (log += `exited with ${code}`));
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const status = await fetch(`${origin}/pagefind/dev-status.json`)
      .then((r) => r.json())
      .catch(() => null);
    if (status?.builtAt && !status.stale) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`dev index never built (${process.execPath}):\n${log.slice(-2000)}`);
}, 180_000);

afterAll(() => {
  server?.kill();
});

describe('search in the dev server', () => {
  it('reports a fresh index of the current pages', async () => {
    const status = await (await fetch(`${origin}/pagefind/dev-status.json`)).json();
    expect(status.error).toBeNull();
    expect(status.pages).toBeGreaterThanOrEqual(9);
    expect(Date.parse(status.builtAt)).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('serves the Component UI and the vocabulary, and finds the hybrid article for "hybrid"', async () => {
    for (const file of ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'site-vocabulary.json']) {
      expect((await fetch(`${origin}/pagefind/${file}`)).status, file).toBe(200);
    }
    // Load Pagefind's own module from the dev server and search the served index over HTTP.
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-dev-'));
    writeFileSync(join(dir, 'pagefind.mjs'), await (await fetch(`${origin}/pagefind/pagefind.js`)).text());
    const pagefind = await import(pathToFileURL(join(dir, 'pagefind.mjs')).href);
    await pagefind.options({ basePath: `${origin}/pagefind/`, noWorker: true, ranking: RANKING });
    const { results } = await pagefind.search('hybrid');
    const urls = (
      await Promise.all(results.slice(0, 3).map((r: { data(): Promise<{ url: string }> }) => r.data()))
    ).map((d) => d.url);
    expect(
      urls.some((u) => u.endsWith('/articles/hybrid-it-support/')),
      urls.join(', '),
    ).toBe(true);
  });

  it('answers 404 for a file that is not in the index', async () => {
    expect((await fetch(`${origin}/pagefind/nope.js`)).status).toBe(404);
  });
});
