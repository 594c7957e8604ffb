/**
 * The inputs of the quote comparison: the firm (staff from the shared profile, devices, how many quotes,
 * when it might leave), two to four quotes with the same fields each, and the cost model's own inputs for
 * what a left-out service costs (requests, upkeep, tools, rates). The quotes filled in are examples: the
 * figures sit inside published ranges, and none is meant to win. Percent inputs are percentage points.
 */
import type { ChoiceSpec, FieldSpec, InputSpec } from './inputs';
import {
  BREAK_FIX_SPECS,
  MANAGED_SPECS,
  PROFILE_SPECS,
  REQUEST_SPECS,
  ROUTINE_BY_SPEC,
  ROUTINE_SPECS,
  SPREAD_SPEC,
  TOOL_SPECS,
} from './specs';
import { QUOTE_IDS, type QuoteId, type QuotePricing, type AfterHours, quoteFieldId, SERVICE_IDS } from './quotes';

/** The firm the quotes are priced for. Staff is the shared profile's field, so every calculator agrees. */
export const QUOTE_FIRM_SPECS = [
  {
    id: 'staffAffected',
    key: 'st',
    label: 'Staff who use IT at work',
    unit: 'count',
    min: 0,
    max: 100_000,
    step: 1,
    default: 20,
    assumption:
      'The same illustrative firm of 20 staff as the other calculators, which share this number. Per-user prices and per-user tools are counted for these people.',
  },
  {
    id: 'devices',
    key: 'dv',
    label: 'Devices the provider would look after (computers and servers)',
    unit: 'count',
    min: 0,
    max: 100_000,
    step: 1,
    default: 20,
    follows: 'staffAffected',
    assumption:
      'One device per person until you set it. Count every computer, laptop and server a per-device quote would charge for.',
  },
  {
    id: 'quoteCount',
    key: 'nq',
    label: 'Quotes to compare',
    unit: 'count',
    min: 2,
    max: 4,
    step: 1,
    default: 3,
    assumption: 'Three example quotes, one for each common way of pricing; use two to four of your own.',
  },
  {
    id: 'leaveAfterMonths',
    key: 'lv',
    label: 'Months into the contract you might want to leave',
    unit: 'months',
    min: 0,
    max: 120,
    step: 1,
    default: 12,
    assumption:
      'A year in, when a poor fit usually shows. Change it to see what leaving would cost at any point of each contract.',
  },
] as const satisfies readonly InputSpec[];

/** One quote as filled in by default: an example, labeled as one. */
interface Example {
  pricing: QuotePricing;
  price: number;
  tierUsers: number;
  tierDevices: number;
  overPrice: number;
  onboarding: number;
  term: number;
  notice: number;
  exit: number;
  leftOut: readonly (typeof SERVICE_IDS)[number][];
  respond: readonly [number, number, number];
  resolve: readonly [number, number, number];
  afterHours: AfterHours;
  afterHoursRate: number;
}

const EXAMPLES: Readonly<Record<QuoteId, Example>> = {
  a: {
    pricing: 'per-user',
    price: 125,
    tierUsers: 25,
    tierDevices: 30,
    overPrice: 0,
    onboarding: 1000,
    term: 36,
    notice: 3,
    exit: 100,
    leftOut: [],
    respond: [0.25, 1, 4],
    resolve: [4, 8, 24],
    afterHours: 'included',
    afterHoursRate: 0,
  },
  b: {
    pricing: 'per-device',
    price: 90,
    tierUsers: 25,
    tierDevices: 30,
    overPrice: 0,
    onboarding: 0,
    term: 12,
    notice: 2,
    exit: 0,
    leftOut: ['emailSecurity', 'backup'],
    respond: [1, 2, 8],
    resolve: [8, 24, 48],
    afterHours: 'billed',
    afterHoursRate: 225,
  },
  c: {
    pricing: 'tier',
    price: 2400,
    tierUsers: 25,
    tierDevices: 30,
    overPrice: 100,
    onboarding: 2400,
    term: 24,
    notice: 3,
    exit: 50,
    leftOut: ['endpoint'],
    respond: [0.5, 2, 8],
    resolve: [4, 24, 72],
    afterHours: 'none',
    afterHoursRate: 0,
  },
  d: {
    pricing: 'per-user',
    price: 150,
    tierUsers: 25,
    tierDevices: 30,
    overPrice: 0,
    onboarding: 1200,
    term: 36,
    notice: 3,
    exit: 100,
    leftOut: [],
    respond: [1, 4, 8],
    resolve: [8, 24, 48],
    afterHours: 'included',
    afterHoursRate: 0,
  },
};

const EXAMPLE_NOTE = 'An example quote, not a real offer: replace it with the figures of a quote you received.';

const SERVICE_LABELS: Readonly<Record<(typeof SERVICE_IDS)[number], [key: string, label: string]>> = {
  helpDesk: ['h', 'help desk for everyday requests'],
  maintenance: ['m', 'routine upkeep (patching, backup checks, set-ups)'],
  endpoint: ['e', 'endpoint protection'],
  emailSecurity: ['s', 'email security'],
  backup: ['b', 'backup'],
  monitoring: ['o', 'remote monitoring'],
};

const PRIORITIES = [
  ['c', 'critical (the whole office down)'],
  ['h', 'high (a key system or a group of people)'],
  ['n', 'normal (one person’s problem)'],
] as const;

/** The specs of one quote; every quote has the same fields under its own ids and keys. */
export function quoteSpecs(q: QuoteId): FieldSpec[] {
  const L = q.toUpperCase();
  const ex = EXAMPLES[q];
  const id = (field: string) => quoteFieldId(q, field);
  const key = (k: string) => `q${q}${k}`;
  const money = (field: string, k: string, label: string, def: number, max: number, more: Partial<InputSpec> = {}) =>
    ({
      id: id(field),
      key: key(k),
      label: `Quote ${L}: ${label}`,
      unit: 'currency',
      min: 0,
      max,
      step: 1,
      default: def,
      assumption: EXAMPLE_NOTE,
      ...more,
    }) satisfies InputSpec;
  const hours = (field: string, k: string, label: string, def: number, more: Partial<InputSpec> = {}) =>
    ({
      id: id(field),
      key: key(k),
      label: `Quote ${L}: ${label}`,
      unit: 'hours',
      min: 0,
      max: 720,
      step: 0.25,
      default: def,
      source: 'msp-sla-examples',
      ...more,
    }) satisfies InputSpec;
  const pricing: ChoiceSpec = {
    id: id('pricing'),
    key: key('m'),
    label: `Quote ${L}: how it is priced`,
    unit: 'choice',
    default: ex.pricing,
    options: [
      { id: 'per-user', label: 'Per user, a month' },
      { id: 'per-device', label: 'Per device, a month' },
      { id: 'tier', label: 'A fixed price for a tier (up to a number of users and devices)' },
    ],
    source: 'msp-pricing-guides',
  };
  const afterHours: ChoiceSpec = {
    id: id('afterHours'),
    key: key('ah'),
    label: `Quote ${L}: work outside office hours`,
    unit: 'choice',
    default: ex.afterHours,
    options: [
      { id: 'included', label: 'Included in the fee' },
      { id: 'billed', label: 'Billed by the hour' },
      { id: 'none', label: 'Not covered: you call someone else' },
    ],
    assumption: EXAMPLE_NOTE,
  };
  return [
    pricing,
    money('price', 'p', 'price a month (per user, per device, or for the whole tier)', ex.price, 1_000_000, {
      unit: 'currencyPerMonth',
      step: 0.01,
      source: 'msp-pricing-guides',
      assumption: undefined,
      help: 'The monthly price as the quote states it: for one user, for one device, or for the whole tier.',
    }),
    {
      id: id('tierUsers'),
      key: key('u'),
      label: `Quote ${L}: users the tier covers`,
      unit: 'count',
      min: 0,
      max: 100_000,
      step: 1,
      default: ex.tierUsers,
      assumption: `${EXAMPLE_NOTE} Used only when the quote is priced as a tier.`,
    },
    {
      id: id('tierDevices'),
      key: key('d'),
      label: `Quote ${L}: devices the tier covers`,
      unit: 'count',
      min: 0,
      max: 100_000,
      step: 1,
      default: ex.tierDevices,
      assumption: `${EXAMPLE_NOTE} Used only when the quote is priced as a tier.`,
    },
    money('overPrice', 'x', 'price a month for each user or device above the tier', ex.overPrice, 10_000, {
      unit: 'currencyPerMonth',
      step: 0.01,
    }),
    money('onboarding', 'o', 'one-off onboarding fee', ex.onboarding, 10_000_000, {
      source: 'sample-quote',
      assumption: undefined,
    }),
    {
      id: id('term'),
      key: key('t'),
      label: `Quote ${L}: minimum term in months`,
      unit: 'months',
      min: 1,
      max: 120,
      step: 1,
      default: ex.term,
      source: 'msp-contract-guides',
    },
    {
      id: id('notice'),
      key: key('n'),
      label: `Quote ${L}: notice period in months`,
      unit: 'months',
      min: 0,
      max: 24,
      step: 0.5,
      default: ex.notice,
      source: 'msp-contract-guides',
    },
    {
      id: id('exit'),
      key: key('e'),
      label: `Quote ${L}: early-exit charge (share of the fees left in the term)`,
      unit: 'percent',
      min: 0,
      max: 100,
      step: 1,
      default: ex.exit,
      assumption: EXAMPLE_NOTE,
      help: '100% if leaving early means paying the rest of the term; 0% if notice alone ends the contract.',
    },
    ...SERVICE_IDS.map((s): ChoiceSpec => ({
      id: id(s),
      key: key(`i${SERVICE_LABELS[s][0]}`),
      label: `Quote ${L}: ${SERVICE_LABELS[s][1]}`,
      unit: 'choice',
      default: ex.leftOut.includes(s) ? 'no' : 'yes',
      options: [
        { id: 'yes', label: 'Included' },
        { id: 'no', label: 'Not included' },
      ],
      source: 'msa-template',
    })),
    ...PRIORITIES.map(([k, p], n) => hours(`respond${n + 1}`, `r${k}`, `response target, ${p}`, ex.respond[n]!)),
    ...PRIORITIES.map(([k, p], n) =>
      hours(`resolve${n + 1}`, `f${k}`, `resolution target, ${p}`, ex.resolve[n]!, {
        source: undefined,
        assumption: `${EXAMPLE_NOTE} Published agreements state response targets more often than resolution targets.`,
      }),
    ),
    afterHours,
    money('afterHoursRate', 'ar', 'hourly rate for work outside office hours', ex.afterHoursRate, 1000, {
      unit: 'currencyPerHour',
      help: 'Used only when the quote bills out-of-hours work by the hour.',
    }),
  ];
}

const byId = (specs: readonly FieldSpec[], ids: readonly string[]) =>
  ids.map((i) => specs.find((s) => s.id === i)!).filter(Boolean);

/**
 * The cost model's own inputs for what a left-out service costs this firm (the same specs, ids and keys
 * as the cost comparison): everyday requests billed as break/fix, routine upkeep, tools, and out-of-hours work.
 */
export const QUOTE_EXTRA_SPECS: readonly FieldSpec[] = /* @__PURE__ */ (() => [
  ...byId(REQUEST_SPECS, ['requestsPerUser', 'requestFixHours']),
  ROUTINE_BY_SPEC,
  ...ROUTINE_SPECS,
  ...TOOL_SPECS,
  ...byId(BREAK_FIX_SPECS, [
    'hourlyRate',
    'minimumBilledHours',
    'onsiteShare',
    'tripCharge',
    'incidentsPerYear',
    'fixHours',
    'afterHoursShare',
    'afterHoursMultiplier',
  ]),
  ...byId(MANAGED_SPECS, ['incidentReduction']),
  ...byId(PROFILE_SPECS, ['annualSalary', 'overheadFactor']),
  SPREAD_SPEC,
])();

/** Every field of the quote comparison: the firm, the four quotes, then the cost model's inputs. */
export const QUOTE_SPECS: readonly FieldSpec[] = /* @__PURE__ */ (() => [
  ...QUOTE_FIRM_SPECS,
  ...QUOTE_IDS.flatMap(quoteSpecs),
  ...QUOTE_EXTRA_SPECS,
])();
