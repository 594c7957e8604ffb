/**
 * Provider quotes on one footing. Quotes are priced per user, per device or as a tier with limits, with
 * different onboarding fees, terms and inclusions; for one firm each becomes a cost per month: its fee for
 * that firm, its onboarding spread over its term, and what it leaves out priced as the cost model prices
 * it for the same firm (requests billed as break/fix without a help desk, the upkeep without it, each tool
 * bought separately, out-of-hours work). Leaving early costs the notice period's fees plus the quote's
 * early-exit share of the fees left in the term. Response and resolution targets are compared, not
 * priced: a target is a promise, and the model cannot tell which provider keeps it.
 */
import type { BusinessProfile } from './downtime';
import { WITHOUT_PLAN_IDS } from './field-ids';
import { type ComparisonInputs, eventRates } from './options';
import type { Included } from './specs-support';

/** The quotes a reader can fill in, in order (shown as A to D). */
export const QUOTE_IDS = ['a', 'b', 'c', 'd'] as const;
/** One quote's letter. */
export type QuoteId = (typeof QUOTE_IDS)[number];
/** How a quote is priced: per user, per device, or a fixed price for a tier with user and device limits. */
export type QuotePricing = 'per-user' | 'per-device' | 'tier';
/** Out-of-hours work: in the fee, billed by the hour, or not covered (the firm calls a break/fix technician). */
export type AfterHours = 'included' | 'billed' | 'none';
/** The services of the cost model's "what the plan includes" checklist, in its order. */
export const SERVICE_IDS = ['helpDesk', 'maintenance', 'endpoint', 'emailSecurity', 'backup', 'monitoring'] as const;
/** One service a quote may include or leave out. */
export type ServiceId = (typeof SERVICE_IDS)[number];

/** The field id of one of a quote's inputs: `qaPrice`, `qbTerm`, `qcBackup`… */
export function quoteFieldId(q: QuoteId, field: string): string {
  return `q${q}${field.charAt(0).toUpperCase()}${field.slice(1)}`;
}

/** A quote's numeric fields, named as in its specs (`qaPrice` is quote A's `price`). */
export const QUOTE_NUMBERS = [
  'price',
  'tierUsers',
  'tierDevices',
  'overPrice',
  'onboarding',
  'term',
  'notice',
  'exit',
  'respond1',
  'respond2',
  'respond3',
  'resolve1',
  'resolve2',
  'resolve3',
  'afterHoursRate',
] as const;

/**
 * One quote as entered: `price` per user, per device or for the whole tier, a month; `tierUsers` and
 * `tierDevices` the tier's limits and `overPrice` the monthly price of each user or device above them;
 * `term` and `notice` in months; `exit` the percent of the fees left in the term after the notice period
 * that leaving early costs; response and resolution targets in hours for critical, high and normal priority.
 */
export type Quote = Record<(typeof QUOTE_NUMBERS)[number], number> &
  Record<ServiceId, Included> & { id: QuoteId; pricing: QuotePricing; afterHours: AfterHours };

/** The cost model's inputs a left-out service is priced with (the cost comparison's own fields), in the order asked. */
// Pure: a list that spreads others is kept in a bundle that needs only its type, unless marked.
export const QUOTE_SUPPORT_IDS = /* @__PURE__ */ (() =>
  [
    'requestsPerUser',
    'requestFixHours',
    ...WITHOUT_PLAN_IDS,
    'hourlyRate',
    'minimumBilledHours',
    'onsiteShare',
    'tripCharge',
    'incidentsPerYear',
    'fixHours',
    'afterHoursShare',
    'afterHoursMultiplier',
    'incidentReduction',
    'annualSalary',
    'overheadFactor',
    'spread',
  ] as const)();

/** Those inputs' values. */
export type QuoteSupportInputs = Pick<ComparisonInputs, (typeof QUOTE_SUPPORT_IDS)[number]>;

/** The firm the quotes are priced for. */
export interface QuoteFirm extends QuoteSupportInputs {
  /** Staff who use IT: per-user prices, requests and per-user tools count them. */
  users: number;
  devices: number;
  /** When the firm might leave, in months from the start of each contract. */
  leaveAfterMonths: number;
}

/** What one quote costs this firm. Money per month unless named otherwise. */
export interface QuoteCost {
  id: QuoteId;
  /** The quote's fee for this firm. */
  fee: number;
  /** Users and devices above a tier's limits (0 for other pricing). */
  overUsers: number;
  overDevices: number;
  /** Each left-out service and what the cost model says it costs this firm a year. */
  leftOut: { service: ServiceId; perYear: number }[];
  leftOutPerYear: number;
  /** Out-of-hours work not in the fee, a year. */
  afterHoursPerYear: number;
  /** Onboarding spread over the term. */
  onboardingPerMonth: number;
  /** fee + (left out + out of hours) ÷ 12 + onboarding ÷ term. */
  perMonth: number;
  /** perMonth ÷ users; null for a firm of no one. */
  perUserMonth: number | null;
  perYear: number;
  /** The whole term: term × perMonth (onboarding included once). */
  overTerm: number;
  /** Leaving after `leaveAfterMonths`: months of fees still owed and what they cost. */
  leaving: { remainingMonths: number; monthsOwed: number; cost: number };
}

// The quote comparison prices no downtime, so the outage-cost inputs eventRates also reads are neutral.
const NO_DOWNTIME: Omit<BusinessProfile, 'staffAffected' | 'annualSalary' | 'overheadFactor'> = {
  annualRevenue: 0,
  operatingHours: 1,
  revenueAtRisk: 0,
  productivityLoss: 0,
  recoveryCost: 0,
  recoveryHours: 0,
  recoveryLoss: 0,
};

/** The cost model's yearly building blocks for this firm (requests, upkeep, tools), from options.ts. */
function firmRates(f: QuoteFirm) {
  // eventRates reads only the profile, request, upkeep, tool and billing fields given here (quotes.test.ts
  // checks the result against the cost comparison's own managed plan, part for part).
  const i = { ...NO_DOWNTIME, ...f, staffAffected: f.users, requestStopShare: 0 };
  return eventRates(i as unknown as ComparisonInputs);
}

/** The quote's monthly fee for the firm, and how far it goes past a tier's limits. */
export function quoteFee(
  q: Quote,
  users: number,
  devices: number,
): Pick<QuoteCost, 'fee' | 'overUsers' | 'overDevices'> {
  const overUsers = q.pricing === 'tier' ? Math.max(0, users - q.tierUsers) : 0;
  const overDevices = q.pricing === 'tier' ? Math.max(0, devices - q.tierDevices) : 0;
  const fee =
    q.pricing === 'per-user'
      ? users * q.price
      : q.pricing === 'per-device'
        ? devices * q.price
        : q.price + (overUsers + overDevices) * q.overPrice;
  return { fee, overUsers, overDevices };
}

/** What leaving after `after` months costs: the notice period's fees, then the exit share of the rest of the term. */
export function leavingCost(q: Pick<Quote, 'term' | 'notice' | 'exit'>, fee: number, after: number) {
  const remainingMonths = Math.max(0, q.term - Math.max(0, after));
  const monthsOwed = q.notice + (q.exit / 100) * Math.max(0, remainingMonths - q.notice);
  return { remainingMonths, monthsOwed, cost: monthsOwed * fee };
}

/** One quote for one firm. */
export function quoteCost(q: Quote, f: QuoteFirm): QuoteCost {
  const e = firmRates(f);
  const priced: Record<ServiceId, number> = {
    helpDesk: e.requests * e.requestInvoice,
    maintenance: e.upkeep,
    endpoint: e.tools.endpoint,
    emailSecurity: e.tools.emailSecurity,
    backup: e.tools.backup,
    monitoring: e.tools.monitoring,
  };
  const leftOut = SERVICE_IDS.filter((s) => q[s] === 'no').map((service) => ({
    service,
    perYear: priced[service],
  }));
  const leftOutPerYear = leftOut.reduce((sum, x) => sum + x.perYear, 0);
  // Outages still happen under the plan (fewer with its upkeep); some of them outside office hours.
  const outages = f.incidentsPerYear * (q.maintenance === 'no' ? 1 : 1 - f.incidentReduction / 100);
  const afterHoursOutages = outages * (f.afterHoursShare / 100);
  const hourly =
    q.afterHours === 'billed' ? q.afterHoursRate : q.afterHours === 'none' ? f.hourlyRate * f.afterHoursMultiplier : 0;
  const afterHoursPerYear = afterHoursOutages * f.fixHours * hourly;
  const { fee, overUsers, overDevices } = quoteFee(q, f.users, f.devices);
  const term = Math.max(1, q.term);
  const onboardingPerMonth = q.onboarding / term;
  const perMonth = fee + (leftOutPerYear + afterHoursPerYear) / 12 + onboardingPerMonth;
  return {
    id: q.id,
    fee,
    overUsers,
    overDevices,
    leftOut,
    leftOutPerYear,
    afterHoursPerYear,
    onboardingPerMonth,
    perMonth,
    perUserMonth: f.users > 0 ? perMonth / f.users : null,
    perYear: 12 * perMonth,
    overTerm: term * perMonth,
    leaving: leavingCost(q, fee, f.leaveAfterMonths),
  };
}

type Values = Readonly<Record<string, number | string>>;

/** One quote from a calculator's parsed values (the fields of quotes-specs.ts). */
export function readQuote(v: Values, id: QuoteId): Quote {
  const s = (field: string) => String(v[quoteFieldId(id, field)]);
  const q: Record<string, number | string> = { id, pricing: 'per-user', afterHours: 'included' };
  for (const f of QUOTE_NUMBERS) q[f] = Number(v[quoteFieldId(id, f)]) || 0;
  for (const f of SERVICE_IDS) q[f] = s(f) === 'no' ? 'no' : 'yes';
  if (['per-device', 'tier'].includes(s('pricing'))) q['pricing'] = s('pricing');
  if (['billed', 'none'].includes(s('afterHours'))) q['afterHours'] = s('afterHours');
  return q as Quote;
}

/** The firm from a calculator's parsed values. */
export function readFirm(v: Values): QuoteFirm {
  return {
    ...(v as unknown as QuoteSupportInputs),
    users: Number(v['staffAffected']) || 0,
    devices: Number(v['devices']) || 0,
    leaveAfterMonths: Number(v['leaveAfterMonths']) || 0,
  };
}

/** The comparison: the quotes in use (the first `quoteCount`), each costed, and the one costing least a month. */
export function compareQuotes(v: Values): {
  firm: QuoteFirm;
  quotes: Quote[];
  costs: QuoteCost[];
  cheapest: QuoteId[];
} {
  const count = Math.min(QUOTE_IDS.length, Math.max(2, Math.round(Number(v['quoteCount'])) || 2));
  const firm = readFirm(v);
  const quotes = QUOTE_IDS.slice(0, count).map((q) => readQuote(v, q));
  const costs = quotes.map((q) => quoteCost(q, firm));
  const least = Math.min(...costs.map((c) => c.perMonth));
  // Equal to the cent counts as a tie.
  const cheapest = costs.filter((c) => Math.abs(c.perMonth - least) < 0.005).map((c) => c.id);
  return { firm, quotes, costs, cheapest };
}
