import { describe, expect, it } from 'vitest';
import { LOCALES } from './format';
import { LOCALE_SPEC } from './specs-settings';

describe('the number format choice', () => {
  it('names each format by a number written that way and where it is used, not by a locale code', () => {
    const labels = Object.fromEntries(LOCALE_SPEC.options.map((o) => [o.id, o.label]));
    expect(labels['']).toBe('Currency default');
    expect(labels['en-US']).toBe('1,234.5 (US)');
    expect(labels['de-DE']).toBe('1.234,5 (Germany)');
    // French groups with a narrow no-break space.
    expect(labels['fr-FR']).toBe('1\u202f234,5 (France)');
    expect(LOCALE_SPEC.options.map((o) => o.id)).toEqual(['', ...LOCALES]);
    for (const { label } of LOCALE_SPEC.options) expect(label).not.toMatch(/\b[a-z]{2}-[A-Z]{2}\b|undefined/);
  });
});
