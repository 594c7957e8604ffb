/**
 * The exact expected cost of each system of the hybrid planner under each model, and of a whole split,
 * priced part by part as options.ts prices the firm: technician invoices, routine upkeep, tools, fees
 * and onboarding (cash); lost revenue, lost work and the recovery tail (downtime); project work for the
 * firm as a whole; and a severe security incident (risk, apart). With every system on one model a split
 * costs what that option costs in the comparison for the same firm.
 * Apart from the optimiser (./hybrid) so the planner's instant results do not load the simulation code.
 */
import { afterHoursFactor } from './breakfix';
import { loadedHourlyCost } from './downtime';
import { expectedMaxLognormal } from './expected';
import type { Included } from './specs-support';
import { SPREAD_SIGMA } from './spread';
import { isAttackSurface, isRequestKind, SYSTEM_KINDS, type HybridInputs, type HybridSystem, type SystemKind } from './systems';

/** One system's yearly cost under one model, part by part. Every part is ≥ 0. */
export interface SystemParts {
  /** Technician invoices for its failures (managed: only requests, when the plan has no help desk). */
  invoices: number;
  /** Its share of the routine upkeep (see firmRates): paid unless the plan includes upkeep. */
  upkeep: number;
  /** Its share of the tools that protect it, unless the plan includes them. */
  tools: number;
  /** The provider's fee, 12 × its monthly price. */
  fees: number;
  /** Its onboarding fee spread over the months compared. */
  oneOff: number;
  /** Lost work (and, for shared systems, lost revenue and the recovery tail) while it is down. */
  downtime: number;
}

/** Expected annual cost of one system under each model. breakFix = its cash + downtime (risk apart). */
export interface SystemCost {
  kind: HybridSystem['kind'];
  label: string;
  breakFix: number;
  managed: number;
  parts: { breakFix: SystemParts; managed: SystemParts };
  /** Invoices, upkeep, tools, fees and onboarding. */
  cash: { breakFix: number; managed: number };
  /** Estimated lost work, revenue and recovery while it is down. */
  downtime: { breakFix: number; managed: number };
  /** Expected security-incident cost it adds while on break/fix: its share of the reduction (0 unless it can let an attacker in). */
  risk: number;
}

/** What the firm pays whatever the split: the risk with every way in managed, and project work. */
export interface FirmCosts {
  /** The severe-incident risk with every system that can let an attacker in managed. */
  floor: number;
  /** The risk each such system adds while on break/fix. */
  each: number;
  /** Project and moves-adds-changes work: hours × rate, the same for every split. */
  projects: number;
}

/** A split's expected yearly cost: cash (projects included) + downtime + risk = expected. */
export interface SplitCost {
  cash: number;
  downtime: number;
  risk: number;
  expected: number;
}

const yes = (v: Included) => v !== 'no';

/**
 * The tools of TOOL_SPECS: yearly price for the firm's people, whether the plan includes it, and the
 * kinds it protects (none listed: every system). Its cost is split evenly over the listed systems it
 * protects; a tool that protects nothing listed is not bought.
 */
function toolLines(i: HybridInputs): [number, Included, readonly SystemKind[] | null][] {
  const year = 12 * i.users;
  return [
    [year * i.endpointMonthly, i.includesEndpoint, ['workstations']],
    [year * i.emailSecurityMonthly, i.includesEmailSecurity, ['email']],
    [year * i.backupMonthly, i.includesBackup, ['server', 'backup']],
    [year * i.monitoringMonthly, i.includesMonitoring, null],
  ];
}

/** Per-hour and per-event figures of the firm, shared by the exact costs and the simulation. */
export interface FirmRates {
  loaded: number;
  /** Revenue lost per hour a shared system is down: revenue ÷ operating hours × share at risk. */
  revenuePerHour: number;
  /** Average after-hours uplift on outages (requests wait for office hours). */
  uplift: number;
  trip: number;
  /** Share of shared systems' failures that still happen when managed. */
  keep: number;
  upkept: boolean;
  helpDesk: boolean;
  /**
   * Routine upkeep without a plan (staff time at loaded cost, or a technician), allocated evenly over
   * the systems listed: an allocation, not a measurement of what each system needs.
   */
  upkeepEach: number;
}

/** The firm's rates for these inputs and a list of `count` systems. */
export function firmRates(i: HybridInputs, count: number): FirmRates {
  const loaded = loadedHourlyCost(i.annualSalary, i.overheadFactor);
  const upkept = yes(i.includesMaintenance);
  const upkeep = i.routineBy === 'technician' ? 12 * i.routineTechHoursPerMonth * i.hourlyRate : 52 * i.diyHoursPerWeek * loaded;
  return {
    loaded,
    revenuePerHour: i.operatingHours > 0 ? (i.annualRevenue / i.operatingHours) * (i.revenueAtRisk / 100) : 0,
    uplift: afterHoursFactor(i.afterHoursShare, i.afterHoursMultiplier),
    trip: (i.onsiteShare / 100) * i.tripCharge,
    keep: upkept ? 1 - i.incidentReduction / 100 : 1,
    upkept,
    helpDesk: yes(i.includesHelpDesk),
    upkeepEach: count ? upkeep / count : 0,
  };
}

/** How one system's failures are priced: cost per hour down, per failure after the fix, and the rate uplift. */
export interface FailureRates {
  /** A request (see SYSTEM_KINDS): office hours, no revenue, no recovery tail, not prevented. */
  request: boolean;
  /** Lost work per hour (people × loaded cost × share stopped), plus lost revenue for a shared system. */
  perHour: number;
  /** Recovery tail (people × loaded cost × recovery loss × recovery hours) and other recovery cost. */
  tail: number;
  /** Rate uplift: after-hours for outages, none for requests. */
  uplift: number;
}

/** The failure rates of one system. */
export function failureRates(s: HybridSystem, i: HybridInputs, r: FirmRates): FailureRates {
  const request = isRequestKind(s.kind);
  const work = s.users * r.loaded * (s.workStopped / 100);
  return request
    ? { request, perHour: work, tail: 0, uplift: 1 }
    : { request, perHour: work + r.revenuePerHour, tail: s.users * r.loaded * (i.recoveryLoss / 100) * i.recoveryHours + i.recoveryCost, uplift: r.uplift };
}

/**
 * The firm's severe-incident risk (the site's assumption): chance × cost × (1 − reduction × share of the
 * systems that can let an attacker in that are managed). Each one left on break/fix forfeits an equal
 * share of the reduction; with none listed, or a plan without upkeep, nothing reduces it. Project work
 * is the same for every split.
 */
export function firmCosts(systems: readonly HybridSystem[], i: HybridInputs): FirmCosts {
  const chance = Math.min(1, Math.max(0, i.severeChance / 100));
  const full = chance * i.severeCost;
  const surface = systems.filter((s) => isAttackSurface(s.kind)).length;
  const reduction = surface && yes(i.includesMaintenance) ? Math.min(1, Math.max(0, i.severeReduction / 100)) : 0;
  return { floor: full * (1 - reduction), each: surface ? (full * reduction) / surface : 0, projects: i.projectHours * i.projectRate };
}

const sum = (p: SystemParts) => p.invoices + p.upkeep + p.tools + p.fees + p.oneOff;

/** Exact expected annual cost of each system under break/fix and under managed. */
export function systemCosts(systems: readonly HybridSystem[], i: HybridInputs): SystemCost[] {
  const r = firmRates(i, systems.length);
  const sigma = SPREAD_SIGMA[i.spread] ?? SPREAD_SIGMA.medium;
  const months = Math.max(1, Math.min(600, Math.round(i.horizonMonths) || 1));
  const lines = toolLines(i);
  const protects = (kinds: readonly SystemKind[] | null, kind: SystemKind) => !kinds || kinds.includes(kind);
  const shares = lines.map(([year, , kinds]) => year / (systems.filter((s) => protects(kinds, s.kind)).length || 1));
  const { each } = firmCosts(systems, i);
  return systems.map((s) => {
    const f = failureRates(s, i, r);
    const n = s.incidentsPerYear;
    const invoice = expectedMaxLognormal(i.minimumBilledHours, s.fixHours, sigma) * i.hourlyRate * f.uplift + r.trip;
    const down = (wait: number) => f.perHour * (wait + s.fixHours) + f.tail;
    let bfTools = 0;
    let mgTools = 0;
    lines.forEach(([, included, kinds], t) => {
      if (!protects(kinds, s.kind)) return;
      bfTools += shares[t]!;
      if (!yes(included)) mgTools += shares[t]!;
    });
    // Requests go to the plan's help desk if it has one, else to break/fix; upkeep prevents outages only.
    const billed = f.request && !r.helpDesk;
    const breakFix: SystemParts = { invoices: n * invoice, upkeep: r.upkeepEach, tools: bfTools, fees: 0, oneOff: 0, downtime: n * down(i.waitHours) };
    const managed: SystemParts = {
      invoices: billed ? n * invoice : 0,
      upkeep: r.upkept ? 0 : r.upkeepEach,
      tools: mgTools,
      fees: 12 * s.managedMonthly,
      oneOff: (s.managedMonthly * (i.onboardingPercent / 100) * 12) / months,
      downtime: n * (f.request ? 1 : r.keep) * down(billed ? i.waitHours : i.slaResponseHours),
    };
    const cash = { breakFix: sum(breakFix), managed: sum(managed) };
    const downtime = { breakFix: breakFix.downtime, managed: managed.downtime };
    return {
      kind: s.kind,
      label: SYSTEM_KINDS.find((k) => k.id === s.kind)?.label ?? 'Other system',
      breakFix: cash.breakFix + downtime.breakFix,
      managed: cash.managed + downtime.managed,
      parts: { breakFix, managed },
      cash,
      downtime,
      risk: isAttackSurface(s.kind) ? each : 0,
    };
  });
}

/** Expected yearly cost of a split (managed[i] true = managed; missing entries count as break/fix). */
export function splitCost(costs: readonly SystemCost[], firm: Pick<FirmCosts, 'floor' | 'projects'>, managed: readonly boolean[]): SplitCost {
  let cash = firm.projects;
  let downtime = 0;
  let risk = firm.floor;
  costs.forEach((c, i) => {
    const m = managed[i] === true;
    cash += m ? c.cash.managed : c.cash.breakFix;
    downtime += m ? c.downtime.managed : c.downtime.breakFix;
    if (!m) risk += c.risk;
  });
  return { cash, downtime, risk, expected: cash + downtime + risk };
}
