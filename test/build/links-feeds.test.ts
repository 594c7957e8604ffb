import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, walk } from './dist.ts';

/**
 * Links beyond the `<a href>`s of test/build/pages.test.ts: every same-site URL in page heads
 * (canonical, alternates, icons, oEmbed discovery, social images), in src/srcset/iframe attributes,
 * JSON-LD, the RSS feed, the sitemaps, robots.txt and the oEmbed JSON must resolve to a built file.
 * Feeds and sitemaps are checked when the build has them.
 */

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The site's origin, from the home page's canonical URL. */
function siteOrigin(): string {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(read('index.html'))?.[1];
  if (!canonical) throw new Error('home page has no canonical URL');
  return new URL(canonical).origin;
}

/** Built file for a same-site URL (absolute on the site's origin, or root-relative), or null. */
export function resolveBuilt(url: string, origin: string): string | null {
  let path: string;
  if (url.startsWith(origin + '/') || url === origin) path = url.slice(origin.length) || '/';
  else if (url.startsWith('/') && !url.startsWith('//')) path = url;
  else return null;
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((c) => existsSync(join(DIST, c))) ?? null;
}

const isSameSite = (url: string, origin: string) =>
  url.startsWith(origin + '/') || url === origin || (url.startsWith('/') && !url.startsWith('//'));

/** Same-site URLs a page refers to, outside `<a href>`. */
function pageUrls(html: string, origin: string): string[] {
  const urls: string[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  for (const m of html.matchAll(/<(link|script|img|iframe|source|video|audio|meta)\b[^>]*>/g)) {
    const tag = m[0];
    if (m[1] === 'link') urls.push(attr(tag, 'href') ?? '');
    else if (m[1] === 'meta') {
      if (/(property|name)="(og:image|og:url|twitter:image|og:image:url)"/.test(tag))
        urls.push(attr(tag, 'content') ?? '');
    } else {
      urls.push(attr(tag, 'src') ?? '');
      for (const part of (attr(tag, 'srcset') ?? '').split(',')) urls.push(part.trim().split(/\s+/)[0] ?? '');
    }
  }
  for (const m of html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const s of m[1]!.matchAll(/"(https?:\/\/[^"]+)"/g)) urls.push(s[1]!);
  }
  return urls.map(decode).filter((u) => u && isSameSite(u, origin));
}

describe('links in heads, feeds, sitemaps and oEmbed resolve', () => {
  const origin = siteOrigin();
  const pages = builtPages();
  const files = walk(DIST);

  for (const page of pages) {
    it(`${page.path}: head links, sources, social images and JSON-LD URLs resolve; canonical points to itself`, () => {
      // A noindex page (the 404, served at any missing address) has no meaningful canonical URL.
      const noindex = /<meta name="robots" content="[^"]*noindex/.test(page.html);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
      const urls = pageUrls(page.html, origin).filter((u) => !(noindex && canonical && u === decode(canonical)));
      expect(urls.filter((u) => !resolveBuilt(u, origin))).toEqual([]);
      if (canonical && !noindex) expect(resolveBuilt(decode(canonical), origin)).toBe(`/${page.file}`);
    });
  }

  const feeds = files.filter((f) => /^(rss|feed|atom)[\w-]*\.xml$/.test(f));
  for (const feed of feeds) {
    it(`${feed}: every item and channel link resolves`, () => {
      const xml = read(feed);
      const urls = [
        ...[...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!),
        ...[...xml.matchAll(/<guid[^>]*isPermaLink="true"[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1]!),
        ...[...xml.matchAll(/<(?:atom:)?link\b[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
        ...[...xml.matchAll(/<enclosure\b[^>]*url="([^"]+)"/g)].map((m) => m[1]!),
      ].map((u) => decode(u.trim()));
      expect(urls.length).toBeGreaterThan(1);
      expect(urls.filter((u) => isSameSite(u, origin) && !resolveBuilt(u, origin))).toEqual([]);
      expect(
        urls.filter((u) => !isSameSite(u, origin)),
        'feed links to another origin',
      ).toEqual([]);
    });
  }

  const sitemaps = files.filter((f) => /^sitemap[\w-]*\.xml$/.test(f));
  for (const sitemap of sitemaps) {
    it(`${sitemap}: every <loc> resolves, to a page that allows indexing`, () => {
      const locs = [...read(sitemap).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!.trim()));
      expect(locs.length).toBeGreaterThan(0);
      const bad: string[] = [];
      for (const loc of locs) {
        const file = isSameSite(loc, origin) ? resolveBuilt(loc, origin) : null;
        if (!file) bad.push(`${loc}: no built file`);
        else if (file.endsWith('.html') && /<meta name="robots" content="[^"]*noindex/.test(read(file)))
          bad.push(`${loc}: noindex page`);
      }
      expect(bad).toEqual([]);
    });
  }

  if (files.includes('robots.txt')) {
    it('robots.txt: every Sitemap line resolves', () => {
      const lines = [...read('robots.txt').matchAll(/^sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((u) => !resolveBuilt(u, origin))).toEqual([]);
    });
  }

  const oembeds = files.filter((f) => f.startsWith('oembed/') && f.endsWith('.json'));
  for (const file of oembeds) {
    it(`${file}: provider, iframe and thumbnail URLs resolve`, () => {
      const data = JSON.parse(read(file)) as Record<string, unknown>;
      const urls = [
        data.provider_url,
        data.url,
        data.thumbnail_url,
        ...[...String(data.html ?? '').matchAll(/src="([^"]+)"/g)].map((m) => m[1]),
      ]
        .filter((u): u is string => typeof u === 'string')
        .map(decode);
      expect(urls.length).toBeGreaterThan(1);
      expect(urls.filter((u) => !resolveBuilt(u, origin))).toEqual([]);
    });
  }

  it('the checks can fail: a missing page, another origin, a query string', () => {
    expect(resolveBuilt(`${origin}/no-such-page/`, origin)).toBeNull();
    expect(resolveBuilt('https://elsewhere.example/', origin)).toBeNull();
    expect(resolveBuilt(`${origin}/?x=1#top`, origin)).toBe('/index.html');
    expect(
      pageUrls('<link rel="icon" href="/missing.svg"><img src="https://elsewhere.example/a.png">', origin),
    ).toEqual(['/missing.svg']);
  });
});
