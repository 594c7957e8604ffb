import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../calculators/registry.ts';
import { isReadyMessage } from './height.ts';
import { oembedDocument, oembedQuery, WORDPRESS_MAX_HEIGHT } from './oembed.ts';

describe('oembedDocument', () => {
  it.each(CALCULATORS.map((c) => c.slug))(
    '%s: the blockquote + iframe form WordPress keeps (and then loads wp-embed.js for)',
    (slug) => {
      const doc = oembedDocument(slug, 'https://example.test/', 'Site');
      // wp_filter_oembed_result() keeps `(<blockquote>…</blockquote>)?…(<iframe…></iframe>)` after kses.
      expect(doc.html).toMatch(
        /^<blockquote class="wp-embedded-content"><a href="https:\/\/example\.test\/calculators\/[^"]+\/">[^<]+<\/a>[^<]*<\/blockquote><iframe [^<>]*><\/iframe>$/,
      );
      for (const attr of [
        'class="wp-embedded-content"',
        'sandbox="allow-scripts"',
        'security="restricted"',
        'width="100%"',
        'frameborder="0"',
      ])
        expect(doc.html).toContain(attr);
      expect(doc.html).toContain(`src="https://example.test/embed/${slug}/?compact=1&amp;theme=light`);
      // 100 ∶ height as Twenty Twenty-One's aspect ratio: never below WordPress's cap at any phone width.
      expect(doc.height).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
      expect(doc.html).toContain(`height="${doc.height}"`);
      expect(Number.isInteger(doc.width) && Number.isInteger(doc.height)).toBe(true);
    },
  );
});

describe('oembedQuery', () => {
  it('is the compact layout in the light theme, with the registry sections, by default', () => {
    expect(oembedQuery('cost-comparison')).toBe('compact=1&theme=light&show=inputs,summary');
    expect(oembedQuery('which-model')).toBe('compact=1&theme=light');
  });
  it('takes validated options after the layout, a theme in its place, never another layout', () => {
    const options = new URLSearchParams('theme=dark&compact=0&show=sensitivity&by=Acme IT&pu=120');
    expect(oembedQuery('cost-comparison', options)).toBe('compact=1&theme=dark&show=inputs,summary&by=Acme+IT&pu=120');
    const doc = oembedDocument('cost-comparison', 'https://example.test/', 'Site', options);
    expect(doc.html).toContain(
      'src="https://example.test/embed/cost-comparison/?compact=1&amp;theme=dark&amp;show=inputs,summary&amp;by=Acme+IT&amp;pu=120"',
    );
    expect({ ...doc, html: '' }).toEqual({
      ...oembedDocument('cost-comparison', 'https://example.test/', 'Site'),
      html: '',
    });
  });
});

describe('isReadyMessage', () => {
  it("accepts only WordPress's ready message with a well-formed secret", () => {
    expect(isReadyMessage({ message: 'ready', secret: 'abc123' })).toBe(true);
    for (const bad of [
      null,
      'ready',
      { message: 'ready' },
      { message: 'ready', secret: 'a"b' },
      { message: 'height', secret: 'abc' },
      { message: 'ready', secret: 5 },
    ]) {
      expect(isReadyMessage(bad)).toBe(false);
    }
  });
});
