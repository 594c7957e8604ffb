import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PERIOD_SECONDS,
  type Period,
  availabilityFromDowntime,
  availabilityFromMtbf,
  downtimeAllowed,
  ninesOf,
  parallelAvailability,
  seriesAvailability,
} from './index';

describe('downtime allowed (365-day year, 30-day month)', () => {
  it.each([
    // availability, per year (s), per 30-day month (s), per week, per day
    [99, 315_360, 25_920, 6_048, 864], // 1% × 31,536,000 s; 1% × 2,592,000 s
    [99.9, 31_536, 2_592, 604.8, 86.4], // = 8 h 45 min 36 s and 43 min 12 s
    [99.95, 15_768, 1_296, 302.4, 43.2], // = 4 h 22 min 48 s and 21 min 36 s
    [99.99, 3_153.6, 259.2, 60.48, 8.64], // = 52 min 34 s and 4 min 19 s
    [99.999, 315.36, 25.92, 6.048, 0.864], // = 5 min 15 s and 26 s
    [99.9999, 31.536, 2.592, 0.6048, 0.0864], // six nines: 31.5 s a year, 2.6 s a month
    [100, 0, 0, 0, 0],
    [0, 31_536_000, 2_592_000, 604_800, 86_400],
  ])('%d%%', (a, year, month, week, day) => {
    const d = downtimeAllowed(a);
    expect(d.year).toBeCloseTo(year, 6);
    expect(d.month).toBeCloseTo(month, 6);
    expect(d.week).toBeCloseTo(week, 6);
    expect(d.day).toBeCloseTo(day, 6);
  });
  it('out-of-range availabilities are clamped', () => {
    expect(downtimeAllowed(120).year).toBe(0);
    expect(downtimeAllowed(-5).day).toBe(86_400);
    expect(downtimeAllowed(Number.NaN).day).toBe(86_400);
  });
});

describe('availability from downtime, MTBF/MTTR, series, parallel', () => {
  it.each([
    [2_592, 'month', 99.9], // 1 − 2,592 / 2,592,000 = 0.999
    [43.2 * 60, 'month', 99.9],
    [86.4, 'day', 99.9],
    [3_600, 'day', 95.833_333_333], // 1 − 3,600 / 86,400 = 0.958333…
    [1e12, 'year', 0],
    [-5, 'week', 100],
  ] as const)('%d s per %s → %d%%', (s, p, a) => expect(availabilityFromDowntime(s, p)).toBeCloseTo(a, 6));
  it.each([
    [999, 1, 99.9], // 999 / (999 + 1)
    [720, 4, 99.447_513_812], // 720 / 724 = 0.994475…
    [0, 4, 0],
    [100, 0, 100],
    [0, 0, 100],
  ])('MTBF %d h, MTTR %d h → %d%%', (bf, tr, a) => expect(availabilityFromMtbf(bf, tr)).toBeCloseTo(a, 6));
  it('series multiplies: three at 99.9% ≈ 99.7% (Treynor et al. 2017)', () => {
    // 0.999³ = 0.997002999
    expect(seriesAvailability([99.9, 99.9, 99.9])).toBeCloseTo(99.700_299_9, 9);
    expect(seriesAvailability([])).toBe(100);
  });
  it('parallel: two copies at 99% give 99.99%', () => {
    // 1 − 0.01 × 0.01 = 0.9999
    expect(parallelAvailability([99, 99])).toBeCloseTo(99.99, 9);
    expect(parallelAvailability([])).toBe(0);
  });
  it.each([
    [99.9, 3],
    [99.99, 4],
    [90, 1],
    [100, 10],
  ])('nines of %d%% = %d', (a, n) => expect(ninesOf(a)).toBeCloseTo(n, 9));
});

describe('properties', () => {
  const period = fc.constantFrom<Period>('year', 'month', 'week', 'day');
  it('availability → downtime → availability round-trips (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), period, (a, p) => {
        const back = availabilityFromDowntime(downtimeAllowed(a)[p], p);
        return Math.abs(back - a) < 1e-9;
      }),
      { numRuns: 10_000 },
    );
  });
  it('downtime → availability → downtime round-trips (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), period, (share, p) => {
        const seconds = share * PERIOD_SECONDS[p];
        const back = downtimeAllowed(availabilityFromDowntime(seconds, p))[p];
        return Math.abs(back - seconds) < 1e-6 * Math.max(1, PERIOD_SECONDS[p] / 86_400);
      }),
      { numRuns: 10_000 },
    );
  });
  it('series never beats its weakest part; parallel never falls below its strongest (5,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }), (list) => {
        const s = seriesAvailability(list);
        const p = parallelAvailability(list);
        return (
          s <= Math.min(...list) + 1e-9 && p >= Math.max(...list) - 1e-9 && Number.isFinite(s) && Number.isFinite(p)
        );
      }),
      { numRuns: 5_000 },
    );
  });
  it('MTBF/MTTR gives a finite percentage for any non-negative input (5,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (bf, tr) => {
          const a = availabilityFromMtbf(bf, tr);
          return Number.isFinite(a) && a >= 0 && a <= 100;
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
