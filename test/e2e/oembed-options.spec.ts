import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { BASE_URL } from '../../playwright.config.ts';
import { DIST } from '../build/dist.ts';

/**
 * The dynamic oEmbed answer as Cloudflare's local runtime serves it: the build's `_worker.js` (src/embed/
 * oembed-worker.ts) behind `_routes.json`. Requests are the ones WordPress's WP_oEmbed::fetch() makes: the
 * discovered endpoint plus maxwidth, maxheight, url (the pasted address) and dnt.
 */

interface OembedJson {
  type: string;
  version: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}
const staticFile = (slug: string) => readFileSync(join(DIST, 'oembed', `${slug}.json`), 'utf8');
/** The public origin the build names (SITE_URL), as the static files carry it. */
const SITE = (JSON.parse(staticFile('uptime')) as OembedJson).provider_url.replace(/\/$/, '');

const ask = (slug: string, pasted: string, extra = '') =>
  `/oembed/${slug}.json?maxwidth=640&maxheight=960&url=${encodeURIComponent(pasted)}&dnt=1${extra}`;
/** The iframe src of an oEmbed html, attribute-decoded. */
const frameSrc = (html: string) => /<iframe [^>]*src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
const header = (r: APIResponse, name: string) => r.headers()[name] ?? '';

const OPTIONS =
  'theme=dark&accent=%23ffb3c8&currency=EUR&provider=Acme%20IT&pu=120' +
  '&cta-label=Book%20a%20call&cta-url=https%3A%2F%2Facme.example%2Fcontact&hr=lots';

test.describe('oEmbed with a pasted address (wrangler pages dev running _worker.js)', () => {
  test("the frame gets the pasted address's options, with the static file's headers", async ({ request }) => {
    const r = await request.get(ask('cost-comparison', `${BASE_URL}/calculators/cost-comparison/?${OPTIONS}`));
    expect(r.status()).toBe(200);
    expect(header(r, 'content-type')).toBe('application/json+oembed; charset=utf-8');
    expect(header(r, 'access-control-allow-origin')).toBe('*');
    expect(header(r, 'cache-control')).toBe('public, max-age=86400');
    expect(header(r, 'x-content-type-options')).toBe('nosniff');
    expect(header(r, 'strict-transport-security')).toMatch(/max-age=\d{8,}/);
    const doc = (await r.json()) as OembedJson;
    // Hand-checked: the compact layout, then the options the embed page accepts; `hr=lots` is left out.
    expect(frameSrc(doc.html)).toBe(
      `${SITE}/embed/cost-comparison/?compact=1&theme=dark&show=inputs,summary&accent=%23ffb3c8` +
        '&by=Acme+IT&cta=Book+a+call&ctau=https%3A%2F%2Facme.example%2Fcontact&pu=120&cur=EUR',
    );
    const defaults = JSON.parse(staticFile('cost-comparison')) as OembedJson;
    expect({ ...doc, html: '' }).toEqual({ ...defaults, html: '' });
  });

  for (const { slug } of CALCULATORS) {
    test(`${slug}: the calculator and embed page addresses both carry a theme and a provider`, async ({ request }) => {
      for (const page of ['calculators', 'embed']) {
        const r = await request.get(ask(slug, `${BASE_URL}/${page}/${slug}/?theme=dark&provider=Acme%20IT`));
        expect(r.status(), page).toBe(200);
        const src = new URL(frameSrc(((await r.json()) as OembedJson).html));
        expect(src.origin + src.pathname).toBe(`${SITE}/embed/${slug}/`);
        expect([src.searchParams.get('compact'), src.searchParams.get('theme'), src.searchParams.get('by')]).toEqual([
          '1',
          'dark',
          'Acme IT',
        ]);
      }
    });
  }

  test('without a pasted address, or with another site, the answer is the static file', async ({ request }) => {
    const plain = await request.get('/oembed/uptime.json');
    expect(await plain.text()).toBe(staticFile('uptime'));
    const foreign = await request.get(ask('uptime', 'https://evil.example/calculators/uptime/?theme=dark'));
    expect(foreign.status()).toBe(200);
    expect(await foreign.text()).toBe(staticFile('uptime'));
  });

  test('another or unknown calculator: 404; another format: 501', async ({ request }) => {
    expect((await request.get(ask('uptime', `${BASE_URL}/calculators/downtime-cost/`))).status()).toBe(404);
    expect((await request.get(ask('uptime', `${BASE_URL}/calculators/nope/`))).status()).toBe(404);
    expect((await request.get(ask('nope', `${BASE_URL}/calculators/nope/`))).status()).toBe(404);
    expect((await request.get(ask('uptime', `${BASE_URL}/calculators/uptime/`, '&format=xml'))).status()).toBe(501);
  });

  test('the embed page shows what the answer asked for: dark, the provider, the price, the call to action', async ({
    page,
    request,
  }) => {
    const r = await request.get(ask('cost-comparison', `${BASE_URL}/calculators/cost-comparison/?${OPTIONS}`));
    const src = frameSrc(((await r.json()) as OembedJson).html).replace(SITE, BASE_URL);
    await page.goto(src);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.locator('html').evaluate((el) => el.style.getPropertyValue('--accent'))).toBe('#ffb3c8');
    await expect(page.locator('[data-embed-provider]')).toContainText('From Acme IT');
    await expect(page.locator('a[data-embed-cta]')).toHaveText('Book a call');
    await expect(page.locator('input[name="pu"]')).toHaveValue('120');
    await expect(page.locator('[data-calculator="cost-comparison"]')).toContainText('€');
    await expect(page.locator('[data-embed-notices]')).toBeHidden();
  });
});
