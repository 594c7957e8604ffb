/**
 * Formatting of money, percentages, numbers and durations. Everything goes through Intl;
 * non-finite values format as an em dash rather than "NaN".
 */

/** Currencies the site supports. Amounts are never converted between them. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD'] as const;
/** One of the supported currencies. */
export type Currency = (typeof CURRENCIES)[number];

/** The locale each currency formats with unless another is given. */
export const DEFAULT_LOCALE: Readonly<Record<Currency, string>> = {
  USD: 'en-US',
  EUR: 'en-IE',
  GBP: 'en-GB',
  CAD: 'en-CA',
  AUD: 'en-AU',
};

/** Locales accepted from URLs and embed attributes (a whitelist). */
export const LOCALES = ['en-US', 'en-GB', 'en-IE', 'en-CA', 'en-AU', 'de-DE', 'fr-FR', 'fr-CA'] as const;

/** Shown instead of a number when a value is not finite. */
export const NO_VALUE = '—';

/** Currency and locale for one rendering. */
export interface FormatOptions {
  currency?: Currency;
  /** BCP 47 locale; defaults to the currency's locale. */
  locale?: string;
}

const cache = new Map<string, Intl.NumberFormat>();
/** A cached Intl.NumberFormat (an unknown locale falls back to en-US). */
export function nf(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = locale + JSON.stringify(opts);
  let f = cache.get(k);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, opts);
    } catch {
      f = new Intl.NumberFormat('en-US', opts);
    }
    cache.set(k, f);
  }
  return f;
}

/** The characters a locale writes between groups of thousands and before decimals. */
export interface NumberSeparators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, NumberSeparators>();
/** A locale's group and decimal separators, read from Intl.NumberFormat#formatToParts on first use (cached). */
export function numberSeparators(locale: string): NumberSeparators {
  let s = separatorCache.get(locale);
  if (!s) {
    s = { group: ',', decimal: '.' };
    for (const p of nf(locale, {}).formatToParts(1234567.5)) {
      if (p.type === 'group') s.group = p.value;
      else if (p.type === 'decimal') s.decimal = p.value;
    }
    separatorCache.set(locale, s);
  }
  return s;
}

/** Resolve the locale to use: the given one if whitelisted, else the currency's default. */
export function resolveLocale(opts: FormatOptions = {}): string {
  const l = opts.locale;
  if (l && (LOCALES as readonly string[]).includes(l)) return l;
  return DEFAULT_LOCALE[opts.currency ?? 'USD'] ?? 'en-US';
}

/**
 * Format an amount of money. Whole units by default (calculator outputs are estimates);
 * pass `cents: true` for two decimals, `compact: true` for "$1.2M" style axis labels.
 */
export function formatMoney(value: number, opts: FormatOptions & { cents?: boolean; compact?: boolean } = {}): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const currency = opts.currency ?? 'USD';
  const o: Intl.NumberFormatOptions = { style: 'currency', currency };
  if (opts.compact) Object.assign(o, { notation: 'compact', maximumFractionDigits: 1 });
  else if (opts.cents) Object.assign(o, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  else Object.assign(o, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  return nf(resolveLocale(opts), o).format(value === 0 ? 0 : value);
}

/** Format a fraction (0.37) as a percentage ("37%"), with up to `digits` decimals (default 0). */
export function formatPercent(fraction: number, opts: FormatOptions & { digits?: number } = {}): string {
  if (!Number.isFinite(fraction)) return NO_VALUE;
  const d = Math.max(0, Math.min(6, opts.digits ?? 0));
  return nf(resolveLocale(opts), { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: d }).format(
    fraction,
  );
}

/**
 * Format a chance (0–1) as a whole percentage, saying "under 1%" or "over 99%" where it would round to
 * 0% or 100%: a simulation that never saw an event has not shown it cannot happen.
 */
export function formatChance(fraction: number, opts: FormatOptions = {}): string {
  if (!Number.isFinite(fraction)) return NO_VALUE;
  const whole = Math.round(fraction * 100);
  if (whole < 1) return `under ${formatPercent(0.01, opts)}`;
  if (whole > 99) return `over ${formatPercent(0.99, opts)}`;
  return formatPercent(fraction, opts);
}

/** Format a plain number with grouping and up to `digits` decimals (default 2). */
export function formatNumber(value: number, opts: FormatOptions & { digits?: number } = {}): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const d = Math.max(0, Math.min(10, opts.digits ?? 2));
  return nf(resolveLocale(opts), { maximumFractionDigits: d }).format(value);
}
