/**
 * What each way of buying IT support costs a year, counted the same way on every side: technician
 * invoices, provider fees, IT staff, staff time spent on IT, tools and project work (cash); the
 * estimated downtime of outages and of one-person problems; and the expected cost of a rare severe
 * security incident (risk). Yearly figures are the average year over the months compared: one-off
 * costs (onboarding, recruiting) are spread over them, so 12 × months ÷ 12 of a year is what the
 * cumulative chart shows at the end. Pure arithmetic on expected values; see simulate.ts for the spread, ./option-types.ts for the shapes.
 */
import { expectedMaxLognormal } from './expected';
import { afterHoursFactor } from './breakfix';
import { downtimeRates, incidentDowntimeCost } from './downtime';
import { managedMonthlyFee } from './managed';
import type { Included } from './specs-support';
import { SPREAD_SIGMA } from './spread';
import {
  CASH_PARTS,
  DOWNTIME_PARTS,
  type OptionId,
  type ComparisonInputs,
  type CostParts,
  type OptionCost,
  type EventRates,
} from './option-types';

export { OPTION_IDS, CASH_PARTS, DOWNTIME_PARTS } from './option-types';
export type { OptionId, SupportInputs, ComparisonInputs, CostParts, OptionCost, EventRates } from './option-types';

const yes = (v: Included) => v !== 'no';

/** Per-event and per-year building blocks of every option. */
export function eventRates(i: ComparisonInputs): EventRates {
  const rates = downtimeRates(i);
  const sigma = SPREAD_SIGMA[i.spread] ?? SPREAD_SIGMA.medium;
  const trip = (i.onsiteShare / 100) * i.tripCharge;
  const outageBilled = expectedMaxLognormal(i.minimumBilledHours, i.fixHours, sigma);
  const requestBilled = expectedMaxLognormal(i.minimumBilledHours, i.requestFixHours, sigma);
  const perUserYear = (monthly: number) => 12 * i.users * monthly;
  return {
    rates,
    outageInvoice: outageBilled * i.hourlyRate * afterHoursFactor(i.afterHoursShare, i.afterHoursMultiplier) + trip,
    requestInvoice: requestBilled * i.hourlyRate + trip,
    requests: i.users * i.requestsPerUser,
    requestHourCost: (i.requestStopShare / 100) * rates.loadedHourlyCost,
    upkeep:
      i.routineBy === 'technician'
        ? 12 * i.routineTechHoursPerMonth * i.hourlyRate
        : 52 * i.diyHoursPerWeek * rates.loadedHourlyCost,
    tools: {
      endpoint: perUserYear(i.endpointMonthly),
      emailSecurity: perUserYear(i.emailSecurityMonthly),
      backup: perUserYear(i.backupMonthly),
      monitoring: perUserYear(i.monitoringMonthly),
    },
  };
}

/** Tools the firm pays for itself: all of them, or those the plan does not include. */
function toolsPaid(e: EventRates, i: ComparisonInputs, withPlan: boolean): number {
  const t = e.tools;
  if (!withPlan) return t.endpoint + t.emailSecurity + t.backup + t.monitoring;
  return (
    (yes(i.includesEndpoint) ? 0 : t.endpoint) +
    (yes(i.includesEmailSecurity) ? 0 : t.emailSecurity) +
    (yes(i.includesBackup) ? 0 : t.backup) +
    (yes(i.includesMonitoring) ? 0 : t.monitoring)
  );
}

function finish(parts: CostParts, upfront: number, outages: number, outageHours: number): OptionCost {
  const cash = CASH_PARTS.reduce((s, k) => s + parts[k], 0);
  const downtime = DOWNTIME_PARTS.reduce((s, k) => s + parts[k], 0);
  const total = cash + downtime + parts.risk;
  return {
    parts,
    cash,
    downtime,
    risk: parts.risk,
    total,
    upfront,
    perMonth: (total - parts.oneOff) / 12,
    outages,
    outageHours,
  };
}

/** Months compared, as a whole number from 1 to 600. */
export function horizonOf(i: ComparisonInputs): number {
  return Math.max(1, Math.min(600, Math.round(i.horizonMonths) || 1));
}

/**
 * Who handles a problem: the share handled by the firm's own IT staff, and otherwise by the fallback
 * (break/fix for in-house, the provider for co-managed). With n people each away w weeks a year, all
 * of them are away (w ÷ 52)^n of the time; with nobody hired, every problem goes to the fallback.
 */
export function inHouseCover(i: ComparisonInputs): number {
  if (!(i.itStaff >= 1)) return 0;
  const away = Math.min(1, Math.max(0, i.itLeaveWeeks / 52));
  return 1 - away ** Math.floor(i.itStaff);
}

/** Yearly cost of every option. */
export function optionCosts(i: ComparisonInputs): Record<OptionId, OptionCost> {
  const e = eventRates(i);
  const { rates } = e;
  const months = horizonOf(i);
  const spread = (oneOff: number) => (oneOff * 12) / months;
  const outage = (waitHours: number) => incidentDowntimeCost(rates, waitHours + i.fixHours);
  const requestDown = (waitHours: number) => e.requests * e.requestHourCost * (waitHours + i.requestFixHours);
  const prevented = 1 - i.incidentReduction / 100;
  const risk = (i.severeChance / 100) * i.severeCost;
  const reducedRisk = risk * (1 - i.severeReduction / 100);
  const projects = i.projectHours * i.projectRate;
  const fee = managedMonthlyFee(i);
  const none = {
    outageInvoices: 0,
    requestInvoices: 0,
    upkeep: 0,
    fees: 0,
    oneOff: 0,
    itStaff: 0,
    tools: 0,
    projects,
    outageDowntime: 0,
    requestDowntime: 0,
    risk: 0,
  };

  const breakFix = finish(
    {
      ...none,
      outageInvoices: i.incidentsPerYear * e.outageInvoice,
      requestInvoices: e.requests * e.requestInvoice,
      upkeep: e.upkeep,
      tools: toolsPaid(e, i, false),
      outageDowntime: i.incidentsPerYear * outage(i.waitHours),
      requestDowntime: requestDown(i.waitHours),
      risk,
    },
    0,
    i.incidentsPerYear,
    i.waitHours + i.fixHours,
  );

  // A plan without routine upkeep prevents nothing; one without a help desk bills requests as break/fix.
  const upkept = yes(i.includesMaintenance);
  const mgOutages = i.incidentsPerYear * (upkept ? prevented : 1);
  const helpDesk = yes(i.includesHelpDesk);
  const onboarding = fee * (i.onboardingPercent / 100);
  const managed = finish(
    {
      ...none,
      requestInvoices: helpDesk ? 0 : e.requests * e.requestInvoice,
      upkeep: upkept ? 0 : e.upkeep,
      fees: 12 * fee,
      oneOff: spread(onboarding),
      tools: toolsPaid(e, i, true),
      outageDowntime: mgOutages * outage(i.slaResponseHours),
      requestDowntime: requestDown(helpDesk ? i.slaResponseHours : i.waitHours),
      risk: upkept ? reducedRisk : risk,
    },
    onboarding,
    mgOutages,
    i.slaResponseHours + i.fixHours,
  );

  // In-house: own staff handle what they are there for; while all are away, break/fix does.
  const hired = Math.max(0, Math.floor(i.itStaff));
  const cover = inHouseCover(i);
  const staffCost = hired * i.itSalary * i.itEmployerFactor + hired * (i.itTurnover / 100) * i.recruitingCost;
  const recruiting = hired * i.recruitingCost;
  const ihOutages = i.incidentsPerYear * (hired ? prevented : 1);
  const ownWait = i.inHouseResponseHours;
  const inHouse = finish(
    {
      ...none,
      outageInvoices: ihOutages * (1 - cover) * e.outageInvoice,
      requestInvoices: e.requests * (1 - cover) * e.requestInvoice,
      upkeep: hired ? 0 : e.upkeep,
      oneOff: spread(recruiting),
      itStaff: staffCost,
      tools: toolsPaid(e, i, false),
      outageDowntime: ihOutages * (cover * outage(ownWait) + (1 - cover) * outage(i.waitHours)),
      requestDowntime: cover * requestDown(ownWait) + (1 - cover) * requestDown(i.waitHours),
      risk: hired ? reducedRisk : risk,
    },
    recruiting,
    ihOutages,
    cover * ownWait + (1 - cover) * i.waitHours + i.fixHours,
  );

  // Co-managed: own staff plus a provider's help desk, tools and cover at a share of the full fee.
  const coFee = fee * (i.coManagedPercent / 100);
  const coOnboarding = coFee * (i.onboardingPercent / 100);
  const coOutages = i.incidentsPerYear * prevented;
  const coManaged = finish(
    {
      ...none,
      fees: 12 * coFee,
      oneOff: spread(recruiting + coOnboarding),
      itStaff: staffCost,
      tools: toolsPaid(e, i, true),
      outageDowntime: coOutages * (cover * outage(ownWait) + (1 - cover) * outage(i.slaResponseHours)),
      requestDowntime: cover * requestDown(ownWait) + (1 - cover) * requestDown(i.slaResponseHours),
      risk: reducedRisk,
    },
    recruiting + coOnboarding,
    coOutages,
    cover * ownWait + (1 - cover) * i.slaResponseHours + i.fixHours,
  );

  return { breakFix, managed, inHouse, coManaged };
}
