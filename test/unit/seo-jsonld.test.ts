import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbList, breadcrumbs, jsonLdText } from '../../src/seo/jsonld.ts';
import { inSitemap } from '../../src/seo/sitemap.ts';

const SITE = 'https://example.test';

describe('structured data', () => {
  it('builds Home › Section › Page breadcrumbs from the path', () => {
    expect(breadcrumbs('/articles/pricing-models/', 'How IT support is priced', SITE)).toEqual([
      { name: 'Home', url: 'https://example.test/' },
      { name: 'Articles', url: 'https://example.test/articles/' },
      { name: 'How IT support is priced', url: 'https://example.test/articles/pricing-models/' },
    ]);
    expect(breadcrumbs('/glossary/', 'Glossary', SITE).map((c) => c.name)).toEqual(['Home', 'Glossary']);
    expect(breadcrumbs('/', 'Home', SITE)).toEqual([]);
    expect(breadcrumbs('/embed/uptime/', 'Uptime', SITE)).toEqual([]);
  });

  it('numbers BreadcrumbList items from 1', () => {
    const list = breadcrumbList(breadcrumbs('/calculators/uptime/', 'Uptime', SITE));
    expect(list['@type']).toBe('BreadcrumbList');
    expect((list['itemListElement'] as { position: number }[]).map((i) => i.position)).toEqual([1, 2, 3]);
  });

  it('gives an Article its headline, dates, image and publisher', () => {
    const data = articleJsonLd(
      {
        title: 'T',
        description: 'D',
        url: `${SITE}/articles/t/`,
        image: `${SITE}/og/articles/t.png`,
        updated: new Date('2026-03-01'),
      },
      SITE,
    );
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: 'T',
      datePublished: '2026-03-01T00:00:00.000Z',
      dateModified: '2026-03-01T00:00:00.000Z',
    });
    expect(data['publisher']).toMatchObject({ '@type': 'Organization' });
  });

  it('serialises safely inside a script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('the sitemap filter', () => {
  it('leaves out calculator embeds and the 404 page, keeps the embed builder and everything else', () => {
    expect(inSitemap(`${SITE}/embed/uptime/`)).toBe(false);
    expect(inSitemap(`${SITE}/404/`)).toBe(false);
    expect(inSitemap(`${SITE}/embed/`)).toBe(true);
    expect(inSitemap(`${SITE}/embed/guide/`)).toBe(true);
    expect(inSitemap(`${SITE}/articles/pricing-models/`)).toBe(true);
  });
});
