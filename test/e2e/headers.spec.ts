import { expect, test, type APIResponse } from '@playwright/test';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { allPagePaths, DIST, walk } from '../build/dist.ts';
import { parseCsp } from '../build/headers-file.ts';
import { BASE_URL } from '../../playwright.config.ts';

/**
 * The response headers as the host sends them: playwright.config.ts serves the build with Cloudflare's own
 * local runtime, which applies public/_headers. test/build/headers.test.ts checks the file's rules; this
 * reads what a browser really gets for every page type, and frames pages from another origin.
 */

const HOST = BASE_URL.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`);
const pages = allPagePaths().filter((p) => p !== '/404');
/** The calculators' embed pages in this build (the registry may list one not built yet). */
const EMBEDS = new Set(CALCULATORS.map((c) => `/embed/${c.slug}/`).filter((p) => pages.includes(p)));
const OEMBEDS = walk(`${DIST}/oembed`).filter((f) => f.endsWith('.json'));

const header = (r: APIResponse, name: string) => r.headers()[name.toLowerCase()] ?? '';
const ancestors = (r: APIResponse) => parseCsp(header(r, 'content-security-policy')).get('frame-ancestors');

/** What every response carries, whatever its type. */
function expectBaseline(r: APIResponse): void {
  expect(header(r, 'x-content-type-options')).toBe('nosniff');
  expect(header(r, 'strict-transport-security')).toMatch(/max-age=\d{8,}; includeSubDomains/);
  expect(header(r, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(header(r, 'permissions-policy')).toContain('camera=()');
}

test.describe('headers as served (wrangler pages dev applying public/_headers)', () => {
  test('the server applies _headers at all (astro preview would send none of these)', async ({ request }) => {
    const r = await request.get('/');
    expect(r.status()).toBe(200);
    expect(header(r, 'content-security-policy')).not.toBe('');
    expect(header(r, 'x-frame-options')).toBe('SAMEORIGIN');
  });

  test('there are embed and other pages to check', () => {
    expect(EMBEDS.size).toBeGreaterThanOrEqual(5);
    expect(OEMBEDS).toHaveLength(EMBEDS.size);
    expect(pages.length).toBeGreaterThan(EMBEDS.size + 5);
  });

  for (const path of pages) {
    const embed = EMBEDS.has(path);
    test(`${path}: ${embed ? 'frameable by any site, no X-Frame-Options' : "frame-ancestors 'self' and X-Frame-Options"}, HTML revalidates`, async ({
      request,
    }) => {
      const r = await request.get(path, { maxRedirects: 0 });
      expect(r.status()).toBe(200);
      expect(header(r, 'content-type')).toContain('text/html');
      expectBaseline(r);
      // Embeds carry no frame-ancestors: `*` would refuse a sandboxed (opaque-origin) ancestor.
      expect(ancestors(r)).toBe(embed ? undefined : "'self'");
      expect(header(r, 'x-frame-options')).toBe(embed ? '' : 'SAMEORIGIN');
      expect(header(r, 'cache-control')).toBe('public, max-age=0, must-revalidate');
      // One policy, not two merged by a comma (which would enforce both and so block every embed).
      expect(header(r, 'content-security-policy')).not.toContain(',');
      const policy = parseCsp(header(r, 'content-security-policy'));
      expect(policy.get('object-src')).toBe("'none'");
      expect(policy.has('script-src'), "the page's <meta> carries script-src with its hashes").toBe(false);
    });
  }

  test('/index.html and every page under its file name: never served without the framing rule', async ({ request }) => {
    for (const path of pages) {
      const r = await request.get(`${path}index.html`, { maxRedirects: 0 });
      // Cloudflare sends the file name to the address; a host serving it as it is must frame-protect it too,
      // and leave an embed without frame-ancestors, as under its address.
      if (r.status() === 200) expect(ancestors(r), path).toBe(EMBEDS.has(path) ? undefined : "'self'");
      else {
        expect(r.status(), path).toBe(308);
        expect(header(r, 'location'), path).toBe(path);
      }
    }
    const index = await request.get('/index.html', { maxRedirects: 0 });
    expect([200, 308]).toContain(index.status());
  });

  test('a missing page: 404 with the site 404 page', async ({ request }) => {
    const r = await request.get('/no-such-page/');
    expect(r.status()).toBe(404);
    expect(await r.text()).toContain('<html');
  });

  test('hashed assets: immutable for a year, readable cross-origin (sandboxed WordPress frames)', async ({
    request,
  }) => {
    const assets = walk(`${DIST}/_astro`).filter((f) => /\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of [assets.find((a) => a.endsWith('.js'))!, assets.find((a) => a.endsWith('.css'))!]) {
      const r = await request.get(`/_astro/${f}`);
      expect(r.status(), f).toBe(200);
      expectBaseline(r);
      expect(header(r, 'cache-control')).toBe('public, max-age=31536000, immutable');
      expect(header(r, 'access-control-allow-origin')).toBe('*');
    }
  });

  test('/embed.js: JavaScript, cached an hour, revalidated', async ({ request }) => {
    const r = await request.get('/embed.js');
    expect(r.status()).toBe(200);
    expectBaseline(r);
    expect(header(r, 'content-type')).toMatch(/javascript/);
    expect(header(r, 'cache-control')).toBe('public, max-age=3600, must-revalidate');
  });

  test('oEmbed JSON: readable from any origin, cached a day', async ({ request }) => {
    for (const file of OEMBEDS) {
      const r = await request.get(`/oembed/${file}`);
      expect(r.status(), file).toBe(200);
      expectBaseline(r);
      expect(header(r, 'content-type')).toContain('application/json');
      expect(header(r, 'access-control-allow-origin')).toBe('*');
      expect(header(r, 'cache-control')).toBe('public, max-age=86400');
      expect((await r.json()) as { type?: string }).toMatchObject({ type: 'rich' });
    }
  });

  test('another origin can frame an embed but not an article, a calculator page or the home page', async ({ page }) => {
    const article = pages.find((p) => p.startsWith('/articles/') && p !== '/articles/')!;
    const targets = ['/embed/uptime/', '/calculators/uptime/', '/', '/index.html', article];
    // A real page of the other origin (a route-fulfilled one would be refused loopback frames by Chromium).
    await page.goto(`${HOST}/blank.html`);
    await page.evaluate(
      ({ site, targets }) => {
        for (const t of targets) {
          const frame = document.createElement('iframe');
          frame.src = site + t;
          frame.title = t;
          document.body.append(frame);
        }
      },
      { site: BASE_URL, targets },
    );
    /** 'shown' once a frame shows the page, 'blocked' once the browser has put its error page in its place. */
    const state = async (title: string) => {
      const content = await (await page.locator(`iframe[title="${title}"]`).elementHandle())?.contentFrame();
      if (!content || content.url() === 'about:blank' || !content.url()) return 'pending';
      await content.waitForLoadState('load');
      const shown = await content.evaluate(() => !!document.querySelector('main')).catch(() => false);
      return shown ? 'shown' : content.url().startsWith('chrome-error:') ? 'blocked' : 'pending';
    };
    await expect.poll(() => state('/embed/uptime/')).toBe('shown');
    for (const t of targets.slice(1)) await expect.poll(() => state(t), t).toBe('blocked');
  });
});
