/**
 * The fields of one quote in the quote comparison (pricing, tier, fees, term and exit, the services included,
 * response and resolution targets, out-of-hours work): every quote has the same fields under its own ids and
 * URL keys, filled in with its example.
 */
import type { ChoiceSpec, FieldSpec, InputSpec } from './inputs';
import { type QuoteId, quoteFieldId, SERVICE_IDS } from './quotes';
import { EXAMPLE_NOTE, EXAMPLES } from './quotes-examples';
import { INCLUDED_OPTIONS } from './specs-support';

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

type Options = ChoiceSpec['options'];

const PRICING: Options = [
  { id: 'per-user', label: 'Per user, a month' },
  { id: 'per-device', label: 'Per device, a month' },
  { id: 'tier', label: 'A fixed price for a tier (up to a number of users and devices)' },
];

const AFTER_HOURS: Options = [
  { id: 'included', label: 'Included in the fee' },
  { id: 'billed', label: 'Billed by the hour' },
  { id: 'none', label: 'Not covered: you call someone else' },
];

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
  const choice = (field: string, k: string, label: string, def: string, options: Options, more: Partial<ChoiceSpec>) =>
    ({
      id: id(field),
      key: key(k),
      label: `Quote ${L}: ${label}`,
      unit: 'choice',
      default: def,
      options,
      ...more,
    }) satisfies ChoiceSpec;
  return [
    choice('pricing', 'm', 'how it is priced', ex.pricing, PRICING, { source: 'msp-pricing-guides' }),
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
    ...SERVICE_IDS.map((s) => {
      const [k, label] = SERVICE_LABELS[s];
      const def = ex.leftOut.includes(s) ? 'no' : 'yes';
      return choice(s, `i${k}`, label, def, INCLUDED_OPTIONS, { source: 'msa-template' });
    }),
    ...PRIORITIES.map(([k, p], n) => hours(`respond${n + 1}`, `r${k}`, `response target, ${p}`, ex.respond[n]!)),
    ...PRIORITIES.map(([k, p], n) =>
      hours(`resolve${n + 1}`, `f${k}`, `resolution target, ${p}`, ex.resolve[n]!, {
        source: undefined,
        assumption: `${EXAMPLE_NOTE} Published agreements state response targets more often than resolution targets.`,
      }),
    ),
    choice('afterHours', 'ah', 'work outside office hours', ex.afterHours, AFTER_HOURS, { assumption: EXAMPLE_NOTE }),
    money('afterHoursRate', 'ar', 'hourly rate for work outside office hours', ex.afterHoursRate, 1000, {
      unit: 'currencyPerHour',
      help: 'Used only when the quote bills out-of-hours work by the hour.',
    }),
  ];
}
