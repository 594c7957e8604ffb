import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  DEFAULT_LOCALE,
  NO_VALUE,
  formatChance,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  resolveLocale,
} from './index';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it.each([
    // currency, default locale, whole units, with cents
    ['USD', 'en-US', '$1,235', '$1,234.50'],
    ['EUR', 'en-IE', '€1,235', '€1,234.50'],
    ['GBP', 'en-GB', '£1,235', '£1,234.50'],
    ['CAD', 'en-CA', '$1,235', '$1,234.50'],
    ['AUD', 'en-AU', '$1,235', '$1,234.50'],
  ] as const)('%s in %s', (currency, locale, whole, cents) => {
    expect(DEFAULT_LOCALE[currency]).toBe(locale);
    expect(formatMoney(1234.5, { currency })).toBe(whole);
    expect(formatMoney(1234.5, { currency, cents: true })).toBe(cents);
  });
  it('other locales and foreign currencies', () => {
    expect(formatMoney(1234.5, { currency: 'EUR', locale: 'de-DE' })).toBe(`1.235${NBSP}€`);
    expect(formatMoney(1234.5, { currency: 'USD', locale: 'en-GB' })).toBe('US$1,235');
    expect(formatMoney(1234.5, { currency: 'CAD', locale: 'fr-CA' })).toMatch(/^1\s235\s\$$/u);
    expect(formatMoney(1_250_000, { currency: 'USD', compact: true })).toBe('$1.3M');
    expect(formatMoney(-0.4, { currency: 'USD' })).toBe('-$0');
  });
  it('an unknown locale falls back to the currency default instead of throwing', () => {
    expect(resolveLocale({ currency: 'GBP', locale: 'xx-<script>' })).toBe('en-GB');
    expect(formatMoney(10, { currency: 'GBP', locale: 'not a locale' })).toBe('£10');
  });
  it.each(CURRENCIES)('%s: non-finite values show a dash, never NaN', (currency) => {
    expect(formatMoney(Number.NaN, { currency })).toBe(NO_VALUE);
    expect(formatMoney(Number.POSITIVE_INFINITY, { currency })).toBe(NO_VALUE);
  });
});

describe('formatPercent and formatNumber', () => {
  it.each([
    [0.37, {}, '37%'],
    [0.999, { digits: 1 }, '99.9%'],
    [0.5, { locale: 'de-DE' }, `50${NBSP}%`],
    [0.12345, { digits: 2, currency: 'GBP' as const }, '12.35%'],
  ])('formatPercent(%d, %o) = %s', (v, o, s) => expect(formatPercent(v, o)).toBe(s));
  it.each([
    [1234.567, {}, '1,234.57'],
    [1234.567, { digits: 0 }, '1,235'],
    [1234.567, { locale: 'de-DE' }, '1.234,57'],
    [Number.NaN, {}, NO_VALUE],
  ])('formatNumber(%d, %o) = %s', (v, o, s) => expect(formatNumber(v, o)).toBe(s));
});

describe('formatChance', () => {
  it.each([
    [0, {}, 'under 1%'],
    [0.0049, {}, 'under 1%'], // rounds to 0%
    [0.005, {}, '1%'],
    [0.0693, {}, '7%'],
    [0.5, {}, '50%'],
    [0.9949, {}, '99%'],
    [0.995, {}, 'over 99%'], // rounds to 100%
    [1, {}, 'over 99%'],
    [0, { locale: 'de-DE' }, `under 1${NBSP}%`],
    [Number.NaN, {}, NO_VALUE],
  ])('formatChance(%d, %o) = %s', (v, o, s) => expect(formatChance(v, o)).toBe(s));
});

describe('formatDuration', () => {
  it.each([
    // seconds, options, expected; arithmetic in comments
    [31_536, {}, '8 hr 45 min 36 sec'], // 0.1% of 365 d = 31,536 s = 8 h 45 min 36 s
    [2_592, {}, '43 min 12 sec'], // 0.1% of 30 d = 2,592 s
    [315_360, {}, '3 days 15 hr 36 min'], // 1% of 365 d = 315,360 s = 3 d 15 h 36 min 0 s
    [3_153.6, {}, '52 min 34 sec'], // 0.01% of 365 d = 3,153.6 s → rounds to 52 min 34 s
    [25.92, {}, '25.9 sec'],
    [31.536, {}, '31.5 sec'], // 99.9999% of 365 d
    [0.0864, {}, '0.086 sec'], // 99.9999% of a day
    [59.97, {}, '1 min'],
    [0, {}, '0 sec'],
    [90_061, {}, '1 day 1 hr 1 min'], // 1 d 1 h 1 min 1 s, three parts, seconds dropped
    [3_599.6, { maxParts: 1 }, '1 hr'], // rounding carries into the next unit
    [31_536, { locale: 'en-GB' }, '8 hrs 45 mins 36 secs'],
    [31_536, { unitDisplay: 'narrow' as const }, '8h 45m 36s'],
    [31_536, { maxParts: 4 }, '8 hr 45 min 36 sec'],
    [-60, {}, '-1 min'],
  ])('%d s, %o → %s', (s, o, out) => expect(formatDuration(s, o)).toBe(out));
  it('de-DE uses German units', () => {
    expect(formatDuration(31_536, { locale: 'de-DE' })).toMatch(/^8\sStd\. 45\sMin\. 36\sSek\.$/u);
  });
  it('non-finite durations show a dash', () => expect(formatDuration(Number.NaN)).toBe(NO_VALUE));
});
