import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { builtPages, DIST, walk } from './dist.ts';
import { headersFor, metaCsp, parseCsp, parseHeadersFile, patternMatches } from './headers-file.ts';

/** Directives only the page's <meta> may carry: they hold per-page hashes (see public/_headers). */
const META_ONLY = new Set(['default-src', 'script-src', 'style-src']);
const EMBEDS = new Set(CALCULATORS.map((c) => `/embed/${c.slug}/`));
/** Content-hashed file names: Astro's `name.HASH.ext`, Pagefind's `en_HASH.pf_*` and `pagefind.en_HASH.pf_meta`. */
const HASHED = /(\.[\w-]{8}\.\w+|_[0-9a-f]{7,}\.pf_\w+)$/;
const ONE_YEAR = 31_536_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const hashOf = (text: string) => `'sha256-${sha256(text)}'`;
const hashesIn = (sources = '') => new Set(sources.split(' ').filter((s) => s.startsWith("'sha256-")));
/** The name of a page's file, as a host that serves files by name (Netlify) answers it: `/about/index.html`. */
const fileUrl = (url: string) => (url.endsWith('/') ? `${url}index.html` : url);
/** The headers that decide framing and caching, as one comparable record. */
const framing = (h: Map<string, Array<{ value: string }>>) =>
  Object.fromEntries(
    ['content-security-policy', 'x-frame-options', 'cache-control'].map((n) => [n, h.get(n)?.map((v) => v.value)]),
  );

const maxAge = (v: string) => Number(/max-age=(\d+)/.exec(v)?.[1] ?? NaN);
const only = (found: Map<string, Array<{ value: string }>>, name: string) => {
  const values = found.get(name) ?? [];
  expect(values.length, `${name} set by ${values.length} rules`).toBe(1);
  return values[0]!.value;
};

describe('public/_headers: security and caching over the build', () => {
  const file = join(DIST, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  const pages = builtPages().map((p) => ({ ...p, url: p.path === '/404' ? '/404.html' : p.path }));
  const files = walk(DIST).map((f) => '/' + f);

  it('is in the build and every rule sets at least one header', () => {
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) expect(r.headers.length, r.pattern).toBeGreaterThan(0);
  });

  it('no pattern has two rules (Cloudflare keeps only the last of them)', () => {
    const patterns = rules.map((r) => r.pattern);
    expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
  });

  it('no header is set by two rules for the same file (hosts would merge them)', () => {
    const clashes = files.flatMap((f) =>
      [...headersFor(rules, f)]
        .filter(([, v]) => v.length > 1)
        .map(([n, v]) => `${f} ${n}: ${v.map((x) => x.pattern).join(' + ')}`),
    );
    expect(clashes).toEqual([]);
  });

  for (const page of pages) {
    it(`${page.url}: HSTS, nosniff, referrer, permissions, short caching, header CSP agrees with the page's <meta>`, () => {
      const h = headersFor(rules, page.url);
      const hsts = only(h, 'strict-transport-security');
      expect(maxAge(hsts)).toBeGreaterThanOrEqual(ONE_YEAR);
      expect(hsts).toContain('includeSubDomains');
      expect(only(h, 'x-content-type-options')).toBe('nosniff');
      expect(only(h, 'referrer-policy')).toMatch(
        /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
      );
      const permissions = only(h, 'permissions-policy');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
        expect(permissions).toContain(`${feature}=()`);
      const cache = only(h, 'cache-control');
      expect(maxAge(cache)).toBeLessThanOrEqual(600);
      expect(cache).not.toContain('immutable');

      const header = parseCsp(only(h, 'content-security-policy'));
      const meta = parseCsp(metaCsp(page.html) ?? '');
      expect(meta.size, 'page has a CSP <meta>').toBeGreaterThan(0);
      // Embeds carry none: `*` would refuse a sandboxed (opaque-origin) ancestor.
      expect(header.get('frame-ancestors')).toBe(EMBEDS.has(page.url) ? undefined : "'self'");
      for (const [name, value] of header) {
        // frame-ancestors and, with CSP_REPORT_URI, reporting exist only in the header.
        if (['frame-ancestors', 'report-uri', 'report-to'].includes(name)) continue;
        expect(META_ONLY.has(name), `${name} in the header would drop the page's hashes`).toBe(false);
        expect(value, `header ${name} vs <meta>`).toBe(meta.get(name));
      }
      for (const [name] of meta)
        if (!META_ONLY.has(name)) expect(header.has(name), `<meta> ${name} missing from the header`).toBe(true);
    });

    it(`${page.url}: its file's name (${fileUrl(page.url)}) gets the same framing and caching as its address`, () => {
      const asFile = headersFor(rules, fileUrl(page.url));
      expect(only(asFile, 'content-security-policy')).toContain("object-src 'none'");
      expect(framing(asFile)).toEqual(framing(headersFor(rules, page.url)));
    });

    it(`${page.url}: <meta> CSP precedes every external resource, hashes every inline script and style, allows no inline or eval`, () => {
      const head = /<head>([\s\S]*?)<\/head>/.exec(page.html)?.[1] ?? '';
      const at = head.search(/<meta\b[^>]*http-equiv="content-security-policy"/i);
      expect(at).toBeGreaterThanOrEqual(0);
      const firstExternal = head.search(/<script\b[^>]*\bsrc=|<link\b[^>]*rel="(stylesheet|preload|modulepreload)"/);
      if (firstExternal >= 0) expect(at).toBeLessThan(firstExternal);
      const meta = parseCsp(metaCsp(page.html)!);
      const allowed = (directive: string, body: string) =>
        (meta.get(directive) ?? '').split(' ').includes(`'sha256-${sha256(body)}'`);
      // Every inline script, wherever it sits: one before the <meta> (the theme switch) would run unchecked
      // there, and be blocked the day the head is reordered.
      const inline = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter((m) => !/\bsrc=/.test(m[1]!) && !/type="application\/(ld\+)?json"/.test(m[1]!))
        .map((m) => m[2]!);
      const styles = [...page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      for (const body of inline)
        expect(allowed('script-src', body), `inline script not in script-src: ${body.slice(0, 80)}`).toBe(true);
      for (const body of styles)
        expect(allowed('style-src', body), `inline style not in style-src: ${body.slice(0, 80)}`).toBe(true);
      // And nothing else: no hash of code this page does not carry (Astro lists every page's, and its
      // unused island runtime's, on every page; src/build-output/csp-prune.ts keeps each page's own).
      expect(hashesIn(meta.get('script-src')), 'script-src hashes').toEqual(new Set(inline.map(hashOf)));
      expect(hashesIn(meta.get('style-src')), 'style-src hashes').toEqual(new Set(styles.map(hashOf)));
      expect(page.html, 'style attributes are blocked by the CSP').not.toMatch(/<[a-z][\w-]*\b[^>]*\sstyle="/);
      const script = meta.get('script-src') ?? '';
      expect(script).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/);
      // WebAssembly compilation only where search (Pagefind) can open.
      expect(script.includes("'wasm-unsafe-eval'"), "'wasm-unsafe-eval' exactly on pages with search").toBe(
        /\sdata-search-open\b|<pagefind-/.test(page.html),
      );
      expect(meta.get('style-src') ?? '').not.toMatch(/'unsafe-inline'|\*/);
      expect(meta.get('default-src')).toBe("'self'");
      expect(meta.get('object-src')).toBe("'none'");
      expect(meta.get('base-uri')).toBe("'self'");
      expect(meta.get('form-action')).toBe("'self'");
    });
  }

  it('hashed build assets are cached for a year, immutable, and really are hashed', () => {
    const assets = files.filter((f) => f.startsWith('/_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of assets) {
      expect(f, 'hashed name').toMatch(HASHED);
      const cache = only(headersFor(rules, f), 'cache-control');
      expect(maxAge(cache)).toBeGreaterThanOrEqual(ONE_YEAR);
      expect(cache).toContain('immutable');
    }
  });

  it('Pagefind: fragments, index and filter chunks immutable; nothing with a stable name is', () => {
    const search = files.filter((f) => f.startsWith('/pagefind/'));
    expect(search.some((f) => f.startsWith('/pagefind/fragment/'))).toBe(true);
    for (const f of search) {
      const cache =
        headersFor(rules, f)
          .get('cache-control')
          ?.map((v) => v.value)
          .join(', ') ?? '';
      if (/^\/pagefind\/(fragment|index|filter)\//.test(f)) expect(cache, f).toContain('immutable');
      if (cache.includes('immutable')) expect(f, 'immutable but not content-hashed').toMatch(HASHED);
    }
  });

  it('every immutable file anywhere has a content-hashed name', () => {
    const bad = files.filter(
      (f) =>
        headersFor(rules, f)
          .get('cache-control')
          ?.some((v) => v.value.includes('immutable')) && !HASHED.test(f),
    );
    expect(bad).toEqual([]);
  });

  it('the checks can fail: clashes, stable names, missing directives', () => {
    const bad = parseHeadersFile('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n');
    expect(headersFor(bad, '/_astro/a.12345678.js').get('cache-control')).toHaveLength(2);
    expect(HASHED.test('/pagefind/pagefind.js')).toBe(false);
    expect(HASHED.test('/pagefind/wasm.en.pagefind')).toBe(false);
    expect(HASHED.test('/pagefind/fragment/en_a1c7c0d.pf_fragment')).toBe(true);
    expect(HASHED.test('/_astro/global.D3RG5dYC.css')).toBe(true);
    expect(patternMatches('/pagefind/fragment/*', '/pagefind/pagefind.js')).toBe(false);
    expect(parseCsp("frame-ancestors *; img-src 'self' data:").get('img-src')).toBe("'self' data:");
    expect(metaCsp('<meta http-equiv="content-security-policy" content="default-src \'self\'">')).toBe(
      "default-src 'self'",
    );
  });
});
