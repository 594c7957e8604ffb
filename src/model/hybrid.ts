/**
 * Hybrid split: which systems to put under a managed plan and which to leave on break/fix.
 * Expected costs are exact; P90s come from simulated years drawn once per system and reused for every
 * assignment (common random numbers), so assignments are compared on the same luck. A severe security
 * incident is part of every split's cost and reported apart (`risk`): its chance falls with each system
 * that can let an attacker in being managed (see firmCosts), and each simulated year's draw of it is shared
 * by every split too. Each system is priced as options.ts prices the firm (see ./hybrid-costs): its
 * yearly upkeep share, tools, fees and onboarding are fixed; its failures, their invoices and downtime
 * are drawn.
 */
import {
  firmCosts,
  splitCost,
  systemCosts,
  yes,
  type FirmCosts,
  type SplitCost,
  type SystemCost,
  type SystemParts,
} from './hybrid-costs';
import { createPoisson, createRng, createUnitLognormal } from './random';
import { SPREAD_SIGMA } from './spread';
import { selectKth } from './stats';
import { HYBRID_MAX_SYSTEMS, isAttackSurface, type HybridInputs, type HybridSystem } from './systems';

export { firmCosts, splitCost, systemCosts, type FirmCosts, type SplitCost, type SystemCost, type SystemParts };

/** Options for hybrid evaluation. */
export interface HybridOptions {
  /** Simulated years behind each P90 (100–100,000; default 2,000). */
  years?: number;
}

/** Cost of one assignment: expected = cash + downtime + risk, all per year. */
export interface AssignmentResult extends SplitCost {
  /** managed[i] is true when system i is under the managed plan. */
  managed: boolean[];
  /** 90th percentile of simulated annual cost, severe incidents included. */
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

/** Simulated years: costs laid out [system][year] in two flat arrays, and one uniform a year for the severe incident. */
interface Samples {
  bf: Float64Array;
  mg: Float64Array;
  luck: Float64Array;
}

/** Simulated annual costs of each system, and each year's luck with a severe incident. */
function sampleSystems(
  systems: readonly HybridSystem[],
  inputs: HybridInputs,
  costs: readonly SystemCost[],
  years: number,
): Samples {
  const rng = createRng(Number.isFinite(inputs.seed) ? inputs.seed : 1);
  const sigma = SPREAD_SIGMA[inputs.spread] ?? SPREAD_SIGMA.medium;
  // Local aliases: imported bindings are getters under Vite's module runner, too slow per draw.
  const unit = createUnitLognormal(rng, sigma);
  const helpDesk = yes(inputs.includesHelpDesk);
  const prevented = yes(inputs.includesMaintenance) ? inputs.incidentReduction / 100 : 0;
  const aShare = inputs.afterHoursShare / 100;
  const onsite = inputs.onsiteShare / 100;
  const bf = new Float64Array(systems.length * years);
  const mg = new Float64Array(systems.length * years);
  systems.forEach((s, i) => {
    const { parts, failure } = costs[i]!;
    const { request, perHour, tail } = failure;
    // A request on a plan without a help desk is billed and waited for as under break/fix.
    const billed = request && !helpDesk;
    const keep = request ? 1 : 1 - prevented;
    const { breakFix: b0, managed: m0 } = parts;
    const draw = createPoisson(rng, s.incidentsPerYear);
    for (let y = 0; y < years; y++) {
      const n = draw();
      let b = b0.upkeep + b0.tools;
      let m = m0.upkeep + m0.tools + m0.fees + m0.oneOff;
      for (let k = 0; k < n; k++) {
        const fix = s.fixHours * unit();
        const wait = inputs.waitHours * unit();
        const hours = fix > inputs.minimumBilledHours ? fix : inputs.minimumBilledHours;
        const invoice =
          hours * inputs.hourlyRate * (!request && rng() < aShare ? inputs.afterHoursMultiplier : 1) +
          (rng() < onsite ? inputs.tripCharge : 0);
        b += invoice + perHour * (wait + fix) + tail;
        if (billed) m += invoice + perHour * (wait + fix) + tail;
        else if (rng() < keep) m += perHour * (inputs.slaResponseHours * unit() + fix) + tail;
      }
      bf[i * years + y] = b;
      mg[i * years + y] = m;
    }
  });
  // Its own stream, so adding or editing a system does not change which years bring an incident.
  const luckRng = createRng((Number.isFinite(inputs.seed) ? inputs.seed : 1) ^ 0x5bd1e995);
  const luck = new Float64Array(years);
  for (let y = 0; y < years; y++) luck[y] = luckRng();
  return { bf, mg, luck };
}

/**
 * Chance of a severe incident in a year with `managedSurface` of the `surface` systems that can let an
 * attacker in managed: chance × (1 − reduction × managed share), as in firmCosts.
 */
function incidentChance(inputs: HybridInputs, surface: number, managedSurface: number): number {
  const chance = Math.min(1, Math.max(0, inputs.severeChance / 100));
  // A plan without routine upkeep patches nothing, so it removes none of the risk (as in firmCosts).
  const reduction = inputs.includesMaintenance === 'no' ? 0 : Math.min(1, Math.max(0, inputs.severeReduction / 100));
  return surface ? chance * (1 - (reduction * managedSurface) / surface) : chance;
}

/** Move the yearly totals from a severe-incident chance `from` to `to`: a year has one when its luck < chance. */
function shiftIncidents(totals: Float64Array, luck: Float64Array, from: number, to: number, cost: number): void {
  if (!(cost > 0) || from === to) return;
  for (let y = 0; y < luck.length; y++) totals[y]! += cost * (Number(luck[y]! < to) - Number(luck[y]! < from));
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
  const firm = firmCosts(systems, inputs);
  const { bf, mg, luck } = sampleSystems(systems, inputs, costs, years);
  const totals = new Float64Array(years).fill(firm.projects);
  const managed = systems.map((_, i) => assignment[i] === true);
  managed.forEach((isManaged, i) => {
    const src = isManaged ? mg : bf;
    for (let y = 0; y < years; y++) totals[y]! += src[i * years + y]!;
  });
  const surface = systems.filter((s) => isAttackSurface(s.kind)).length;
  const managedSurface = systems.filter((s, i) => managed[i] && isAttackSurface(s.kind)).length;
  shiftIncidents(totals, luck, 0, incidentChance(inputs, surface, managedSurface), inputs.severeCost);
  return { managed, ...splitCost(costs, firm, managed), p90: p90Of(totals, new Float64Array(years)) };
}

/**
 * Try every assignment of systems to managed or break/fix (2^n, n ≤ HYBRID_MAX_SYSTEMS; extra systems
 * are ignored and `truncated` is set). Steps through assignments in Gray-code order so each step
 * changes one system and updates the simulated yearly totals in place.
 */
export function optimiseHybrid(
  systemsIn: readonly HybridSystem[],
  inputs: HybridInputs,
  options: HybridOptions = {},
): HybridResult {
  const systems = systemsIn.slice(0, HYBRID_MAX_SYSTEMS);
  const n = systems.length;
  const years = yearsOf(options);
  const perSystem = systemCosts(systems, inputs);
  const firm = firmCosts(systems, inputs);
  const { bf, mg, luck } = sampleSystems(systems, inputs, perSystem, years);
  const totals = new Float64Array(years).fill(firm.projects);
  const scratch = new Float64Array(years);
  for (let i = 0; i < n; i++) for (let y = 0; y < years; y++) totals[y]! += bf[i * years + y]!;
  const attack = systems.map((s) => isAttackSurface(s.kind));
  const surface = attack.filter(Boolean).length;
  let managedSurface = 0;
  shiftIncidents(totals, luck, 0, incidentChance(inputs, surface, 0), inputs.severeCost);
  const maskToList = (mask: number) => systems.map((_, i) => (mask & (1 << i)) !== 0);
  let expected = perSystem.reduce((s, c) => s + c.breakFix + c.risk, firm.floor + firm.projects);
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
    expected += sign * (changed.managed - changed.breakFix - changed.risk);
    const off = bit * years;
    for (let y = 0; y < years; y++) totals[y]! += sign * (mg[off + y]! - bf[off + y]!);
    if (attack[bit]) {
      const from = incidentChance(inputs, surface, managedSurface);
      managedSurface += sign;
      shiftIncidents(totals, luck, from, incidentChance(inputs, surface, managedSurface), inputs.severeCost);
    }
    const p90 = p90Of(totals, scratch);
    const here = { mask, expected, p90 };
    if (expected < bestE.expected - 1e-9) bestE = here;
    if (p90 < bestP.p90 - 1e-9) bestP = here;
    if (mask === count - 1) allManaged = here;
  }
  const result = (r: { mask: number; p90: number }): AssignmentResult => {
    const managed = maskToList(r.mask);
    return { managed, ...splitCost(perSystem, firm, managed), p90: r.p90 };
  };
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
