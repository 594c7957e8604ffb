/**
 * Hybrid split: which systems to put under a managed plan and which to leave on break/fix.
 * Expected costs are exact; P90s come from simulated years drawn once per system and reused for every
 * assignment (common random numbers), so assignments are compared on the same luck.
 * Hybrid prices lost productivity only (no revenue or recovery tail per system).
 */
import { loadedHourlyCost } from './downtime';
import { perHourOf, systemCosts, type SystemCost } from './hybrid-costs';
import { createPoisson, createRng, createUnitLognormal } from './random';
import { SPREAD_SIGMA } from './spread';
import { selectKth } from './stats';
import { HYBRID_MAX_SYSTEMS, type HybridInputs, type HybridSystem } from './systems';

export { systemCosts, type SystemCost };

/** Options for hybrid evaluation. */
export interface HybridOptions {
  /** Simulated years behind each P90 (100–100,000; default 2,000). */
  years?: number;
}

/** Cost of one assignment. */
export interface AssignmentResult {
  /** managed[i] is true when system i is under the managed plan. */
  managed: boolean[];
  /** Expected annual cost. */
  expected: number;
  /** 90th percentile of simulated annual cost. */
  p90: number;
}

/** Result of the optimiser. */
export interface HybridResult {
  perSystem: SystemCost[];
  allBreakFix: AssignmentResult;
  allManaged: AssignmentResult;
  /** Assignment with the lowest expected cost (ties: the first found). */
  minExpected: AssignmentResult;
  /** Assignment with the lowest P90. */
  minP90: AssignmentResult;
  /** 2^n assignments tried. */
  assignmentsEvaluated: number;
  years: number;
  /** True when systems beyond HYBRID_MAX_SYSTEMS were ignored. */
  truncated: boolean;
}

/** Simulated annual costs, laid out [system][year] in two flat arrays. */
function sampleSystems(systems: readonly HybridSystem[], inputs: HybridInputs, years: number): { bf: Float64Array; mg: Float64Array } {
  const rng = createRng(Number.isFinite(inputs.seed) ? inputs.seed : 1);
  const sigma = SPREAD_SIGMA[inputs.spread] ?? SPREAD_SIGMA.medium;
  // Local aliases: imported bindings are getters under Vite's module runner, too slow per draw.
  const unit = createUnitLognormal(rng, sigma);
  const loaded = loadedHourlyCost(inputs.annualSalary, inputs.overheadFactor);
  const aShare = inputs.afterHoursShare / 100;
  const onsite = inputs.onsiteShare / 100;
  const keep = 1 - inputs.incidentReduction / 100;
  const bf = new Float64Array(systems.length * years);
  const mg = new Float64Array(systems.length * years);
  systems.forEach((s, i) => {
    const perHour = perHourOf(s, loaded);
    const fee = 12 * s.managedMonthly;
    const draw = createPoisson(rng, s.incidentsPerYear);
    for (let y = 0; y < years; y++) {
      const n = draw();
      let b = 0;
      let m = fee;
      for (let k = 0; k < n; k++) {
        const fix = s.fixHours * unit();
        const wait = inputs.waitHours * unit();
        const billed = fix > inputs.minimumBilledHours ? fix : inputs.minimumBilledHours;
        b += billed * inputs.hourlyRate * (rng() < aShare ? inputs.afterHoursMultiplier : 1);
        if (rng() < onsite) b += inputs.tripCharge;
        b += perHour * (wait + fix);
        if (rng() < keep) m += perHour * (inputs.slaResponseHours * unit() + fix);
      }
      bf[i * years + y] = b;
      mg[i * years + y] = m;
    }
  });
  return { bf, mg };
}

/** 90th percentile (linear interpolation, as percentileSorted) without sorting; scratch is overwritten. */
function p90Of(totals: Float64Array, scratch: Float64Array): number {
  scratch.set(totals);
  const pos = 0.9 * (scratch.length - 1);
  const k = Math.floor(pos);
  const lo = selectKth(scratch, k);
  if (k + 1 >= scratch.length) return lo;
  let next = Infinity;
  for (let i = k + 1; i < scratch.length; i++) if (scratch[i]! < next) next = scratch[i]!;
  return lo + (next - lo) * (pos - k);
}

function yearsOf(options: HybridOptions): number {
  const y = options.years;
  return y === undefined || !Number.isFinite(y) ? 2000 : Math.min(100_000, Math.max(100, Math.round(y)));
}

/** Expected cost and P90 of one assignment (true = managed). Missing entries count as break/fix. */
export function evaluateAssignment(
  systemsIn: readonly HybridSystem[],
  inputs: HybridInputs,
  assignment: readonly boolean[],
  options: HybridOptions = {},
): AssignmentResult {
  const systems = systemsIn.slice(0, HYBRID_MAX_SYSTEMS);
  const years = yearsOf(options);
  const costs = systemCosts(systems, inputs);
  const { bf, mg } = sampleSystems(systems, inputs, years);
  const totals = new Float64Array(years);
  const managed = systems.map((_, i) => assignment[i] === true);
  let expected = 0;
  managed.forEach((isManaged, i) => {
    const c = costs[i]!;
    expected += isManaged ? c.managed : c.breakFix;
    const src = isManaged ? mg : bf;
    for (let y = 0; y < years; y++) totals[y]! += src[i * years + y]!;
  });
  return { managed, expected, p90: p90Of(totals, new Float64Array(years)) };
}

/**
 * Try every assignment of systems to managed or break/fix (2^n, n ≤ HYBRID_MAX_SYSTEMS; extra systems
 * are ignored and `truncated` is set). Steps through assignments in Gray-code order so each step
 * changes one system and updates the simulated yearly totals in place.
 */
export function optimiseHybrid(systemsIn: readonly HybridSystem[], inputs: HybridInputs, options: HybridOptions = {}): HybridResult {
  const systems = systemsIn.slice(0, HYBRID_MAX_SYSTEMS);
  const n = systems.length;
  const years = yearsOf(options);
  const perSystem = systemCosts(systems, inputs);
  const { bf, mg } = sampleSystems(systems, inputs, years);
  const totals = new Float64Array(years);
  const scratch = new Float64Array(years);
  for (let i = 0; i < n; i++) for (let y = 0; y < years; y++) totals[y]! += bf[i * years + y]!;
  const maskToList = (mask: number) => systems.map((_, i) => (mask & (1 << i)) !== 0);
  let expected = perSystem.reduce((s, c) => s + c.breakFix, 0);
  let mask = 0;
  let bestE = { mask: 0, expected, p90: p90Of(totals, scratch) };
  let bestP = bestE;
  const allBreakFix = bestE;
  let allManaged = bestE;
  const count = 2 ** n;
  for (let step = 1; step < count; step++) {
    const bit = 31 - Math.clz32(step & -step);
    mask ^= 1 << bit;
    const on = (mask & (1 << bit)) !== 0;
    const sign = on ? 1 : -1;
    const changed = perSystem[bit]!;
    expected += sign * (changed.managed - changed.breakFix);
    const off = bit * years;
    for (let y = 0; y < years; y++) totals[y]! += sign * (mg[off + y]! - bf[off + y]!);
    const p90 = p90Of(totals, scratch);
    const here = { mask, expected, p90 };
    if (expected < bestE.expected - 1e-9) bestE = here;
    if (p90 < bestP.p90 - 1e-9) bestP = here;
    if (mask === count - 1) allManaged = here;
  }
  const result = (r: { mask: number; expected: number; p90: number }): AssignmentResult => ({
    managed: maskToList(r.mask),
    expected: r.expected,
    p90: r.p90,
  });
  return {
    perSystem,
    allBreakFix: result(allBreakFix),
    allManaged: result(allManaged),
    minExpected: result(bestE),
    minP90: result(bestP),
    assignmentsEvaluated: count,
    years,
    truncated: systemsIn.length > HYBRID_MAX_SYSTEMS,
  };
}
