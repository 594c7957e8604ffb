/**
 * Simulated years of break/fix and managed, to show how unpredictable break/fix is. Outages are
 * Poisson; their wait, fix and SLA response times are lognormal with means equal to the typical values
 * entered, and a log-sd set by the spread. Managed outages are the break/fix outages the plan did not
 * prevent (Poisson thinning), so both models face the same bad years. Everyday requests are a Poisson
 * count, each at its expected cost (small calls scatter mostly by how many there are); a severe
 * incident strikes with its yearly chance, managed's smaller chance nested inside break/fix's. Every
 * other cost is fixed. Same inputs and seed → same numbers.
 */
import { type ComparisonInputs, optionCosts } from './options';
import { SPREAD_SIGMA } from './spread';
import { downtimeRates } from './downtime';
import { createPoisson, createRng, createUnitLognormal, lognormalQuantile } from './random';
import { percentilesInPlace } from './stats';

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
  /** Standard deviation across simulated years. */
  sd: number;
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

/** Percentile (0–1) of an ascending sorted array, interpolating linearly between order statistics. */
export function percentileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const pos = Math.min(1, Math.max(0, q)) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Summarise simulated years (reorders `a`); also returns its 99th percentile for the histogram. */
function summarise(
  a: Float64Array,
  sum: number,
  sumSq: number,
  min: number,
  max: number,
): { dist: Distribution; p99: number } {
  const [p10 = 0, p50 = 0, p90 = 0, p99 = 0] = percentilesInPlace(a, [0.1, 0.5, 0.9, 0.99]);
  const n = a.length;
  const mean = n ? sum / n : 0;
  const sd = n > 1 ? Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1))) : 0;
  return { dist: { p10, p50, p90, mean, sd, min: n ? min : 0, max: n ? max : 0 }, p99 };
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
  const sigma = SPREAD_SIGMA[inputs.spread] ?? SPREAD_SIGMA.medium;
  const rates = downtimeRates(inputs);
  const perHour = rates.costPerHour;
  const perIncidentFixed = rates.recoveryTailPerIncident + rates.recoveryCostPerIncident;
  const lambda = Math.max(0, inputs.incidentsPerYear);
  const { breakFix: bfCost, managed: mgCost } = optionCosts(inputs);
  const keep = lambda > 0 ? mgCost.outages / lambda : 0;
  const aShare = inputs.afterHoursShare / 100;
  const aRate = inputs.hourlyRate * inputs.afterHoursMultiplier;
  const onsite = inputs.onsiteShare / 100;
  const minBilled = inputs.minimumBilledHours;
  const variable = (c: typeof bfCost) =>
    c.parts.outageInvoices + c.parts.outageDowntime + c.parts.requestInvoices + c.parts.requestDowntime + c.parts.risk;
  const bfFixed = bfCost.total - variable(bfCost);
  const mgFixed = mgCost.total - variable(mgCost);
  const requests = Math.max(0, inputs.users * inputs.requestsPerUser);
  const bfPerRequest = requests > 0 ? (bfCost.parts.requestInvoices + bfCost.parts.requestDowntime) / requests : 0;
  const mgPerRequest = requests > 0 ? (mgCost.parts.requestInvoices + mgCost.parts.requestDowntime) / requests : 0;
  const severe = Math.max(0, inputs.severeCost);
  const bfSevere = severe > 0 ? bfCost.parts.risk / severe : 0;
  const mgSevere = severe > 0 ? mgCost.parts.risk / severe : 0;
  const drawRequests = createPoisson(rng, requests);

  // Local aliases: imported bindings are getters under Vite's module runner, too slow per draw.
  const draw = createPoisson(rng, lambda);
  const unit = createUnitLognormal(rng, sigma);
  const quantile = lognormalQuantile(sigma);
  const fixMean = Math.max(0, inputs.fixHours);
  const waitMean = Math.max(0, inputs.waitHours);
  const slaMean = Math.max(0, inputs.slaResponseHours);
  const rate = inputs.hourlyRate;
  const trip = inputs.tripCharge;

  const bf = new Float64Array(years);
  const mg = new Float64Array(years);
  let bfSum = 0;
  let mgSum = 0;
  let bfSq = 0;
  let mgSq = 0;
  let bfMore = 0;
  let bfMin = Infinity;
  let bfMax = -Infinity;
  let mgMin = Infinity;
  let mgMax = -Infinity;
  for (let y = 0; y < years; y++) {
    const n = draw();
    const r = drawRequests();
    let b = bfFixed + r * bfPerRequest;
    let m = mgFixed + r * mgPerRequest;
    const s = rng();
    if (s < bfSevere) b += severe;
    if (s < mgSevere) m += severe;
    for (let k = 0; k < n; k++) {
      const fix = fixMean * unit();
      const wait = waitMean * unit();
      const billed = fix > minBilled ? fix : minBilled;
      // One uniform decides after-hours, then is rescaled to a fresh uniform for the site visit.
      let u = rng();
      if (u < aShare) {
        b += billed * aRate;
        u /= aShare;
      } else {
        b += billed * rate;
        u = (u - aShare) / (1 - aShare);
      }
      if (u < onsite) b += trip;
      b += perHour * (wait + fix) + perIncidentFixed;
      // Likewise: one uniform decides whether the incident still happens, then draws the SLA response.
      const v = rng();
      if (v < keep) m += perHour * (slaMean * quantile(v / keep) + fix) + perIncidentFixed;
    }
    bf[y] = b;
    mg[y] = m;
    bfSum += b;
    mgSum += m;
    bfSq += b * b;
    mgSq += m * m;
    if (b > m) bfMore++;
    if (b < bfMin) bfMin = b;
    if (b > bfMax) bfMax = b;
    if (m < mgMin) mgMin = m;
    if (m > mgMax) mgMax = m;
  }
  const bfStats = summarise(bf, bfSum, bfSq, bfMin, bfMax);
  const mgStats = summarise(mg, mgSum, mgSq, mgMin, mgMax);
  const breakFix = bfStats.dist;
  const managed = mgStats.dist;

  const lo = Math.min(breakFix.min, managed.min);
  let hi = Math.max(bfStats.p99, mgStats.p99);
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
