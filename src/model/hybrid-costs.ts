/**
 * The exact expected cost of each system of the hybrid planner under each model, and of a whole split.
 * Apart from the optimiser (./hybrid) so the planner's instant results do not load the simulation code.
 */
import { afterHoursFactor } from './breakfix';
import { loadedHourlyCost } from './downtime';
import { expectedMaxLognormal } from './expected';
import { SPREAD_SIGMA } from './spread';
import { isAttackSurface, SYSTEM_KINDS, type HybridInputs, type HybridSystem } from './systems';

/** Expected annual cost of one system under each model. breakFix = its cash + downtime (risk apart). */
export interface SystemCost {
  kind: HybridSystem['kind'];
  label: string;
  breakFix: number;
  managed: number;
  /** Technician invoices (break/fix) or the provider's fee (managed). */
  cash: { breakFix: number; managed: number };
  /** Estimated lost work while it is down. */
  downtime: { breakFix: number; managed: number };
  /** Expected security-incident cost it adds while on break/fix: its share of the reduction (0 unless it can let an attacker in). */
  risk: number;
}

/** A split's expected yearly cost: cash + downtime + risk = expected. */
export interface SplitCost {
  cash: number;
  downtime: number;
  risk: number;
  expected: number;
}

/** Cost per hour of work lost while the system is down. */
export function perHourOf(s: HybridSystem, loaded: number): number {
  return s.users * loaded * (s.workStopped / 100);
}

/**
 * The firm's severe-incident risk (the site's assumption): chance × cost × (1 − reduction × share of the
 * systems that can let an attacker in that are managed). Each one left on break/fix forfeits an equal
 * share of the reduction; with none listed, nothing reduces it. `floor` is the risk with all of them managed.
 */
export function riskOf(systems: readonly HybridSystem[], inputs: HybridInputs): { floor: number; each: number } {
  const chance = Math.min(1, Math.max(0, inputs.severeChance / 100));
  const full = chance * inputs.severeCost;
  const surface = systems.filter((s) => isAttackSurface(s.kind)).length;
  const reduction = surface ? Math.min(1, Math.max(0, inputs.severeReduction / 100)) : 0;
  return { floor: full * (1 - reduction), each: surface ? (full * reduction) / surface : 0 };
}

/** Exact expected annual cost of each system under break/fix and under managed. */
export function systemCosts(systems: readonly HybridSystem[], inputs: HybridInputs): SystemCost[] {
  const loaded = loadedHourlyCost(inputs.annualSalary, inputs.overheadFactor);
  const sigma = SPREAD_SIGMA[inputs.spread] ?? SPREAD_SIGMA.medium;
  const factor = afterHoursFactor(inputs.afterHoursShare, inputs.afterHoursMultiplier);
  const trip = (inputs.onsiteShare / 100) * inputs.tripCharge;
  const keep = 1 - inputs.incidentReduction / 100;
  const { each } = riskOf(systems, inputs);
  return systems.map((s) => {
    const perHour = perHourOf(s, loaded);
    const billed = expectedMaxLognormal(inputs.minimumBilledHours, s.fixHours, sigma);
    const cash = { breakFix: s.incidentsPerYear * (billed * inputs.hourlyRate * factor + trip), managed: 12 * s.managedMonthly };
    const downtime = {
      breakFix: s.incidentsPerYear * perHour * (inputs.waitHours + s.fixHours),
      managed: s.incidentsPerYear * keep * perHour * (inputs.slaResponseHours + s.fixHours),
    };
    return {
      kind: s.kind,
      label: SYSTEM_KINDS.find((k) => k.id === s.kind)?.label ?? 'Other system',
      breakFix: cash.breakFix + downtime.breakFix,
      managed: cash.managed + downtime.managed,
      cash,
      downtime,
      risk: isAttackSurface(s.kind) ? each : 0,
    };
  });
}

/** Expected yearly cost of a split (managed[i] true = managed; missing entries count as break/fix). */
export function splitCost(costs: readonly SystemCost[], floor: number, managed: readonly boolean[]): SplitCost {
  let cash = 0;
  let downtime = 0;
  let risk = floor;
  costs.forEach((c, i) => {
    const m = managed[i] === true;
    cash += m ? c.cash.managed : c.cash.breakFix;
    downtime += m ? c.downtime.managed : c.downtime.breakFix;
    if (!m) risk += c.risk;
  });
  return { cash, downtime, risk, expected: cash + downtime + risk };
}
