/**
 * The quotes the quote comparison starts with: examples, labeled as such. Their figures sit inside published
 * ranges, one for each common way of pricing, and none is meant to win.
 */
import type { AfterHours, QuoteId, QuotePricing, SERVICE_IDS } from './quotes';

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

export const EXAMPLES: Readonly<Record<QuoteId, Example>> = {
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

export const EXAMPLE_NOTE = 'An example quote, not a real offer: replace it with the figures of a quote you received.';
