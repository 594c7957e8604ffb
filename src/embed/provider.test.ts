import { describe, expect, it } from 'vitest';
import { fullCalculatorQuery, hasProviderOptions, parseEmbedOptions } from './options.ts';
import { ctaHref, DEFAULT_LABEL, MAX_NAME, parseHttpsUrl, parseProviderOptions } from './provider.ts';

const q = (s: string) => new URLSearchParams(s);

describe('parseProviderOptions', () => {
  it('reads a name and a call to action', () => {
    expect(parseProviderOptions(q('by=Northwind+IT&cta=Book+a+call&ctau=https://n.example/contact&ctaf=1'))).toEqual({
      name: 'Northwind IT',
      cta: { label: 'Book a call', url: 'https://n.example/contact', figures: true },
      notices: [],
    });
  });
  it('cuts long text at a word, drops control characters, and says so', () => {
    const long = 'Northwind IT Services and Consulting for Small Offices in the Greater Area';
    const r = parseProviderOptions(q(`by=${encodeURIComponent(long + '\u0000')}`));
    expect(r.name!.length).toBeLessThanOrEqual(MAX_NAME);
    expect(long.startsWith(r.name!)).toBe(true);
    expect(r.notices).toHaveLength(1);
  });
  it('refuses every address that is not a plain https one, with a notice', () => {
    for (const bad of [
      'http://n.example/',
      'javascript:alert(1)',
      'https://user:pw@n.example/',
      '//n.example',
      'n.example',
      'https://localhost/',
    ]) {
      const r = parseProviderOptions(q(`cta=Go&ctau=${encodeURIComponent(bad)}`));
      expect(r.cta, bad).toBeNull();
      expect(r.notices[0]).toContain('https://');
    }
    expect(parseHttpsUrl('https://n.example/a?b=1')).toBe('https://n.example/a?b=1');
  });
  it('gives a button without text a default label, and a label without address no button', () => {
    expect(parseProviderOptions(q('ctau=https://n.example/')).cta?.label).toBe(DEFAULT_LABEL);
    const r = parseProviderOptions(q('cta=Go'));
    expect(r.cta).toBeNull();
    expect(r.notices).toHaveLength(1);
  });
});

describe('ctaHref', () => {
  const cta = { label: 'Go', url: 'https://n.example/contact?from=blog', figures: true };
  const figures = { calculator: 'downtime-cost', headline: 'Cost per year: $31,708' };
  it('adds the calculator and the headline when asked, keeping the address’s own query', () => {
    const u = new URL(ctaHref(cta, figures));
    expect(u.searchParams.get('from')).toBe('blog');
    expect(u.searchParams.get('calculator')).toBe('downtime-cost');
    expect(u.searchParams.get('result')).toBe('Cost per year: $31,708');
  });
  it('leaves the address alone otherwise', () => {
    expect(ctaHref({ ...cta, figures: false }, figures)).toBe(cta.url);
  });
});

describe('provider keys and long attributes in the embed query', () => {
  it('are embed-only: the full calculator never receives them', () => {
    expect(fullCalculatorQuery('?st=4&by=X&cta=Y&ctau=https%3A%2F%2Fa.b&ctaf=1&long=currency')).toBe('?st=4');
  });
  it('are detected only when present', () => {
    expect(hasProviderOptions(q('st=4&theme=dark'))).toBe(false);
    expect(hasProviderOptions(q('ctau=https://a.b'))).toBe(true);
  });
  it('the loader’s list of too-long attributes becomes one notice each; other names are ignored', () => {
    const { notices } = parseEmbedOptions(q('long=currency,accent,<b>,a-b'), false);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('currency setting is longer than 200 characters');
  });
});
