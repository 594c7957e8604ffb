import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addCspReporting, pruneCspHashes } from '../../src/build-output/csp-prune';

const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('pruneCspHashes (every page)', () => {
  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const mine = 'console.log(1)';
    const style = 'p{color:red}';
    const policy = `default-src 'self'; script-src 'self' ${hash(mine)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('x{}')};`;
    const out = pruneCspHashes(page(policy, `<script>${mine}</script><style>${style}</style>`));
    expect(out).toContain(`script-src 'self' ${hash(mine)};`);
    expect(out).toContain(`style-src 'self' ${hash(style)};`);
    expect(out).not.toContain(hash('other()'));
    expect(out).not.toContain(hash('x{}'));
  });

  it('does not count external scripts or JSON data blocks as inline scripts', () => {
    const json = '{"a":1}';
    const policy = `script-src 'self' ${hash(json)} ${hash('')};`;
    const out = pruneCspHashes(
      page(
        policy,
        `<script type="module" src="/a.js"></script><script type="application/json" data-island-props>${json}</script>`,
      ),
    );
    expect(out).toContain(`content="script-src 'self';"`);
  });

  it('leaves a page without a CSP <meta> unchanged', () => {
    const html = '<html><head></head><body><script>1</script></body></html>';
    expect(pruneCspHashes(html)).toBe(html);
  });

  it('keeps a hash only in the directive of its kind', () => {
    const body = 'a{}';
    const policy = `script-src 'self' ${hash(body)}; style-src 'self' ${hash(body)};`;
    const out = pruneCspHashes(page(policy, `<style>${body}</style>`));
    expect(out).toContain(`script-src 'self'; style-src 'self' ${hash(body)};`);
  });
});

describe('addCspReporting (CSP_REPORT_URI)', () => {
  const headers =
    "/*\n  X-Content-Type-Options: nosniff\n/about/*\n  Content-Security-Policy: frame-ancestors 'self'; object-src 'none'\n";

  it('adds report-uri and report-to to every policy, and the endpoint on /*', () => {
    const out = addCspReporting(headers, 'https://reports.example/csp');
    expect(out).toContain(
      "Content-Security-Policy: frame-ancestors 'self'; object-src 'none'; report-uri https://reports.example/csp; report-to csp\n",
    );
    expect(out).toContain('/*\n  Reporting-Endpoints: csp="https://reports.example/csp"\n  X-Content-Type-Options');
  });

  it('refuses anything but a plain https URL (it is written into a header)', () => {
    expect(() => addCspReporting(headers, 'http://reports.example/')).toThrow(/https/);
    expect(() => addCspReporting(headers, 'https://a.example/; script-src *')).toThrow(/https/);
  });
});
