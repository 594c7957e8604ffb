import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';

/** Requests in <head> that block first render: stylesheets, and classic scripts without async/defer. */
export function renderBlocking(html: string): { stylesheets: string[]; scripts: string[] } {
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const stylesheets = [...head.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\srel="?stylesheet"?/i.test(tag) && !/\smedia="?(print|not all)"?/i.test(tag))
    .map((tag) => /\shref="([^"]*)"/.exec(tag)?.[1] ?? tag);
  const scripts = [...head.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1]!)
    .filter((attrs) => /\ssrc=/.test(attrs) && !/\s(async|defer)\b/.test(attrs) && !/type="?module"?/.test(attrs))
    .map((attrs) => /\ssrc="([^"]*)"/.exec(attrs)?.[1] ?? attrs);
  return { stylesheets, scripts };
}

describe('render-blocking requests', () => {
  for (const page of builtPages()) {
    it(`${page.path}: at most one stylesheet and no synchronous external script in <head>`, () => {
      const { stylesheets, scripts } = renderBlocking(page.html);
      expect(stylesheets.length, stylesheets.join(', ')).toBeLessThanOrEqual(1);
      expect(scripts).toEqual([]);
    });
  }

  it('counts what blocks and ignores what does not (the check can fail)', () => {
    const html =
      '<head><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/b.css"><script src="/s.js"></script><script type="module" src="/m.js"></script><script src="/d.js" defer></script></head>';
    expect(renderBlocking(html)).toEqual({ stylesheets: ['/a.css', '/b.css'], scripts: ['/s.js'] });
  });
});
