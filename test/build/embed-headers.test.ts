import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { builtPages, DIST } from './dist.ts';

/** One rule of a `_headers` file: a path pattern and its headers (lower-case names). */
interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** Parse Netlify / Cloudflare Pages `_headers` text. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([\w-]+):\s*(.*)$/.exec(line);
      if (!m || !rules.length) throw new Error(`unparsable _headers line: ${line}`);
      rules.at(-1)!.headers.push([m[1]!.toLowerCase(), m[2]!.trim()]);
    }
  }
  return rules;
}

/** Does a rule's pattern match a URL path? `*` matches anything (even nothing), `:name` one segment. */
export function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/** Rules matching a path that set a framing header (CSP or X-Frame-Options). */
function framingRules(rules: HeaderRule[], path: string): HeaderRule[] {
  return rules.filter(
    (r) =>
      matches(r.pattern, path) && r.headers.some(([n]) => n === 'content-security-policy' || n === 'x-frame-options'),
  );
}

const EMBED_PATHS = new Set(CALCULATORS.map((c) => `/embed/${c.slug}/`));

describe('public/_headers framing rules over the build', () => {
  const file = join(DIST, '_headers');

  it('is copied into the build', () => {
    expect(existsSync(file)).toBe(true);
  });

  const rules = existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
  const pages = builtPages().map((p) => (p.path === '/404' ? '/404.html' : p.path));

  it('covers the embed pages and the rest of the site', () => {
    for (const path of EMBED_PATHS) expect(pages).toContain(path);
    expect(pages.length).toBeGreaterThan(EMBED_PATHS.size);
  });

  for (const path of pages) {
    it(`${path}: exactly one framing rule, ${EMBED_PATHS.has(path) ? 'frameable by any site' : 'frameable only by this site'}`, () => {
      const found = framingRules(rules, path);
      expect(
        found.map((r) => r.pattern),
        'rules that set framing headers',
      ).toHaveLength(1);
      const headers = new Map(found[0]!.headers);
      const csp = headers.get('content-security-policy') ?? '';
      const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.trim();
      if (EMBED_PATHS.has(path)) {
        // No frame-ancestors: `*` would refuse a host page inside a sandbox (an opaque origin).
        expect(ancestors).toBeUndefined();
        expect(headers.has('x-frame-options')).toBe(false);
      } else {
        expect(ancestors).toBe("'self'");
        expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      }
    });
  }

  it('puts no framing header on the catch-all rule (hosts merge matching rules)', () => {
    const all = rules.filter((r) => r.pattern === '/*');
    expect(all.flatMap((r) => r.headers.map(([n]) => n))).not.toContain('content-security-policy');
    expect(all.flatMap((r) => r.headers.map(([n]) => n))).not.toContain('x-frame-options');
  });

  it('detects an overlapping or missing rule (the check can fail)', () => {
    const bad = parseHeaders(
      '/*\n  X-Frame-Options: SAMEORIGIN\n/embed/uptime/\n  Content-Security-Policy: frame-ancestors *\n',
    );
    expect(framingRules(bad, '/embed/uptime/')).toHaveLength(2);
    expect(framingRules(parseHeaders('/about/*\n  X-Frame-Options: DENY\n'), '/faq/')).toHaveLength(0);
    expect(matches('/embed/:slug/', '/embed/uptime/')).toBe(true);
    expect(matches('/articles/*', '/articles/')).toBe(true);
    expect(matches('/embed/', '/embed/uptime/')).toBe(false);
  });
});
