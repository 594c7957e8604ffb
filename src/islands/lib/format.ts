/** Formatters bound to a calculator's currency and locale (all through the model's Intl helpers). */
import { formatMoney, formatNumber, formatPercent, type FormatOptions } from '../../model/format';

/** Money, compact money (axis labels), percent (from a fraction) and plain numbers. */
export function formatters(fmt: FormatOptions) {
  return {
    money: (v: number) => formatMoney(v, fmt),
    short: (v: number) => formatMoney(v, { ...fmt, compact: true }),
    pct: (f: number, digits = 0) => formatPercent(f, { ...fmt, digits }),
    num: (v: number, digits = 1) => formatNumber(v, { ...fmt, digits }),
  };
}

/** The specs with these ids, in this order (skipping any the model no longer has). */
export function pick<T extends { id: string }>(specs: readonly T[], ids: readonly string[]): T[] {
  return ids.map((id) => specs.find((s) => s.id === id)).filter((s): s is T => s !== undefined);
}
