import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prefetchSocialCards, socialCardPngOnce, workerPool } from '../../src/seo/social-image-build.ts';
import { socialCardPng, socialCardSvg } from '../../src/seo/social-image.ts';
import { socialImagePath } from '../../src/seo/social.ts';

describe('social card images', () => {
  const card = {
    kicker: 'Article',
    title: 'How IT support is priced',
    description: 'Hourly rates, minimums and block hours.',
  };

  it('lays out the kicker, title, description and site name as text paths at 1200×630', async () => {
    const svg = await socialCardSvg(card);
    expect(svg).toMatch(/^<svg[^>]*width="1200"[^>]*height="630"/);
    // satori draws text as paths; one <path> per glyph run at least for each of the four lines.
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it('renders a PNG', async () => {
    const png = await socialCardPng(card);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.byteLength).toBeGreaterThan(5_000);
    const header = Buffer.from(png.subarray(16, 24));
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([1200, 630]);
    // Every pixel opaque (PNG alpha is straight, resvg's is premultiplied: they agree only there).
    const idat = Buffer.from(png).indexOf('IDAT');
    const raw = inflateSync(Buffer.from(png).subarray(idat + 4, idat + 4 + Buffer.from(png).readUInt32BE(idat - 4)));
    for (let y = 0; y < 630; y++)
      for (let x = 0; x < 1200; x++)
        if (raw[y * 4801 + 1 + x * 4 + 3] !== 255) expect.fail(`pixel ${x},${y} is not opaque`);
  });

  it('hands out a prefetched card once, byte for byte what drawing it on demand gives', async () => {
    const other = { ...card, title: 'What managed services include' };
    prefetchSocialCards([card, other]);
    const [prefetched, direct] = await Promise.all([socialCardPngOnce(other), socialCardPng(other)]);
    expect(Buffer.from(prefetched).equals(Buffer.from(direct))).toBe(true);
    // Once handed out, the next request draws it afresh (same bytes, new buffer).
    const again = await socialCardPngOnce(other);
    expect(again).not.toBe(prefetched);
    expect(Buffer.from(again).equals(Buffer.from(direct))).toBe(true);
  });

  it('draws the same bytes in worker threads as on the main thread, and on the main thread when workers cannot start', async () => {
    const cards = ['One', 'Two', 'Three'].map((title) => ({ ...card, title }));
    const direct = await Promise.all(cards.map(socialCardPng));
    for (const file of [undefined, '/nonexistent/worker.ts']) {
      const pool = workerPool(2, file);
      const drawn = await Promise.all(cards.map(pool.draw));
      expect(pool.drawsOnMainThread()).toBe(file !== undefined);
      await pool.close();
      drawn.forEach((png, i) =>
        expect(Buffer.from(png).equals(Buffer.from(direct[i]!)), `${file ?? 'workers'}: ${cards[i]!.title}`).toBe(true),
      );
    }
  });

  it('gives articles and calculators their own card and other pages the site card', () => {
    expect(socialImagePath('/articles/pricing-models/')).toBe('/og/articles/pricing-models.png');
    expect(socialImagePath('/calculators/uptime/')).toBe('/og/calculators/uptime.png');
    expect(socialImagePath('/glossary/')).toBe('/og/site.png');
    expect(socialImagePath('/articles/')).toBe('/og/site.png');
  });
});
