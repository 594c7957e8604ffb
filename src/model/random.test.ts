import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createNormal,
  createPoisson,
  createRng,
  createUnitLognormal,
  inverseNormalCdf,
  lognormal,
  normalCdf,
  percentileSorted,
  percentilesInPlace,
  poisson,
} from './index';

/** Mean and variance of n draws. */
function moments(n: number, draw: () => number): { mean: number; variance: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    s2 += x * x;
  }
  const mean = s / n;
  return { mean, variance: (s2 - n * mean * mean) / (n - 1) };
}

describe('createRng (sfc32)', () => {
  it('is pinned: the same seed gives the same numbers on every engine', () => {
    const r = createRng(1);
    expect([r(), r(), r()]).toEqual([0.11025513336062431, 0.9230146396439523, 0.5345051249023527]);
  });
  it('stays in [0, 1), and nearby seeds diverge', () => {
    const a = createRng(1);
    const b = createRng(2);
    let same = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = a();
      expect(x >= 0 && x < 1).toBe(true);
      if (x === b()) same++;
    }
    expect(same).toBe(0);
  });
  it('uniform mean ≈ 1/2 and variance ≈ 1/12 (100,000 draws, 4 standard errors)', () => {
    const m = moments(100_000, createRng(7));
    expect(Math.abs(m.mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / 100_000));
    expect(Math.abs(m.variance - 1 / 12)).toBeLessThan(0.002);
  });
});

describe('Poisson', () => {
  const rng = createRng(11);
  // Tolerance: 4 standard errors of the mean, sqrt(λ / n); variance within 3%.
  it.each([0.5, 3, 12, 29.9, 30, 75, 500])(
    'λ = %d: poisson() and createPoisson() have mean λ and variance λ',
    (lambda) => {
      const n = 60_000;
      for (const draw of [() => poisson(rng, lambda), createPoisson(rng, lambda)]) {
        const m = moments(n, draw);
        expect(Math.abs(m.mean - lambda)).toBeLessThan(4 * Math.sqrt(lambda / n));
        expect(Math.abs(m.variance / lambda - 1)).toBeLessThan(0.03);
      }
    },
  );
  it('P(0) = e^−λ for λ = 3 (0.0498)', () => {
    const draw = createPoisson(createRng(3), 3);
    let zeros = 0;
    for (let i = 0; i < 100_000; i++) if (draw() === 0) zeros++;
    // sd of the share = sqrt(p(1 − p)/n) ≈ 0.00069
    expect(Math.abs(zeros / 100_000 - Math.exp(-3))).toBeLessThan(0.003);
  });
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('λ = %d gives 0', (lambda) => {
    expect(poisson(createRng(1), lambda)).toBe(0);
    expect(createPoisson(createRng(1), lambda)()).toBe(0);
  });
});

describe('normal, inverse CDF and lognormal', () => {
  it('ziggurat normals: mean 0, variance 1, 2.5% beyond 1.96 (200,000 draws)', () => {
    const normal = createNormal(createRng(5));
    let tail = 0;
    const m = moments(200_000, () => {
      const z = normal();
      if (z > 1.96) tail++;
      return z;
    });
    expect(Math.abs(m.mean)).toBeLessThan(4 / Math.sqrt(200_000));
    expect(Math.abs(m.variance - 1)).toBeLessThan(0.015);
    expect(Math.abs(tail / 200_000 - 0.025)).toBeLessThan(0.0015);
  });
  it.each([
    [0, 0.5],
    [1.96, 0.975_002_1],
    [-1, 0.158_655_3],
    [3, 0.998_650_1],
  ])('Φ(%d) = %d', (x, p) => expect(normalCdf(x)).toBeCloseTo(p, 6));
  it('Φ(Φ⁻¹(p)) = p (to the 1.5e-7 accuracy of Φ) across (0, 1)', () => {
    for (let i = 1; i < 1000; i++) {
      const p = i / 1000;
      expect(Math.abs(normalCdf(inverseNormalCdf(p)) - p)).toBeLessThan(2e-7);
    }
    expect(inverseNormalCdf(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959_964, 6);
    expect(Number.isFinite(inverseNormalCdf(0))).toBe(true);
    expect(Number.isFinite(inverseNormalCdf(1))).toBe(true);
  });
  it.each([0.25, 0.5, 0.9])('unit lognormal, sigma %d: mean 1, sd √(e^σ² − 1), median e^(−σ²/2)', (sigma) => {
    const n = 200_000;
    const draw = createUnitLognormal(createRng(9), sigma);
    const xs = new Float64Array(n);
    const m = moments(n, draw);
    const sd = Math.sqrt(Math.exp(sigma * sigma) - 1);
    expect(Math.abs(m.mean - 1)).toBeLessThan((4 * sd) / Math.sqrt(n));
    expect(Math.abs(Math.sqrt(m.variance) / sd - 1)).toBeLessThan(0.05);
    const d2 = createUnitLognormal(createRng(9), sigma);
    for (let i = 0; i < n; i++) xs[i] = d2();
    expect(percentilesInPlace(xs, [0.5])[0]).toBeCloseTo(Math.exp((-sigma * sigma) / 2), 2);
  });
  it('sigma 0 gives exactly 1; lognormal() keeps the mean and handles zero', () => {
    expect(createUnitLognormal(createRng(1), 0)()).toBe(1);
    const normal = createNormal(createRng(2));
    expect(lognormal(normal, 0, 0.5)).toBe(0);
    expect(lognormal(normal, 3, 0)).toBe(3);
    const m = moments(100_000, () => lognormal(normal, 2, 0.5));
    expect(Math.abs(m.mean - 2)).toBeLessThan(0.02);
  });
});

describe('percentiles', () => {
  it.each([
    // sorted [1, 2, 3, 4]: position q × 3
    [0, 1],
    [0.1, 1.3], // 0.3 of the way from 1 to 2
    [0.5, 2.5],
    [0.9, 3.7],
    [1, 4],
  ])('percentileSorted([1,2,3,4], %d) = %d', (q, v) => expect(percentileSorted([1, 2, 3, 4], q)).toBeCloseTo(v, 12));
  it('quickselect percentiles equal sorted percentiles (3,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (list) => {
          const sorted = Float64Array.from(list).sort();
          const qs = [0.1, 0.5, 0.9, 0.99];
          const got = percentilesInPlace(Float64Array.from(list), qs);
          return qs.every(
            (q, i) => Math.abs(got[i]! - percentileSorted(sorted, q)) <= 1e-9 * Math.max(1, Math.abs(got[i]!)),
          );
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
