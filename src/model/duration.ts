/**
 * Durations in words ("8 hr 45 min 36 sec") through Intl unit formatting. Apart from ./format because
 * only the uptime calculator shows durations: the other calculators' shared code does not carry it.
 */
import { NO_VALUE, nf, resolveLocale, type FormatOptions } from './format';

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

/**
 * Format a duration in seconds as "8 hr 45 min 36 sec" (en-US) using Intl unit formatting.
 * Shows at most `maxParts` non-zero units (default 3), rounding the last one shown; zero shows "0 sec".
 * Under a minute it shows seconds with one decimal (three under a second), so small downtimes never read as zero.
 */
export function formatDuration(
  seconds: number,
  opts: FormatOptions & { maxParts?: number; unitDisplay?: 'short' | 'narrow' | 'long' } = {},
): string {
  if (!Number.isFinite(seconds)) return NO_VALUE;
  const locale = resolveLocale(opts);
  const display = opts.unitDisplay ?? 'short';
  const maxParts = Math.max(1, Math.min(4, Math.floor(opts.maxParts ?? 3)));
  const sign = seconds < 0 ? '-' : '';
  // Under a minute, whole seconds would hide what six nines allow (31.5 s a year, 0.086 s a day).
  const abs = Math.abs(seconds);
  if (abs < 59.95) {
    const digits = abs < 1 ? 3 : 1;
    return (
      sign +
      nf(locale, { style: 'unit', unit: 'second', unitDisplay: display, maximumFractionDigits: digits }).format(abs)
    );
  }
  let rest = Math.round(abs);
  // Find the largest unit present, then the smallest unit we may show; round to that.
  let first = UNITS.findIndex(([, s]) => rest >= s);
  if (first < 0) first = UNITS.length - 1;
  const last = Math.min(UNITS.length - 1, first + maxParts - 1);
  const lastSize = UNITS[last]![1];
  rest = Math.round(rest / lastSize) * lastSize;
  first = UNITS.findIndex(([, s]) => rest >= s);
  if (first < 0) first = last;
  const parts: string[] = [];
  for (let i = first; i <= last; i++) {
    const [unit, size] = UNITS[i]!;
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (parts.length === 0 && i === last))
      parts.push(nf(locale, { style: 'unit', unit, unitDisplay: display }).format(n));
  }
  return sign + parts.join(' ');
}
