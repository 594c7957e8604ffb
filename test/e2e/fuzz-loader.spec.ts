import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { HOSTILE_EMBED_ATTRIBUTES, MARKER } from '../fixtures/hostile-inputs.ts';
import { CALCULATOR_SLUGS } from '../../src/calculators/registry.ts';
import { hydrate, injectionFindings, installTraps, resultProblems } from './hardening.ts';

/**
 * Hostile data-* attributes given to the embed loader (/embed.js) on a host page from another origin
 * (a small server on another port): nothing runs on the host or in the frames,
 * unknown calculators become plain text, known ones become one iframe of this site's embed page with
 * nothing but the loader's own attributes, and each frame still shows a valid result.
 */

const SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4321)}`;
// Another origin (another port) on the same loopback address, served by a real server below: Chromium
// lets neither another address space nor a routed (serverless) response load scripts from 127.0.0.1.
const HOST_PORT = Number(process.env.E2E_PORT ?? 4321) + 7;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const KNOWN: readonly string[] = CALCULATOR_SLUGS;
const IFRAME_ATTRIBUTES = new Set(['src', 'title', 'loading', 'allow', 'style']);

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function hostPage(): string {
  const divs = HOSTILE_EMBED_ATTRIBUTES.map((attrs, i) => {
    const list = Object.entries(attrs)
      .map(([k, v]) => ` data-${k}="${escape(v)}"`)
      .join('');
    return `<h2>Embed ${i}</h2><div id="e${i}"${list}></div>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main>${divs}</main><script src="${SITE}/embed.js" async></script></body></html>`;
}

let server: Server;
test.beforeAll(async () => {
  server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage()),
  );
  await new Promise<void>((done) => server.listen(HOST_PORT, '127.0.0.1', done));
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('embed loader: hostile data-* attributes run nothing and inject nothing, on the host or in the frames', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const traps = await installTraps(page);
  await page.goto(`${HOST}/`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-itse-mounted]').length === n,
    HOSTILE_EMBED_ATTRIBUTES.length,
    { timeout: 15_000 },
  );

  for (const [i, attrs] of HOSTILE_EMBED_ATTRIBUTES.entries()) {
    const div = page.locator(`#e${i}`);
    const slug = attrs.calculator!;
    if (!KNOWN.includes(slug)) {
      await expect(div.locator('*'), `unknown calculator ${slug.slice(0, 40)}: text only`).toHaveCount(0);
      await expect(div).not.toHaveText('');
      continue;
    }
    const iframe = div.locator('iframe');
    await expect(iframe).toHaveCount(1);
    const { src, names, style } = await iframe.evaluate((f) => ({
      src: f.getAttribute('src') ?? '',
      names: f.getAttributeNames(),
      style: f.getAttribute('style') ?? '',
    }));
    expect(src.startsWith(`${SITE}/embed/${slug}/`), src).toBe(true);
    expect(
      names.filter((n) => !IFRAME_ATTRIBUTES.has(n)),
      'iframe attributes',
    ).toEqual([]);
    expect(style).not.toMatch(/url\(|javascript|expression|pwned/i);
  }
  expect(await injectionFindings(page, {}), 'host page').toEqual([]);

  // Load every frame and check it from the inside.
  const frames = page.locator('iframe');
  for (let i = 0; i < (await frames.count()); i++) {
    const handle = await frames.nth(i).elementHandle();
    await handle!.scrollIntoViewIfNeeded();
    const frame = await handle!.contentFrame();
    await frame!.waitForLoadState('load');
    await hydrate(frame!);
    expect(await injectionFindings(frame!, {}), `frame ${i}`).toEqual([]);
    expect(await resultProblems(frame!), `frame ${i}`).toEqual([]);
  }
  expect(traps.dialogs).toEqual([]);
  expect(traps.console.filter((l) => l.includes(MARKER) || /Refused|pageerror/.test(l))).toEqual([]);
});
