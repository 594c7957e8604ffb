import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, walk } from './dist.ts';

/** Being found and shared: social meta and images, JSON-LD, RSS, sitemap and robots.txt over the build. */

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');
const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
const ofType = (html: string, type: string) => jsonLd(html).filter((d) => d['@type'] === type);
const noindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);
const isoDate = (s: unknown) => typeof s === 'string' && !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect([...b.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('social and structured metadata on every page', () => {
  const pages = builtPages().filter((p) => !noindex(p.html));
  const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(read('index.html'))![1]!).origin;

  for (const page of pages) {
    it(`${page.path}: Open Graph and Twitter card with a built 1200×630 image; every JSON-LD block parses`, () => {
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image']) {
        expect(meta(page.html, key), key).toBeTruthy();
      }
      // X (Twitter) reads the title, description and image from Open Graph: its card names only the layout.
      expect(meta(page.html, 'twitter:card')).toBe('summary_large_image');
      expect(page.html).not.toMatch(/<meta name="twitter:(title|description|image)"/);
      const image = meta(page.html, 'og:image')!;
      expect(image.startsWith(`${origin}/og/`)).toBe(true);
      expect(pngSize(join(DIST, new URL(image).pathname))).toEqual({ width: 1200, height: 630 });
      expect(meta(page.html, 'og:url')).toBe(/<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1]);
      expect(() => jsonLd(page.html)).not.toThrow();
    });
  }

  it('gives each article and calculator its own social image', () => {
    const own = pages.filter((p) => /^\/(articles|calculators)\/[^/]+\/$/.test(p.path));
    expect(own.length).toBeGreaterThanOrEqual(10);
    const images = own.map((p) => meta(p.html, 'og:image'));
    expect(new Set(images).size).toBe(own.length);
  });

  for (const page of pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path))) {
    it(`${page.path}: Article JSON-LD with headline, dates, image and publisher; BreadcrumbList Home › Articles › title`, () => {
      const [article] = ofType(page.html, 'Article');
      expect(article).toBeDefined();
      expect(article!['headline']).toBe(/<h1[^>]*>([^<]+)<\/h1>/.exec(page.html)?.[1]?.replace(/&amp;/g, '&'));
      expect(isoDate(article!['datePublished']) && isoDate(article!['dateModified'])).toBe(true);
      expect((article!['image'] as string[])[0]).toBe(meta(page.html, 'og:image'));
      expect(article!['publisher']).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
      const [crumbs] = ofType(page.html, 'BreadcrumbList');
      const items = crumbs!['itemListElement'] as { position: number; name: string; item: string }[];
      expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
      expect(items[1]!.item).toBe(`${origin}/articles/`);
      expect(items[2]!.item).toBe(`${origin}${page.path}`);
    });
  }

  it('calculator pages carry a BreadcrumbList under Calculators', () => {
    const calc = pages.find((p) => p.path === '/calculators/uptime/')!;
    const items = ofType(calc.html, 'BreadcrumbList')[0]!['itemListElement'] as { name: string }[];
    expect(items.map((i) => i.name)).toEqual(['Home', 'Calculators', expect.any(String)]);
  });

  it('the FAQ page has FAQPage JSON-LD with every question and its answer', () => {
    const faq = JSON.parse(readFileSync('content/faq.json', 'utf8')) as { question: string }[];
    const [page] = ofType(read('faq/index.html'), 'FAQPage');
    const entities = page!['mainEntity'] as {
      '@type': string;
      name: string;
      acceptedAnswer: { '@type': string; text: string };
    }[];
    expect(entities.map((e) => e.name)).toEqual(faq.map((f) => f.question));
    for (const e of entities) {
      expect(e['@type']).toBe('Question');
      expect(e.acceptedAnswer['@type']).toBe('Answer');
      expect(e.acceptedAnswer.text.length).toBeGreaterThan(20);
    }
  });
});

describe('related content', () => {
  it('each calculator page lists the articles that use it under "Used in these articles"', () => {
    const mdx = (id: string) => readFileSync(`content/articles/${id}.mdx`, 'utf8');
    const articleIds = builtPages()
      .filter((p) => /^\/articles\/[^/]+\/$/.test(p.path))
      .map((p) => p.path.split('/')[2]!);
    for (const calc of builtPages().filter((p) => /^\/calculators\/[^/]+\/$/.test(p.path))) {
      const slug = calc.path.split('/')[2]!;
      const embedding = articleIds.filter((id) => mdx(id).includes(`<Calculator slug="${slug}"`));
      const section = /<h2 id="reading">Used in these articles<\/h2>([\s\S]*?)<\/section>/.exec(calc.html)?.[1] ?? '';
      const listed = [...section.matchAll(/href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]);
      expect(listed.length, calc.path).toBeGreaterThan(0);
      expect(listed, calc.path).toEqual(expect.arrayContaining(embedding));
    }
  });
});

describe('feeds and crawl files', () => {
  const pages = builtPages();
  const articles = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));

  it('rss.xml lists every article with title, link, description and a valid date', () => {
    const xml = read('rss.xml');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(articles.length);
    for (const item of items) {
      expect(item).toMatch(/<title>[^<]+<\/title>/);
      expect(item).toMatch(/<description>[^<]+<\/description>/);
      expect(Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? '')).not.toBeNaN();
    }
    const links = items.map((i) => new URL(/<link>([^<]+)<\/link>/.exec(i)![1]!).pathname).sort();
    expect(links).toEqual(articles.map((a) => a.path).sort());
  });

  it('every site page (not the framed embeds) links the feed from its head', () => {
    for (const p of pages.filter((x) => !noindex(x.html))) {
      expect(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/rss\.xml"/.test(p.html), p.path).toBe(
        true,
      );
    }
  });

  it('the sitemap lists every indexable page and no embed or 404 page', () => {
    const index = read('sitemap-index.xml');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    const locs = files.flatMap((f) =>
      [...read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    );
    const indexable = pages.filter((p) => !noindex(p.html)).map((p) => p.path);
    expect(locs.sort()).toEqual(indexable.sort());
    expect(locs.filter((l) => /^\/embed\/[a-z-]+\/$/.test(l) && l !== '/embed/guide/')).toEqual([]);
    expect(locs).not.toContain('/404');
  });

  it('robots.txt allows crawling and points to the sitemap index', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap && existsSync(join(DIST, new URL(sitemap).pathname))).toBe(true);
  });

  it('the build has the files these checks read', () => {
    expect(walk(DIST)).toEqual(expect.arrayContaining(['rss.xml', 'robots.txt', 'sitemap-index.xml', 'og/site.png']));
  });
});
