/**
 * Small, seeded random numbers for the simulations: sfc32 uniforms, lognormals by quantile table, Poisson.
 * Same seed → same sequence on every JS engine (only + * and Math.log/exp/cos/sqrt are used). Normal draws
 * (ziggurat) live in ./random-normal: the simulations do not use them, so their tables stay out of the pages.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** sfc32 generator seeded from one 32-bit integer (seed is mixed so nearby seeds diverge). */
export function createRng(seed: number): Rng {
  // State lives in an Int32Array: int32 values beyond ±2^30 stored in closure variables become heap
  // numbers in V8 (one allocation per write); typed-array slots never do.
  const s = new Int32Array(4);
  s[0] = 0x9e3779b9 | 0;
  s[1] = 0x243f6a88 | 0;
  s[2] = 0xb7e15162 | 0;
  s[3] = (Number.isFinite(seed) ? Math.trunc(seed) : 0) | 0;
  const next = (): number => {
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    const r = (c << 21) | (c >>> 11);
    s[2] = r + t;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9).
 * p outside (0, 1) is clamped to the nearest double inside it.
 */
export function inverseNormalCdf(p: number): number {
  const q0 = Math.min(1 - 1e-16, Math.max(Number.MIN_VALUE, Number.isFinite(p) ? p : 0.5));
  const lowTail = 0.02425;
  if (q0 < lowTail || q0 > 1 - lowTail) {
    const q = Math.sqrt(-2 * Math.log(q0 < lowTail ? q0 : 1 - q0));
    const x =
      (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q +
        4.374664141464968) *
        q +
        2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
    return q0 < lowTail ? x : -x;
  }
  const q = q0 - 0.5;
  const r = q * q;
  return (
    ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r -
      3.066479806614716e1) *
      r +
      2.506628277459239) *
      q) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r -
      1.328068155288572e1) *
      r +
      1)
  );
}

/** Grid size of the lognormal lookup table. */
export const LOGNORMAL_TABLE_SIZE = 4096;
const Z_GRID = new Float64Array(LOGNORMAL_TABLE_SIZE + 1);
for (let i = 1; i < LOGNORMAL_TABLE_SIZE; i++) Z_GRID[i] = inverseNormalCdf(i / LOGNORMAL_TABLE_SIZE);
const tableCache = new Map<number, Float64Array>();

/**
 * Quantile function of a lognormal with mean 1 and log-sd `sigma` (multiply by the mean you want):
 * linear interpolation in a 4,096-point quantile table, with the outer 1/4,096 on each side computed
 * exactly. Feeding it uniforms samples the lognormal with no exp or normal draw per sample, several
 * times faster than exp(normal); interpolation biases the mean by under 1e-4 relative at sigma 0.9.
 * sigma ≤ 0 gives 1 for every u.
 */
export function lognormalQuantile(sigma: number): (u: number) => number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) return () => 1;
  const half = (sigma * sigma) / 2;
  let table = tableCache.get(sigma);
  if (!table) {
    table = new Float64Array(LOGNORMAL_TABLE_SIZE + 1);
    for (let i = 1; i < LOGNORMAL_TABLE_SIZE; i++) table[i] = Math.exp(sigma * Z_GRID[i]! - half);
    if (tableCache.size > 16) tableCache.clear();
    tableCache.set(sigma, table);
  }
  const t = table;
  const n = LOGNORMAL_TABLE_SIZE;
  return (u: number) => {
    const x = u * n;
    const i = x | 0;
    if (i >= 1 && i < n - 1) {
      const a = t[i]!;
      return a + (t[i + 1]! - a) * (x - i);
    }
    return Math.exp(sigma * inverseNormalCdf(u > 0 ? u : Number.MIN_VALUE) - half);
  };
}

/** Sampler of a lognormal with mean 1 and log-sd `sigma`: lognormalQuantile applied to `rng`. */
export function createUnitLognormal(rng: Rng, sigma: number): () => number {
  const q = lognormalQuantile(sigma);
  return () => q(rng());
}

function logFactorial(k: number): number {
  if (k < 10) {
    let f = 1;
    for (let i = 2; i <= k; i++) f *= i;
    return Math.log(f);
  }
  // Stirling series; error < 1e-10 for k ≥ 10.
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}

/**
 * Poisson draw. Knuth's product method below λ = 30; above, Hörmann's PTRS
 * (transformed rejection), which is exact. λ ≤ 0 or non-finite gives 0.
 */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0) || !Number.isFinite(lambda)) return 0;
  if (lambda < 30) {
    const L = Math.exp(-lambda);
    let k = 0;
    let p = rng();
    while (p > L) {
      k++;
      p *= rng();
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k))
      return k;
  }
}

/**
 * Poisson sampler for a fixed λ: inversion against a precomputed CDF when λ < 30 (one uniform per
 * draw), PTRS above. Same distribution as poisson(); faster when drawing many times.
 */
export function createPoisson(rng: Rng, lambda: number): () => number {
  if (!(lambda > 0) || !Number.isFinite(lambda)) return () => 0;
  if (lambda >= 30) return () => poisson(rng, lambda);
  const cdf: number[] = [];
  let p = Math.exp(-lambda);
  let c = p;
  for (let k = 0; c < 1 - 1e-15 && k < 200; k++) {
    cdf.push(c);
    p *= lambda / (k + 1);
    c += p;
  }
  cdf.push(1);
  const table = Float64Array.from(cdf);
  const last = table.length - 1;
  return () => {
    const u = rng();
    let k = 0;
    while (k < last && u >= table[k]!) k++;
    return k;
  };
}

// Closed-form expectations live in ./expected (no random numbers); re-exported for the model's API.
export { expectedMaxLognormal, lognormalMu, normalCdf } from './expected';
