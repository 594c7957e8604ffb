/**
 * Small, seeded random numbers for the simulations: sfc32, Box–Muller normals, lognormals, Poisson.
 * Same seed → same sequence on every JS engine (only + * and Math.log/exp/cos/sqrt are used).
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** sfc32 generator seeded from one 32-bit integer (seed is mixed so nearby seeds diverge). */
export function createRng(seed: number): Rng {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  const next = (): number => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** Normal(0, 1) sampler using Box–Muller, keeping the spare value. */
export function createNormal(rng: Rng): () => number {
  let spare = 0;
  let has = false;
  return () => {
    if (has) {
      has = false;
      return spare;
    }
    let u = rng();
    while (u <= 0) u = rng();
    const r = Math.sqrt(-2 * Math.log(u));
    const t = 2 * Math.PI * rng();
    spare = r * Math.sin(t);
    has = true;
    return r * Math.cos(t);
  };
}

/** μ of a lognormal whose mean is `mean` and whose log-sd is `sigma` (mean > 0). */
export function lognormalMu(mean: number, sigma: number): number {
  return Math.log(mean) - (sigma * sigma) / 2;
}

/** Draw from a lognormal with the given mean and log-sd; mean ≤ 0 gives 0, sigma 0 gives the mean. */
export function lognormal(normal: () => number, mean: number, sigma: number): number {
  if (!(mean > 0)) return 0;
  if (!(sigma > 0)) return mean;
  return Math.exp(lognormalMu(mean, sigma) + sigma * normal());
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
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
  }
}

/** Standard normal CDF Φ(x) (Abramowitz & Stegun 7.1.26 via erf; absolute error < 1.5e-7). */
export function normalCdf(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** E[max(floor, X)] for X lognormal with the given mean and log-sd: the expected billed hours under a minimum. */
export function expectedMaxLognormal(floor: number, mean: number, sigma: number): number {
  if (!(mean > 0)) return Math.max(floor, 0);
  if (!(floor > 0)) return mean;
  if (!(sigma > 0)) return Math.max(floor, mean);
  const mu = lognormalMu(mean, sigma);
  const la = Math.log(floor);
  return floor * normalCdf((la - mu) / sigma) + mean * normalCdf((mu + sigma * sigma - la) / sigma);
}
