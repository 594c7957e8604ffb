/**
 * Simulated years of both models, to show how unpredictable break/fix is. Incidents are Poisson;
 * wait, fix and SLA response times are lognormal with means equal to the typical values entered, and a
 * log-sd set by the spread. Managed incidents are the break/fix incidents the plan did not prevent
 * (Poisson thinning), so both models face the same bad years. Same inputs and seed → same numbers.
 */
import { type ComparisonInputs, SPREAD_SIGMA } from './compare';
import { downtimeRates } from './downtime';
import { managedMonthlyFee } from './managed';
import { createNormal, createRng, lognormal, poisson } from './random';

/** Options of a simulation run. */
export interface SimulationOptions {
  /** Years to simulate (1–1,000,000; default 10,000). */
  years?: number;
  /** Seed (default: inputs.seed). */
  seed?: number;
  /** Histogram bins (2–200; default 24). */
  bins?: number;
}

/** Summary of one model's simulated annual costs. */
export interface Distribution {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  min: number;
  max: number;
}

/** Histogram of both models over shared bins. */
export interface Histogram {
  /** bins + 1 edges; bin i covers [edges[i], edges[i+1]). */
  edges: number[];
  /** Years falling in each bin, per model. */
  breakFix: number[];
  managed: number[];
  /** True when years above the last edge were counted in the last bin (edges end at the 99th percentile). */
  lastBinOpen: boolean;
}

/** Result of a simulation. */
export interface SimulationResult {
  years: number;
  seed: number;
  breakFix: Distribution;
  managed: Distribution;
  /** Share of simulated years (0–1) in which break/fix cost more than managed. */
  probabilityBreakFixCostsMore: number;
  histogram: Histogram;
}

/** Percentile (0–1) of a sorted array, linear interpolation between order statistics. */
export function percentileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const pos = Math.min(1, Math.max(0, q)) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function summarise(sorted: Float64Array, sum: number): Distribution {
  return {
    p10: percentileSorted(sorted, 0.1),
    p50: percentileSorted(sorted, 0.5),
    p90: percentileSorted(sorted, 0.9),
    mean: sorted.length ? sum / sorted.length : 0,
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

function clampInt(v: number | undefined, lo: number, hi: number, dflt: number): number {
  return v === undefined || !Number.isFinite(v) ? dflt : Math.min(hi, Math.max(lo, Math.round(v)));
}

/** Simulate `years` years of both models and summarise them. */
export function simulateYears(inputs: ComparisonInputs, options: SimulationOptions = {}): SimulationResult {
  const years = clampInt(options.years, 1, 1_000_000, 10_000);
  const seed = clampInt(options.seed ?? inputs.seed, 0, 4_294_967_295, 1);
  const binCount = clampInt(options.bins, 2, 200, 24);
  const rng = createRng(seed);
  const normal = createNormal(rng);
  const sigma = SPREAD_SIGMA[inputs.spread] ?? SPREAD_SIGMA.medium;
  const rates = downtimeRates(inputs);
  const perHour = rates.costPerHour;
  const perIncidentFixed = rates.recoveryTailPerIncident + rates.recoveryCostPerIncident;
  const lambda = Math.max(0, inputs.incidentsPerYear);
  const keep = 1 - inputs.incidentReduction / 100;
  const aShare = inputs.afterHoursShare / 100;
  const aRate = inputs.hourlyRate * inputs.afterHoursMultiplier;
  const onsite = inputs.onsiteShare / 100;
  const minBilled = inputs.minimumBilledHours;
  const fee = managedMonthlyFee(inputs);
  const mgFixed = 12 * fee + (fee * (inputs.onboardingPercent / 100) * 12) / Math.max(1, inputs.contractMonths) + inputs.projectHours * inputs.projectRate;

  const bf = new Float64Array(years);
  const mg = new Float64Array(years);
  let bfSum = 0;
  let mgSum = 0;
  let bfMore = 0;
  for (let y = 0; y < years; y++) {
    const n = poisson(rng, lambda);
    let b = 0;
    let m = mgFixed;
    for (let k = 0; k < n; k++) {
      const fix = lognormal(normal, inputs.fixHours, sigma);
      const wait = lognormal(normal, inputs.waitHours, sigma);
      const billed = fix > minBilled ? fix : minBilled;
      b += billed * (rng() < aShare ? aRate : inputs.hourlyRate);
      if (rng() < onsite) b += inputs.tripCharge;
      b += perHour * (wait + fix) + perIncidentFixed;
      if (rng() < keep) m += perHour * (lognormal(normal, inputs.slaResponseHours, sigma) + fix) + perIncidentFixed;
    }
    bf[y] = b;
    mg[y] = m;
    bfSum += b;
    mgSum += m;
    if (b > m) bfMore++;
  }
  bf.sort();
  mg.sort();
  const breakFix = summarise(bf, bfSum);
  const managed = summarise(mg, mgSum);

  const lo = Math.min(breakFix.min, managed.min);
  let hi = Math.max(percentileSorted(bf, 0.99), percentileSorted(mg, 0.99));
  if (!(hi > lo)) hi = lo + 1;
  const width = (hi - lo) / binCount;
  const edges = Array.from({ length: binCount + 1 }, (_, i) => lo + i * width);
  const count = (arr: Float64Array): number[] => {
    const c = new Array<number>(binCount).fill(0);
    for (let i = 0; i < arr.length; i++) c[Math.min(binCount - 1, Math.floor((arr[i]! - lo) / width))]!++;
    return c;
  };
  return {
    years,
    seed,
    breakFix,
    managed,
    probabilityBreakFixCostsMore: bfMore / years,
    histogram: {
      edges,
      breakFix: count(bf),
      managed: count(mg),
      lastBinOpen: breakFix.max > hi || managed.max > hi,
    },
  };
}
