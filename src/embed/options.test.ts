import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHeightMessage } from './height.ts';
import {
  accentForeground,
  contrast,
  embedId,
  fullCalculatorQuery,
  parseEmbedOptions,
  parseHexColour,
  wordPressSecret,
} from './options.ts';

const q = (s: string) => new URLSearchParams(s);

describe('parseHexColour', () => {
  it('accepts 3- and 6-digit hex, with or without #, and normalises', () => {
    expect(parseHexColour('#0B5CAD')).toBe('#0b5cad');
    expect(parseHexColour('abc')).toBe('#aabbcc');
    expect(parseHexColour(' #123456 ')).toBe('#123456');
  });
  it('refuses names, functions, CSS and anything else', () => {
    for (const bad of [
      'red',
      'rgb(0,0,0)',
      '#12345',
      '#1234567',
      'url(javascript:alert(1))',
      '#000;background:red',
      '#fff}body{',
      '',
      null,
      undefined,
    ]) {
      expect(parseHexColour(bad as string)).toBeNull();
    }
  });
  it('returns only #rrggbb or null for any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseHexColour(s);
        return r === null || /^#[0-9a-f]{6}$/.test(r);
      }),
    );
  });
});

describe('parseEmbedOptions', () => {
  it('defaults to auto theme and the site accent, without notices', () => {
    expect(parseEmbedOptions(q(''), false)).toEqual({ theme: 'auto', accent: null, notices: [] });
  });
  it('takes a known theme and a readable accent', () => {
    expect(parseEmbedOptions(q('theme=dark&accent=%237cb8ff'), false)).toEqual({
      theme: 'dark',
      accent: '#7cb8ff',
      notices: [],
    });
    expect(parseEmbedOptions(q('theme=LIGHT&accent=0b5cad'), true)).toEqual({
      theme: 'light',
      accent: '#0b5cad',
      notices: [],
    });
  });
  it('refuses hostile values with a notice that quotes them as text', () => {
    const o = parseEmbedOptions(
      q('theme=<script>alert(1)</script>&accent=red;background:url(javascript:alert(1))'),
      false,
    );
    expect(o.theme).toBe('auto');
    expect(o.accent).toBeNull();
    expect(o.notices).toHaveLength(2);
    expect(o.notices[0]).toContain('<script>');
  });
  it('refuses an accent too faint for the theme it would show on', () => {
    expect(parseEmbedOptions(q('accent=%23ffff00'), false).accent).toBeNull();
    expect(parseEmbedOptions(q('accent=%23ffff00'), true).accent).toBe('#ffff00');
    expect(parseEmbedOptions(q('accent=%230b5cad&theme=dark'), false).notices[0]).toMatch(/too faint/);
  });
  it('never returns an unreadable accent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.boolean(), (n, dark) => {
        const hex = '#' + n.toString(16).padStart(6, '0');
        const o = parseEmbedOptions(q(`accent=${encodeURIComponent(hex)}`), dark);
        return o.accent === null || contrast(o.accent, dark ? '#14171b' : '#ffffff') >= 4.5;
      }),
    );
  });
});

describe('accentForeground', () => {
  it('picks the more readable text colour', () => {
    expect(accentForeground('#0b5cad')).toBe('#ffffff');
    expect(accentForeground('#7cb8ff')).toBe('#0c1420');
  });
});

describe('hash values', () => {
  it('reads the WordPress secret only when it is letters and digits', () => {
    expect(wordPressSecret('#?secret=abc123')).toBe('abc123');
    expect(wordPressSecret('#?secret=a"b')).toBeNull();
    expect(wordPressSecret('')).toBeNull();
  });
  it('reads the loader id and drops anything odd', () => {
    expect(embedId('#id=itse-2')).toBe('itse-2');
    expect(embedId('#id=<b>')).toBe('');
  });
});

describe('fullCalculatorQuery', () => {
  it('keeps calculator inputs and drops embed-only keys', () => {
    expect(fullCalculatorQuery('?cur=EUR&theme=dark&accent=%23000000&compact=1&show=a,b&rev=5')).toBe('?cur=EUR&rev=5');
    expect(fullCalculatorQuery('?theme=dark')).toBe('');
  });
});

describe('isHeightMessage', () => {
  it('accepts only the exact shape with a finite, non-negative height', () => {
    expect(isHeightMessage({ type: 'itse:height', id: 'a', height: 300 })).toBe(true);
    for (const bad of [
      null,
      'itse:height',
      { type: 'itse:height', height: '300' },
      { type: 'itse:height', height: Infinity },
      { type: 'x', height: 3 },
      { type: 'itse:height', height: -1 },
    ]) {
      expect(isHeightMessage(bad)).toBe(false);
    }
  });
});
