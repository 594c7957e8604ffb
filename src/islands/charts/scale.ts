/**
 * Linear scales and "nice" ticks for the charts. The tick rule is d3's (steps of 1, 2 or 5 × 10^k,
 * about `count` of them); d3-scale itself would add several times this file's weight to every calculator
 * page, over budget.
 * test/component/infrastructure.test.ts checks these ticks against d3-scale's.
 */

/** Tick step of about `count` ticks over [lo, hi]: 1, 2 or 5 × a power of ten. */
export function tickStep(lo: number, hi: number, count: number): number {
  const raw = Math.abs(hi - lo) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const err = raw / power;
  return power * (err >= Math.sqrt(50) ? 10 : err >= Math.sqrt(10) ? 5 : err >= Math.sqrt(2) ? 2 : 1);
}

/** Ticks: multiples of the step inside [lo, hi], computed as integers × step to avoid 0.30000000000000004. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) return [lo];
  const step = tickStep(lo, hi, count);
  const a = Math.ceil(Math.min(lo, hi) / step - 1e-9);
  const b = Math.floor(Math.max(lo, hi) / step + 1e-9);
  const out: number[] = [];
  for (let i = a; i <= b && out.length < 100; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** Widen [lo, hi] outward to whole tick steps (like d3's `nice`), so the axis ends on a tick. */
export function nice(lo: number, hi: number, count = 5): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) return lo === 0 ? [0, 1] : lo > 0 ? [0, lo] : [lo, 0];
  const step = tickStep(lo, hi, count);
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/**
 * An SVG coordinate or length rounded to a tenth of a unit: finer digits draw nothing different and
 * would add about a kilobyte of gzip to every page with charts.
 */
export const tenth = (v: number): number => Math.round(v * 10) / 10;

/** A linear map from a domain to a range, in tenths; non-finite input maps to the range start. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => tenth(Number.isFinite(v) ? r0 + (v - d0) * k : r0);
}
