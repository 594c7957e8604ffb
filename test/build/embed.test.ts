import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { SITE_NAME } from '../../src/site.ts';
import { loaderCode } from '../../src/pages/embed.js.ts';
import { keepOwnStylesheet, OWN_STYLESHEET } from '../../src/build-output/embed-stylesheet.ts';
import { builtPages, DIST } from './dist.ts';

import { EMBED_CSS_MAX_GZIP, EMBED_MAX_GZIP, LOADER_MAX_GZIP } from '../budgets.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (url: string) => readFileSync(join(DIST, url.split('?')[0]!), 'utf8');

/**
 * Gzip bytes of what an embed page loads before interaction: the document (inline scripts and styles
 * included), its stylesheets, and its scripts, islands and their static imports.
 */
export function embedWeight(html: string): { html: number; css: number; js: number; files: string[] } {
  const queue: string[] = [];
  let css = 0;
  let js = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g))
    css += gz(read(/href="([^"]+)"/.exec(m[0])![1]!));
  const imports = (code: string, from: string) =>
    [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)]
      .map((m) => m[1]!)
      .filter((s) => s.startsWith('.') || s.startsWith('/'))
      .map((s) => (s.startsWith('/') ? s : posix.join(posix.dirname(from), s)));
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(m[1]!)) continue;
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) queue.push(src);
    queue.push(...imports(m[2]!, '/'));
  }

  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!.split('?')[0]!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = read(url);
    js += gz(code);
    queue.push(...imports(code, url));
  }
  return { html: gz(html), css, js, files: [...seen] };
}

const pages = new Map(builtPages().map((p) => [p.path, p.html]));

/** Stylesheets linked by the pages that are not embeds (the site's bundle). */
const siteStylesheets = new Set(
  [...pages]
    .filter(([path]) => !CALCULATORS.some((c) => path === `/embed/${c.slug}/`))
    .flatMap(([, html]) =>
      [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
    ),
);

/** Sizes measured by this run, written to .tmp/embed-sizes.json for BENCHMARKS.md. */
const measured: Record<string, unknown> = {};
afterAll(() => {
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/embed-sizes.json', JSON.stringify(measured, null, 2) + '\n');
});

describe('the embed loader, /embed.js', () => {
  const file = join(DIST, 'embed.js');

  it('is built from src/embed/loader.ts, unchanged', async () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(await loaderCode());
  });

  it(`is at most ${LOADER_MAX_GZIP} B gzip and parses as a classic script`, () => {
    const code = readFileSync(file, 'utf8');
    measured['/embed.js'] = { bytes: code.length, gzip: gz(code) };
    expect(gz(code)).toBeLessThanOrEqual(LOADER_MAX_GZIP);
    expect(() => new Function(code)).not.toThrow();
    // A classic script's top-level declarations would leak into the host page.
    expect(code.startsWith('(()=>{')).toBe(true);
  });

  it('never builds HTML or CSS from strings', () => {
    for (const f of ['loader.ts', 'frame.ts', 'height.ts', 'options.ts']) {
      const src = readFileSync(join('src/embed', f), 'utf8');
      expect(src, f).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|cssText|setAttribute\(['"]style|\beval\(/,
      );
    }
  });
});

describe.each(CALCULATORS.map((c) => [c.slug, c] as const))('embed page /embed/%s/', (slug, calculator) => {
  const html = pages.get(`/embed/${slug}/`) ?? '';

  it('exists, is chromeless and not indexed', () => {
    expect(html).toContain('<main');
    expect(html).not.toMatch(/class="site-(header|footer)"/);
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
  });

  it('links to the full calculator in a new tab, with attribution', () => {
    const a = /<a\b[^>]*data-embed-attribution[^>]*>([\s\S]*?)<\/a>/.exec(html);
    expect(a?.[0]).toContain(`href="/calculators/${slug}/"`);
    expect(a?.[0]).toContain('target="_blank"');
    expect(a?.[0]).toContain('rel="noopener"');
    expect(a?.[1]).toContain(`Calculator by ${SITE_NAME}`);
  });

  it('loads none of the provider code before it is asked for (an embed without provider options pays nothing)', () => {
    const { files } = embedWeight(html);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => /provider-view/.test(f))).toEqual([]);
    // The provider view is a chunk of its own, reached only through the frame's dynamic import.
    const code = files.map((f) => read(f)).join('\n');
    expect(code).toMatch(/import\([`'"]\.\/provider-view\.[\w-]+\.js[`'"]\)/);
    expect(code).not.toContain('Talk to us about your numbers');
  });

  it('carries oEmbed discovery pointing at a valid static oEmbed document', () => {
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toMatch(new RegExp(`^https?://[^/]+/oembed/${slug}\\.json$`));
    const doc = JSON.parse(read(new URL(href!).pathname));
    expect(doc).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: calculator.title,
      provider_name: SITE_NAME,
      width: expect.any(Number),
      height: expect.any(Number),
    });
    expect(doc.provider_url).toMatch(/^https?:\/\//);
    // WordPress's post-embed form: a fallback blockquote, then the iframe (see src/embed/oembed.ts).
    expect(doc.html).toMatch(
      new RegExp(
        `^<blockquote class="wp-embedded-content"><a href="https?://[^"]+/calculators/${slug}/">[^<]+</a>[^<]*</blockquote><iframe class="wp-embedded-content" [^<>]*src="https?://[^"]+/embed/${slug}/\\?compact=1&amp;theme=light[^"]*" [^<>]*title="[^"]+"[^<>]*></iframe>$`,
      ),
    );
  });

  it(`links one stylesheet, its own (not the site's bundle), of at most ${EMBED_CSS_MAX_GZIP} B gzip`, () => {
    const links = html.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]).toContain(OWN_STYLESHEET);
    const href = /href="([^"]+)"/.exec(links[0]!)![1]!;
    expect(siteStylesheets).not.toContain(href);
    expect(gz(read(href))).toBeLessThanOrEqual(EMBED_CSS_MAX_GZIP);
  });

  const max = EMBED_MAX_GZIP;
  it(`weighs at most ${max} B gzip in all (HTML + CSS + JS)`, () => {
    const w = embedWeight(html);
    measured[`/embed/${slug}/`] = { html: w.html, css: w.css, js: w.js, total: w.html + w.css + w.js };
    expect(
      w.html + w.css + w.js,
      `html ${w.html}, css ${w.css}, js ${w.js}: ${w.files.join(', ')}`,
    ).toBeLessThanOrEqual(max);
  });
});

describe('oEmbed discovery on the calculator pages', () => {
  const calculatorPages = CALCULATORS.map((c) => [c.slug, pages.get(`/calculators/${c.slug}/`)] as const).filter(
    ([, h]) => h,
  );
  for (const [slug, html] of calculatorPages) {
    it(`/calculators/${slug}/ links its oEmbed document`, () => {
      expect(html).toMatch(
        new RegExp(
          `<link rel="alternate" type="application/json\\+oembed" href="https?://[^"]+/oembed/${slug}\\.json"`,
        ),
      );
    });
  }
  it('an embed page keeps only its own stylesheet; other pages keep theirs', () => {
    const site = '<link rel="stylesheet" href="/_astro/style.a.css">';
    const own = `<link rel="stylesheet" href="/_astro/embed.b.css" ${OWN_STYLESHEET}>`;
    // In the bundle's place: after the CSP <meta>, which Astro writes before its own links.
    const csp = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
    expect(keepOwnStylesheet(`<head>${own}<link rel="icon" href="/i.svg">${csp}${site}</head>`)).toBe(
      `<head><link rel="icon" href="/i.svg">${csp}${own}</head>`,
    );
    expect(keepOwnStylesheet(`<head>${csp}${site}</head>`)).toBe(`<head>${csp}${site}</head>`);
    expect(keepOwnStylesheet(`<head>${own}</head>`)).toBe(`<head>${own}</head>`);
  });
  it('the weight check counts what a page loads (so an oversized embed fails)', () => {
    const noise = Array.from({ length: 9000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join('+');
    expect(embedWeight(`<script>${noise}</script>`).html).toBeGreaterThan(4000);
  });
});
