import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../calculators/registry.ts';
import { oembedAnswer, oembedWorker, type Assets } from './oembed-answer.ts';
import { oembedDocument } from './oembed.ts';

const SITE = { site: 'https://calc.example', providerName: 'Calc' };
const LOCAL = 'http://127.0.0.1:4321';
/** What WordPress's WP_oEmbed::fetch() asks for: maxwidth, maxheight, url (the pasted address) and dnt. */
const wordpress = (url: string, extra = '') =>
  new URLSearchParams(`maxwidth=600&maxheight=900&url=${encodeURIComponent(url)}&dnt=1${extra}`);
const answer = (slug: string, params: URLSearchParams, origin = LOCAL) =>
  oembedAnswer(`/oembed/${slug}.json`, params, origin, SITE);
/** The iframe's src attribute, as a browser would read it. */
const frameSrc = (html: string) =>
  /<iframe [^>]*src="([^"]+)"/
    .exec(html)![1]!
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('oembedAnswer', () => {
  it("gives the pasted address's options to the frame (hand-checked src)", () => {
    const pasted =
      'https://calc.example/calculators/cost-comparison/?theme=dark&accent=%23ffb3c8&currency=EUR' +
      '&provider=Acme%20IT&pu=120&cta-label=Book%20a%20call&cta-url=https%3A%2F%2Facme.example%2Fcontact';
    const a = answer('cost-comparison', wordpress(pasted));
    expect(a.status).toBe(200);
    if (a.status !== 200) return;
    expect(frameSrc(a.document.html)).toBe(
      'https://calc.example/embed/cost-comparison/?compact=1&theme=dark&show=inputs,summary&accent=%23ffb3c8' +
        '&by=Acme+IT&cta=Book+a+call&ctau=https%3A%2F%2Facme.example%2Fcontact&pu=120&cur=EUR',
    );
    // Everything else is the static file's: size, title, the blockquote's link, the provider.
    const defaults = oembedDocument('cost-comparison', 'https://calc.example/', 'Calc');
    expect({ ...a.document, html: '' }).toEqual({ ...defaults, html: '' });
    expect(a.document.html.split('<iframe')[0]).toBe(defaults.html.split('<iframe')[0]);
  });

  it('answers for the origin the request came to (a preview deployment) and the embed page address', () => {
    const a = answer('uptime', wordpress(`${LOCAL}/embed/uptime/?a=99.5&theme=dark`));
    expect(a.status === 200 && frameSrc(a.document.html)).toBe(
      'https://calc.example/embed/uptime/?compact=1&theme=dark&show=availability&a=99.5',
    );
  });

  it('answers the defaults, as the static file does, for any other address or none', () => {
    for (const slug of CALCULATORS.map((c) => c.slug)) {
      const defaults = oembedDocument(slug, 'https://calc.example/', 'Calc');
      for (const url of [
        `https://evil.example/calculators/${slug}/?theme=dark&provider=Evil`,
        `https://calc.example/articles/x/?theme=dark`,
        'not a url',
      ])
        expect(answer(slug, wordpress(url)), url).toEqual({ status: 200, document: defaults });
      expect(answer(slug, new URLSearchParams('format=json'))).toEqual({ status: 200, document: defaults });
      expect(answer(slug, wordpress(`https://calc.example/calculators/${slug}/?theme=purple&pu=abc&cur=JPY`))).toEqual({
        status: 200,
        document: defaults,
      });
    }
  });

  it('ignores maxwidth and maxheight, as the static file does (fluid width, the compact height)', () => {
    const url = 'https://calc.example/calculators/uptime/';
    const wide = answer('uptime', new URLSearchParams(`url=${url}&maxwidth=2000&maxheight=2000`));
    const narrow = answer('uptime', new URLSearchParams(`url=${url}&maxwidth=200&maxheight=100`));
    expect(wide).toEqual(narrow);
  });

  it('has no answer for an unknown calculator, another calculator or another format', () => {
    expect(answer('nope', wordpress('https://calc.example/calculators/uptime/'))).toEqual({ status: 404 });
    expect(oembedAnswer('/oembed/uptime.json/x', new URLSearchParams(), LOCAL, SITE)).toEqual({ status: 404 });
    expect(answer('uptime', wordpress('https://calc.example/calculators/nope/'))).toEqual({ status: 404 });
    expect(answer('uptime', wordpress('https://calc.example/embed/cost-comparison/'))).toEqual({ status: 404 });
    expect(answer('uptime', wordpress('https://calc.example/calculators/uptime/', '&format=xml'))).toEqual({
      status: 501,
    });
  });

  it('escapes every attribute: a hostile name or address stays inside its value', () => {
    const hostile = '"><script>alert(1)</script><b x=\'';
    const pasted =
      `https://calc.example/calculators/uptime/?provider=${encodeURIComponent(hostile)}` +
      `&cta-label=${encodeURIComponent(hostile)}&cta-url=${encodeURIComponent('https://acme.example/?a="><x>&b=1')}`;
    const a = answer('uptime', wordpress(pasted));
    if (a.status !== 200) throw new Error(`status ${a.status}`);
    // One blockquote with one link, one iframe, nothing else: no tag or attribute came from the address.
    expect(a.document.html.match(/<[a-z]+/g)).toEqual(['<blockquote', '<a', '<iframe']);
    expect(a.document.html).not.toMatch(/[<>"']script|alert\(1\)<|<b /);
    const src = new URL(frameSrc(a.document.html));
    expect(src.searchParams.get('by')).toBe(hostile.trim());
    expect(src.searchParams.get('cta')).toBe(hostile.trim());
    expect(src.searchParams.get('ctau')).toBe('https://acme.example/?a=%22%3E%3Cx%3E&b=1');
  });
});

/** Stand-in for Cloudflare's env.ASSETS: the static files, with the headers `_headers` gives them. */
function assets(): Assets & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async fetch(request) {
      const url = new URL(typeof request === 'string' ? request : request.url);
      asked.push(url.pathname + url.search);
      if (url.pathname !== '/oembed/uptime.json') return new Response('<h1>404</h1>', { status: 404 });
      return new Response('{"static":true}', {
        headers: {
          'content-type': 'application/json',
          'content-length': '15',
          etag: '"abc"',
          'access-control-allow-origin': '*',
          'cache-control': 'public, max-age=86400',
          'x-content-type-options': 'nosniff',
        },
      });
    },
  };
}

describe('oembedWorker', () => {
  const worker = oembedWorker(SITE);
  const get = (path: string, init?: RequestInit) => new Request(`${LOCAL}${path}`, init);

  it('hands every request without a pasted address to the static files, untouched', async () => {
    const env = { ASSETS: assets() };
    for (const path of ['/', '/embed/uptime/', '/oembed/uptime.json', '/oembed/uptime.json?maxwidth=500'])
      expect(await (await worker.fetch(get(path), env)).text(), path).toMatch(/static|404/);
    expect((await worker.fetch(get('/oembed/uptime.json?url=x', { method: 'POST' }), env)).status).toBe(200);
    expect(env.ASSETS.asked).toEqual([
      '/',
      '/embed/uptime/',
      '/oembed/uptime.json',
      '/oembed/uptime.json?maxwidth=500',
      '/oembed/uptime.json?url=x',
    ]);
  });

  it("answers a pasted address with the static file's headers, its own type and no validator", async () => {
    const env = { ASSETS: assets() };
    const url = encodeURIComponent(`${LOCAL}/calculators/uptime/?theme=dark`);
    const r = await worker.fetch(get(`/oembed/uptime.json?maxwidth=600&maxheight=900&url=${url}&dnt=1`), env);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json+oembed; charset=utf-8');
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('etag')).toBeNull();
    expect(r.headers.get('content-length')).not.toBe('15');
    const doc = (await r.json()) as { type: string; html: string };
    expect(doc.type).toBe('rich');
    expect(frameSrc(doc.html)).toBe('https://calc.example/embed/uptime/?compact=1&theme=dark&show=availability');
    // The static file was asked for by its path alone, for its headers.
    expect(env.ASSETS.asked).toEqual(['/oembed/uptime.json']);
  });

  it('says 404 for an unknown calculator, and 501 for another format, with the static headers', async () => {
    const env = { ASSETS: assets() };
    const missing = await worker.fetch(get('/oembed/nope.json?url=x'), env);
    expect(missing.status).toBe(404);
    const other = await worker.fetch(
      get(`/oembed/uptime.json?url=${encodeURIComponent('https://calc.example/calculators/nope/')}`),
      env,
    );
    expect([other.status, await other.text(), other.headers.get('content-type')]).toEqual([
      404,
      'Not Found',
      'text/plain; charset=utf-8',
    ]);
    expect(other.headers.get('access-control-allow-origin')).toBe('*');
    const xml = await worker.fetch(get('/oembed/uptime.json?format=xml'), env);
    expect(xml.status).toBe(501);
  });
});
