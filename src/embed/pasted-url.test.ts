import { describe, expect, it } from 'vitest';
import { CALCULATOR_SLUGS } from '../calculators/registry.ts';
import { MAX_NAME } from './provider.ts';
import { pastedOptions, pastedTarget } from './pasted-url.ts';

const SITE = 'https://calc.example';
const LOCAL = 'http://127.0.0.1:4321';
const ORIGINS = [SITE, LOCAL];
const options = (query: string, slug: (typeof CALCULATOR_SLUGS)[number] = 'cost-comparison') =>
  pastedOptions(slug, new URLSearchParams(query)).toString();

describe('pastedTarget', () => {
  it("names the calculator of this site's calculator and embed pages, with their query", () => {
    for (const [url, query] of [
      [`${SITE}/calculators/uptime/?a=99.5`, 'a=99.5'],
      [`${SITE}/embed/uptime/?a=99.5#top`, 'a=99.5'],
      [`${SITE}/calculators/uptime`, ''],
      [`${LOCAL}/calculators/uptime/?theme=dark`, 'theme=dark'],
    ] as const) {
      const t = pastedTarget(url, ORIGINS);
      expect(t && 'slug' in t ? [t.slug, t.query.toString()] : t, url).toEqual(['uptime', query]);
    }
  });

  it('ignores other origins, other pages and text that is not an address', () => {
    for (const url of [
      'https://evil.example/calculators/uptime/',
      'http://calc.example/calculators/uptime/',
      'https://calc.example.evil.example/calculators/uptime/',
      'https://calc.example@evil.example/calculators/uptime/',
      `https://evil.example/?u=${encodeURIComponent(`${SITE}/calculators/uptime/`)}`,
      'http://127.0.0.1:4322/calculators/uptime/',
      `${SITE}/articles/uptime/`,
      `${SITE}/calculators/`,
      `${SITE}/calculators/uptime/extra/`,
      `${SITE}/embed/`,
      '/calculators/uptime/',
      'not a url',
      '',
      null,
    ])
      expect(pastedTarget(url, ORIGINS), String(url)).toBeNull();
  });

  it('tells a calculator path with a slug the registry does not list', () => {
    expect(pastedTarget(`${SITE}/calculators/nope/`, ORIGINS)).toEqual({ unknown: 'nope' });
    expect(pastedTarget(`${SITE}/embed/%E0%A4%A/`, ORIGINS)).toEqual({ unknown: '%E0%A4%A' });
  });
});

describe('pastedOptions', () => {
  it("keeps what the embed page takes, in its own keys, from the loader's attribute names", () => {
    expect(
      options(
        'theme=dark&accent=%23FFB3C8&currency=EUR&locale=de-DE&provider=Acme%20IT&pu=120&hr=95' +
          '&cta-label=Book%20a%20call&cta-url=https://acme.example/contact&cta-figures=1',
      ),
    ).toBe(
      'theme=dark&accent=%23ffb3c8&by=Acme+IT&cta=Book+a+call&ctau=https%3A%2F%2Facme.example%2Fcontact&ctaf=1' +
        '&hr=95&pu=120&cur=EUR&loc=de-DE',
    );
  });

  it("reads the embed page's own keys the same way, and they win over an attribute name", () => {
    const embedKeys = 'theme=dark&cur=EUR&by=Acme+IT&cta=Book+a+call&ctau=https://acme.example/contact&pu=120';
    expect(options(embedKeys)).toBe(
      options(
        'theme=dark&currency=EUR&provider=Acme IT&cta-label=Book a call&cta-url=https://acme.example/contact&pu=120',
      ),
    );
    expect(options('by=Acme&provider=Other&cur=GBP&currency=EUR')).toBe('by=Acme&cur=GBP');
  });

  it('leaves out every value the embed page would refuse or change with a notice', () => {
    for (const [query, why] of <Array<[string, string]>>[
      ['theme=purple', 'not a theme'],
      ['accent=red', 'not a hex colour'],
      ['accent=%23ffff00', 'too faint on the light background'],
      ['cta-label=Go&cta-url=http://acme.example/', 'not https'],
      ['cta-url=javascript:alert(1)', 'not an address'],
      ['cta-label=Go', 'a label with no address'],
      ['cta-figures=1', 'figures with no call to action'],
      ['pu=abc', 'not a number'],
      ['pu=5000', 'above the maximum'],
      ['pu=-5', 'negative'],
      ['pu=120.123', 'too many decimals'],
      ['pu=', 'empty'],
      ['cur=JPY', 'not a currency the site has'],
      ['loc=xx-XX', 'not a locale the site has'],
      ['compact=0&show=sensitivity&long=provider&foo=1&theme=', 'layout keys and unknown keys'],
    ])
      expect(options(query), why).toBe('');
  });

  it('keeps the theme when a bad accent is dropped; under auto an accent must read on both themes', () => {
    expect(options('theme=dark&accent=%23b00060')).toBe('theme=dark');
    expect(options('theme=DARK')).toBe('theme=dark');
    // #8a6d00 is 4.9:1 on white and 3.7:1 on the dark background: light (or unstated, so light) only.
    expect(options('accent=%238a6d00')).toBe('accent=%238a6d00');
    expect(options('theme=light&accent=8a6d00')).toBe('theme=light&accent=%238a6d00');
    expect(options('theme=dark&accent=%23ffb3c8')).toBe('theme=dark&accent=%23ffb3c8');
    // No colour reaches 4.5:1 on both backgrounds, as the builder says: auto keeps the site's accent.
    for (const accent of ['%238a6d00', '%23ffb3c8', '%23b00060'])
      expect(options(`theme=auto&accent=${accent}`)).toBe('theme=auto');
  });

  it('keeps values whose only notice says how they were read, written so the frame reads them plainly', () => {
    expect(options('pu=120&pu=130')).toBe('pu=120');
    // 1.250 in a German link is one thousand two hundred and fifty, read as such with a note.
    expect(options('cur=EUR&loc=de-DE&rev=1.250.000')).toBe('rev=1250000&cur=EUR&loc=de-DE');
    expect(options('pu=150'), 'the default needs no key').toBe('');
  });

  it('cuts a long provider name as the frame would, at a word, and cleans control characters', () => {
    const long = 'Northwind IT Services and Consulting for Small Offices in the Greater Area';
    const by = new URLSearchParams(options(`provider=${encodeURIComponent(long + '\u0007')}`)).get('by')!;
    expect(by.length).toBeLessThanOrEqual(MAX_NAME);
    expect(long.startsWith(by)).toBe(true);
  });

  it("takes only the calculator's own inputs, and the hybrid planner's systems list and split", () => {
    expect(options('pu=120&a=99.5&qaPrice=1', 'uptime')).toBe('a=99.5');
    expect(options('sys=sv_20_0.535_2_37_400*em_10_1_1_10_100&as=01', 'hybrid-planner')).toBe(
      'sys=sv_20_0.535_2_37_400*em_10_1_1_10_100&as=01',
    );
    expect(options('sys=zz_1&as=2', 'hybrid-planner')).toBe('');
  });

  it('never throws, whatever the query', () => {
    for (const slug of CALCULATOR_SLUGS)
      for (const q of [
        '%',
        'theme=%00',
        'accent=' + '#'.repeat(500),
        'sys=' + '*'.repeat(3000),
        'by=' + 'x'.repeat(5000),
      ])
        expect(() => options(q, slug)).not.toThrow();
  });
});
