/**
 * Closed-form expectations behind the exact (non-simulated) costs. Kept apart from ./random so the
 * calculators' instant results do not load the random-number code, which only the simulations need.
 */

/** μ of a lognormal whose mean is `mean` and whose log-sd is `sigma` (mean > 0). */
export function lognormalMu(mean: number, sigma: number): number {
  return Math.log(mean) - (sigma * sigma) / 2;
}

/** Standard normal CDF Φ(x) (Abramowitz & Stegun 7.1.26 via erf; absolute error < 1.5e-7). */
export function normalCdf(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
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
