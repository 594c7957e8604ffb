/**
 * Quotes put on one footing, worked by hand: the same fee reached per user, per device and as a tier;
 * leaving early; left-out services priced as the cost model prices them; the example quotes. Properties:
 * a quote priced per user and the same price per device cost the same for one device per person, and no
 * value the parser accepts gives NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_SPECS,
  type ComparisonInputs,
  defaultValues,
  inputDecimals,
  type InputSpec,
  optionCosts,
  roundTo,
} from './index';
import { compareQuotes, leavingCost, type Quote, quoteCost, type QuoteFirm, quoteFee, readFirm } from './quotes';
import { QUOTE_SPECS } from './quotes-specs';

const DEFAULTS = defaultValues(QUOTE_SPECS);
const FIRM = readFirm(DEFAULTS);

/** A quote that includes everything, in office hours only, on a one-year term with no exit charge. */
const QUOTE: Quote = {
  id: 'a',
  pricing: 'per-user',
  price: 100,
  tierUsers: 0,
  tierDevices: 0,
  overPrice: 0,
  onboarding: 0,
  term: 12,
  notice: 0,
  exit: 0,
  helpDesk: 'yes',
  maintenance: 'yes',
  endpoint: 'yes',
  emailSecurity: 'yes',
  backup: 'yes',
  monitoring: 'yes',
  respond1: 1,
  respond2: 2,
  respond3: 4,
  resolve1: 4,
  resolve2: 8,
  resolve3: 24,
  afterHours: 'included',
  afterHoursRate: 0,
};

describe('quotes: the fee for one firm', () => {
  it('per user, per device and a tier reach the same $2,000 for 20 staff and 25 devices', () => {
    const firm: QuoteFirm = { ...FIRM, users: 20, devices: 25 };
    // 20 users × $100 = 2,000.
    expect(quoteFee(QUOTE, 20, 25)).toEqual({ fee: 2000, overUsers: 0, overDevices: 0 });
    // 25 devices × $80 = 2,000.
    const perDevice: Quote = { ...QUOTE, pricing: 'per-device', price: 80 };
    expect(quoteFee(perDevice, 20, 25).fee).toBe(2000);
    // A $1,800 tier for up to 20 users and 20 devices: 5 devices over at $40 = 1,800 + 200 = 2,000.
    const tier: Quote = { ...QUOTE, pricing: 'tier', price: 1800, tierUsers: 20, tierDevices: 20, overPrice: 40 };
    expect(quoteFee(tier, 20, 25)).toEqual({ fee: 2000, overUsers: 0, overDevices: 5 });
    // Same fee, same inclusions: the same cost per user per month, $100, and $24,000 a year.
    for (const q of [QUOTE, perDevice, tier]) {
      const c = quoteCost(q, firm);
      expect(c.perMonth).toBeCloseTo(2000, 9);
      expect(c.perUserMonth).toBeCloseTo(100, 9);
      expect(c.perYear).toBeCloseTo(24_000, 9);
    }
  });

  it('spreads onboarding over the term: $1,200 over 24 months adds $50 a month', () => {
    const c = quoteCost({ ...QUOTE, onboarding: 1200, term: 24 }, { ...FIRM, users: 20, devices: 20 });
    expect(c.onboardingPerMonth).toBe(50);
    expect(c.perMonth).toBeCloseTo(2050, 9); // 2,000 + 50
    expect(c.perUserMonth).toBeCloseTo(102.5, 9); // 2,050 ÷ 20
    expect(c.overTerm).toBeCloseTo(49_200, 9); // 24 × 2,050 = 48,000 of fees + the 1,200 once
  });

  it('a firm of no one has no cost per user, and no NaN', () => {
    const c = quoteCost(QUOTE, { ...FIRM, users: 0, devices: 0 });
    expect(c.perUserMonth).toBeNull();
    expect(c.perMonth).toBe(0);
  });
});

describe('quotes: leaving early', () => {
  it('a 36-month term left after 12 with 3 months’ notice and 100% exit charge owes the other 24 months', () => {
    // Remaining 36 − 12 = 24; owed 3 + 100% × (24 − 3) = 24 months × 2,500 = 60,000.
    expect(leavingCost({ term: 36, notice: 3, exit: 100 }, 2500, 12)).toEqual({
      remainingMonths: 24,
      monthsOwed: 24,
      cost: 60_000,
    });
  });
  it('a 50% exit charge halves what is left after the notice period', () => {
    // 24-month term left after 12: 3 months’ notice + 50% × 9 = 7.5 months × 2,400 = 18,000.
    expect(leavingCost({ term: 24, notice: 3, exit: 50 }, 2400, 12).cost).toBe(18_000);
  });
  it('after the term, or with no exit charge, leaving costs the notice period alone', () => {
    // Term over: 2 months’ notice × 1,800 = 3,600, whatever the exit charge.
    expect(leavingCost({ term: 12, notice: 2, exit: 100 }, 1800, 12).cost).toBe(3600);
    expect(leavingCost({ term: 36, notice: 2, exit: 0 }, 1800, 1).cost).toBe(3600);
  });
});

describe('quotes: what a quote leaves out, priced by the cost model', () => {
  const firm: QuoteFirm = { ...FIRM, users: 20, devices: 20 };
  it('email security and backup at $2 a person a month each add 20 × 2 × 12 × 2 = $960 a year', () => {
    const q: Quote = { ...QUOTE, emailSecurity: 'no', backup: 'no' };
    const c = quoteCost(q, firm);
    expect(c.leftOut).toEqual([
      { service: 'emailSecurity', perYear: 480 },
      { service: 'backup', perYear: 480 },
    ]);
    expect(c.perMonth).toBeCloseTo(2080, 9); // 2,000 + 960 ÷ 12
  });

  it('without routine upkeep the staff spend 6 h a week on IT: 52 × 6 × 34.375 = $10,725 a year', () => {
    // Loaded cost 55,000 × 1.3 ÷ 2,080 = 34.375 an hour.
    const c = quoteCost({ ...QUOTE, maintenance: 'no' }, firm);
    expect(c.leftOutPerYear).toBeCloseTo(10_725, 6);
  });

  it('without a help desk the 40 requests are billed as break/fix: 40 × (1.197 h × $150 + 50% × $45)', () => {
    // Billed hours per request: E[max(1 h minimum, lognormal of mean 1 h, σ 0.5)] = 2 × Φ(0.25) = 1.19742.
    // Invoice 1.19742 × 150 + 22.5 = 202.11; 20 people × 2 requests = 40 → 8,084.5 a year.
    const c = quoteCost({ ...QUOTE, helpDesk: 'no' }, firm);
    expect(c.leftOutPerYear).toBeCloseTo(8084.5, 0);
  });

  it('is what the cost comparison charges a managed plan with the same gaps, part for part', () => {
    const gaps = { helpDesk: 'no', maintenance: 'no', backup: 'no', monitoring: 'no' } as const;
    const c = quoteCost({ ...QUOTE, ...gaps }, firm);
    const i: ComparisonInputs = {
      ...defaultValues<ComparisonInputs>(COMPARISON_SPECS),
      users: 20,
      monitoringMonthly: 1,
      includesHelpDesk: 'no',
      includesMaintenance: 'no',
      includesBackup: 'no',
      includesMonitoring: 'no',
    };
    const m = optionCosts(i).managed.parts;
    const f = quoteCost({ ...QUOTE, ...gaps }, { ...firm, monitoringMonthly: 1 });
    expect(f.leftOutPerYear).toBeCloseTo(m.requestInvoices + m.upkeep + m.tools, 6);
    expect(f.leftOutPerYear - c.leftOutPerYear).toBeCloseTo(240, 9); // monitoring at $1: 20 × 12
  });

  it('out-of-hours work: billed at $225, or a break/fix technician at 1.5 × $150, for 0.214 outages of 2 h', () => {
    // 2.14 outages × (1 − 50% prevented by upkeep) × 20% out of hours = 0.214 a year; × 2 h × 225 = 96.30.
    const billed = quoteCost({ ...QUOTE, afterHours: 'billed', afterHoursRate: 225 }, firm);
    expect(billed.afterHoursPerYear).toBeCloseTo(96.3, 9);
    const none = quoteCost({ ...QUOTE, afterHours: 'none' }, firm);
    expect(none.afterHoursPerYear).toBeCloseTo(96.3, 9);
    // Without upkeep nothing is prevented: 0.428 × 2 × 225 = 192.60 (and the upkeep is left out).
    const noUpkeep = quoteCost({ ...QUOTE, afterHours: 'none', maintenance: 'no' }, firm);
    expect(noUpkeep.afterHoursPerYear).toBeCloseTo(192.6, 9);
    expect(quoteCost(QUOTE, firm).afterHoursPerYear).toBe(0);
  });
});

describe('quotes: the example quotes for the default firm of 20 staff and 20 devices', () => {
  const r = compareQuotes(DEFAULTS);
  it('compares three quotes until the reader asks for two or four', () => {
    expect(r.costs.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(compareQuotes({ ...DEFAULTS, quoteCount: 4 }).costs).toHaveLength(4);
    expect(compareQuotes({ ...DEFAULTS, quoteCount: 2 }).costs).toHaveLength(2);
  });
  it('prices each as worked on paper', () => {
    const [a, b, c] = r.costs;
    // A: 20 × $125 = 2,500 + 1,000 onboarding ÷ 36 = 2,527.78 a month; $126.39 a user.
    expect(a!.perMonth).toBeCloseTo(2527.78, 2);
    expect(a!.perUserMonth).toBeCloseTo(126.39, 2);
    // B: 20 × $90 = 1,800 + (email 480 + backup 480 + out of hours 96.30) ÷ 12 = 1,888.03.
    expect(b!.perMonth).toBeCloseTo(1888.025, 6);
    // C: tier 2,400 (20 ≤ 25 users, 20 ≤ 30 devices) + 2,400 ÷ 24 + (endpoint 720 + out of hours 96.30) ÷ 12.
    expect(c!.perMonth).toBeCloseTo(2568.025, 6); // 2,400 + 100 + 68.025
    expect(c!.overUsers + c!.overDevices).toBe(0);
    expect(r.cheapest).toEqual(['b']);
    // Leaving after 12 months: A owes 24 × 2,500; B its 2 months’ notice; C 3 + 50% × 9 months of 2,400.
    expect(r.costs.map((x) => x.leaving.cost)).toEqual([60_000, 3600, 18_000]);
  });
  it('a tier the firm outgrows charges each user and device above its limits', () => {
    // 30 staff and 30 devices: 5 users over the tier’s 25 at $100 → 2,500 (devices 30 ≤ 30).
    const c = compareQuotes({ ...DEFAULTS, staffAffected: 30 }).costs[2]!;
    expect(c.overUsers).toBe(5);
    expect(c.fee).toBe(2900);
  });
});

describe('quotes: properties', () => {
  const numeric = QUOTE_SPECS.filter((s): s is InputSpec => s.unit !== 'choice');
  it('one price per user or per device costs the same for a firm with one device per person', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.constantFrom('yes', 'no'),
        fc.constantFrom('included', 'billed', 'none'),
        (people, price, backup, afterHours) => {
          const q: Quote = {
            ...QUOTE,
            price,
            backup: backup as 'yes' | 'no',
            afterHours: afterHours as Quote['afterHours'],
            afterHoursRate: 200,
          };
          const firm = { ...FIRM, users: people, devices: people };
          const u = quoteCost(q, firm);
          const d = quoteCost({ ...q, pricing: 'per-device' }, firm);
          return Math.abs(u.perMonth - d.perMonth) <= 1e-9 * Math.max(1, u.perMonth);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('any values the parser accepts give finite costs, never below zero', () => {
    // What parsing can return: a value in range on the field's step.
    const value = (s: InputSpec) =>
      fc
        .integer({ min: 0, max: Math.round((s.max - s.min) / s.step) })
        .map((k) => roundTo(s.min + k * s.step, inputDecimals(s)));
    const values = fc.record(Object.fromEntries(numeric.map((s) => [s.id, value(s)])));
    fc.assert(
      fc.property(values, fc.constantFrom('per-user', 'per-device', 'tier'), (nums, pricing) => {
        const r = compareQuotes({ ...DEFAULTS, ...nums, qaPricing: pricing, qbPricing: 'tier' });
        return r.costs.every(
          (c) =>
            [c.perMonth, c.perYear, c.overTerm, c.fee, c.leaving.cost, c.leftOutPerYear, c.afterHoursPerYear].every(
              (x) => Number.isFinite(x) && x >= 0,
            ) &&
            (c.perUserMonth === null || Number.isFinite(c.perUserMonth)),
        );
      }),
      { numRuns: 500 },
    );
  });
  it('leaving later never costs more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 24, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 119 }),
        (term, notice, exit, after) => {
          const q = { term, notice, exit };
          return leavingCost(q, 1000, after + 1).cost <= leavingCost(q, 1000, after).cost + 1e-9;
        },
      ),
    );
  });
});
