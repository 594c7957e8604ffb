import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, type BuiltPage } from './dist.ts';

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Element ids a page defines (anchors a link may target). */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** Resolves a site-internal URL path to a built file, or null. */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.map((c) => join(DIST, c)).find((f) => existsSync(f)) ?? null;
}

describe('every built page', () => {
  const pages = builtPages();
  const byPath = new Map<string, BuiltPage>(pages.map((p) => [p.path, p]));

  for (const page of pages) {
    describe(page.path, () => {
      it('has lang, one h1, a title, a meta description and a canonical URL', () => {
        expect(page.html).toMatch(/<html[^>]*\blang="en"/);
        expect(page.html.match(/<h1[\s>]/g)?.length ?? 0).toBe(1);
        expect(/<title>([^<]{3,})<\/title>/.exec(page.html)?.[1]).toBeTruthy();
        const description = /<meta name="description" content="([^"]*)"/.exec(page.html)?.[1] ?? '';
        expect(description.length).toBeGreaterThanOrEqual(30);
        if (!page.path.startsWith('/embed/'))
          expect(page.html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
      });

      it('links only to pages and anchors that exist', () => {
        const ids = idsOf(page.html);
        const broken: string[] = [];
        for (const m of page.html.matchAll(/<a\b[^>]*>/g)) {
          const href = attr(m[0], 'href');
          if (!href || /^(https?:|mailto:|tel:|javascript:)/.test(href)) continue;
          if (href.startsWith('#')) {
            if (href.length > 1 && !ids.has(decodeURIComponent(href.slice(1)))) broken.push(href);
            continue;
          }
          if (!href.startsWith('/')) continue;
          const file = fileFor(href);
          if (!file) {
            broken.push(href);
            continue;
          }
          const hash = href.split('#')[1];
          if (hash && file.endsWith('.html')) {
            const target = byPath.get(href.split(/[?#]/)[0]!);
            if (target && !idsOf(target.html).has(decodeURIComponent(hash))) broken.push(href);
          }
        }
        expect(broken, `broken links on ${page.path}`).toEqual([]);
      });

      // Chromium's parser may paint when it meets a script: one inside the header let a frame show the nav and
      // search button where the theme buttons, not yet parsed, would go (a 118 px layout shift, now and then).
      it('has no script inside its site header', () => {
        const header = /<header class="site-header"[\s\S]*?<\/header>/.exec(page.html)?.[0] ?? '';
        expect(header).not.toMatch(/<script\b/);
      });

      it('references no other origin for scripts, styles, images, fonts or frames', () => {
        const external = [...page.html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*>/g)]
          .map(
            (m) =>
              attr(m[0], 'src') ??
              (m[1] === 'link' && !/rel="(canonical|alternate)"/.test(m[0]) ? attr(m[0], 'href') : undefined),
          )
          .filter((u): u is string => !!u && /^(https?:)?\/\//.test(u));
        expect(external).toEqual([]);
      });
    });
  }
});

// Calculators speak as an owner does: "a good / typical / bad year (1 in 10)", never P10, P50 or P90 (the
// methods may say "90th percentile"). Scripts are left out: a chunk's identifiers are no one's reading.
describe('calculator and embed pages', () => {
  const pages = builtPages().filter((p) => /^\/(calculators|embed)\/[^/]+\/$/.test(p.path));

  it('are found', () => expect(pages.length).toBeGreaterThanOrEqual(12));

  for (const page of pages.filter((p) => p.path.startsWith('/calculators/')))
    it(`${page.path} explains its words with glossary tooltips, as articles do`, () => {
      const method = /<section class="calculator-method[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? '';
      expect(method.match(/<span class="term">/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(method).not.toContain('](term:');
    });

  for (const page of pages)
    it(`${page.path} names no percentile by its code (P10, P50, P90)`, () => {
      const text = page.html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
      expect(text.match(/.{0,40}\bP[159]0\b.{0,20}/g) ?? []).toEqual([]);
    });
});
