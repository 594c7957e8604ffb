/**
 * Every option priced by hand: the round-number fixture, the site's default 20-person firm, a one-person
 * firm and a 100-person firm. Each figure is worked on paper in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  CASH_PARTS,
  COMPARISON_SPECS,
  type ComparisonInputs,
  DOWNTIME_PARTS,
  defaultValues,
  eventRates,
  expectedMaxLognormal,
  inHouseCover,
  OPTION_IDS,
  type OptionCost,
  optionCosts,
} from './index';
import { COMPARISON } from './fixtures.test-helpers';

const DEFAULTS = defaultValues<ComparisonInputs>(COMPARISON_SPECS);

/** Cash parts + downtime parts + risk = total, and the subtotals match. */
function adds(o: OptionCost): void {
  const cash = CASH_PARTS.reduce((s, k) => s + o.parts[k], 0);
  const downtime = DOWNTIME_PARTS.reduce((s, k) => s + o.parts[k], 0);
  expect(o.cash).toBeCloseTo(cash, 9);
  expect(o.downtime).toBeCloseTo(downtime, 9);
  expect(o.total).toBeCloseTo(cash + downtime + o.parts.risk, 9);
}

describe('options: the round-number fixture', () => {
  // Loaded cost 31.25/h; cost of an hour down 406.25; recovery per outage 125 + 100 = 225.
  const o = optionCosts(COMPARISON);
  it('break/fix pays for outages, requests, upkeep, tools and projects, and bears the downtime and risk', () => {
    expect(o.breakFix.parts).toEqual({
      outageInvoices: 1410, // 4 × (2 h × 150 × 1.1 + 50% × 45) = 4 × (330 + 22.5)
      requestInvoices: 6900, // 40 requests × (1 h × 150 + 22.5); requests wait for office hours
      upkeep: 6500, // 4 h a week × 52 × 31.25
      fees: 0,
      oneOff: 0,
      itStaff: 0,
      tools: 1920, // 20 people × 12 × (3 + 2 + 2.5 + 0.5)
      projects: 1500, // 10 h × 150
      outageDowntime: 10_650, // 4 × (406.25 × (4 + 2) + 225) = 4 × 2,662.5
      requestDowntime: 1250, // 40 × 20% × 31.25 (= 6.25 an hour) × (4 h wait + 1 h fix)
      risk: 1000, // 10% × 10,000
    });
    expect(o.breakFix).toMatchObject({ cash: 18_230, downtime: 11_900, risk: 1000, total: 31_130, upfront: 0 });
  });
  it('managed: the fee covers help desk, upkeep and tools; half the outages are prevented', () => {
    expect(o.managed.parts).toEqual({
      outageInvoices: 0,
      requestInvoices: 0,
      upkeep: 0,
      fees: 36_000, // 12 × 20 × 150
      oneOff: 400, // onboarding 40% × 3,000 = 1,200, spread over 36 months: 1,200 × 12 ÷ 36
      itStaff: 0,
      tools: 0,
      projects: 1500,
      outageDowntime: 2887.5, // 2 outages × (406.25 × (1 + 2) + 225) = 2 × 1,443.75
      requestDowntime: 500, // 40 × 6.25 × (1 h SLA + 1 h fix)
      risk: 500, // 1,000 × (1 − 50%)
    });
    expect(o.managed).toMatchObject({ cash: 37_900, downtime: 3387.5, risk: 500, total: 41_787.5, upfront: 1200 });
  });
  it('in-house: one person, break/fix while away (10% of the year)', () => {
    expect(inHouseCover(COMPARISON)).toBeCloseTo(0.9, 12); // 1 − 5.2 ÷ 52
    const p = o.inHouse.parts;
    expect(p.itStaff).toBe(76_000); // 60,000 × 1.25 + 20% × 5,000
    expect(p.oneOff).toBeCloseTo(5000 / 3, 9); // first recruiting 5,000 × 12 ÷ 36
    expect(p.outageInvoices).toBeCloseTo(70.5, 9); // 2 outages × 10% × 352.5
    expect(p.requestInvoices).toBeCloseTo(690, 9); // 40 × 10% × 172.5
    expect(p.upkeep).toBe(0);
    expect(p.tools).toBe(1920); // bought by the firm, as under break/fix
    // outages: 2 × (90% × (406.25 × 2.5 + 225) + 10% × 2,662.5) = 2 × (1,116.5625 + 266.25)
    expect(p.outageDowntime).toBeCloseTo(2765.625, 9);
    // requests: 90% × 40 × 6.25 × 1.5 h + 10% × 1,250 = 337.5 + 125
    expect(p.requestDowntime).toBeCloseTo(462.5, 9);
    expect(p.risk).toBe(500);
    expect(o.inHouse.total).toBeCloseTo(76_000 + 5000 / 3 + 70.5 + 690 + 1920 + 1500 + 2765.625 + 462.5 + 500, 9); // 85,575.29
    expect(o.inHouse.upfront).toBe(5000);
  });
  it('co-managed: one person plus the provider at half the fee, who covers the absences', () => {
    const p = o.coManaged.parts;
    expect(p.fees).toBe(18_000); // 12 × 1,500
    expect(p.oneOff).toBeCloseTo(((5000 + 600) * 12) / 36, 9); // recruiting + 40% × 1,500 onboarding
    expect(p.itStaff).toBe(76_000);
    expect(p.outageInvoices + p.requestInvoices + p.tools + p.upkeep).toBe(0);
    // outages: 2 × (90% × 1,240.625 + 10% × 1,443.75) = 2 × 1,260.9375
    expect(p.outageDowntime).toBeCloseTo(2521.875, 9);
    // requests: 90% × 375 + 10% × 500
    expect(p.requestDowntime).toBeCloseTo(387.5, 9);
    expect(o.coManaged.upfront).toBe(5600);
  });
  it('every option adds up, and every part is ≥ 0', () => {
    for (const id of OPTION_IDS) {
      adds(o[id]);
      expect(Object.values(o[id].parts).every((v) => v >= 0)).toBe(true);
    }
  });
});

describe('options: the plan checklist moves each cost to the right side', () => {
  it('a tool the plan leaves out is paid under managed too', () => {
    const o = optionCosts({ ...COMPARISON, includesBackup: 'no', includesEndpoint: 'no' });
    expect(o.managed.parts.tools).toBe(1320); // 20 × 12 × (2.5 + 3)
    expect(o.breakFix.parts.tools).toBe(1920); // unchanged
    expect(o.coManaged.parts.tools).toBe(1320);
  });
  it('no help desk: requests are billed and wait as under break/fix', () => {
    const o = optionCosts({ ...COMPARISON, includesHelpDesk: 'no' });
    expect(o.managed.parts.requestInvoices).toBe(6900);
    expect(o.managed.parts.requestDowntime).toBe(1250);
  });
  it('no routine upkeep: the upkeep is still paid, and nothing is prevented', () => {
    const o = optionCosts({ ...COMPARISON, includesMaintenance: 'no' });
    expect(o.managed.parts.upkeep).toBe(6500);
    expect(o.managed.outages).toBe(4);
    expect(o.managed.parts.risk).toBe(1000);
  });
  it('upkeep by a paid technician: 5 h a month × 12 × 150', () => {
    expect(optionCosts({ ...COMPARISON, routineBy: 'technician' }).breakFix.parts.upkeep).toBe(9000);
  });
});

describe('options: one-off costs are spread over the months compared, so the chart and the year agree', () => {
  it.each([1, 6, 12, 36, 120])(
    '%d months: upfront + perMonth × months = total × months ÷ 12, for every option',
    (horizonMonths) => {
      const o = optionCosts({ ...COMPARISON, horizonMonths });
      for (const id of OPTION_IDS) {
        expect(o[id].upfront + o[id].perMonth * horizonMonths).toBeCloseTo((o[id].total * horizonMonths) / 12, 6);
      }
    },
  );
  it('a one-month comparison carries the whole onboarding fee in that month: 1,200 × 12 a year', () => {
    const o = optionCosts({ ...COMPARISON, horizonMonths: 1 });
    expect(o.managed.parts.oneOff).toBe(14_400);
    expect(o.managed.total / 12).toBeCloseTo(1200 + 3000 + (1500 + 3387.5 + 500) / 12, 9); // the chart's month 1
  });
});

describe('options: the site defaults (illustrative 20-person firm)', () => {
  const o = optionCosts(DEFAULTS);
  const e = eventRates(DEFAULTS);
  it('per-event rates', () => {
    expect(e.rates.loadedHourlyCost).toBeCloseTo(34.375, 12); // 55,000 × 1.3 ÷ 2,080
    expect(e.rates.costPerHour).toBeCloseTo(533.221_154, 5); // 278.846 revenue + 254.375 work
    expect(e.requests).toBe(40); // 20 people × 2
    expect(e.requestHourCost).toBeCloseTo(7.5625, 12); // 22% × 34.375
    expect(e.upkeep).toBeCloseTo(10_725, 9); // 6 h × 52 × 34.375
    // A request: E[max(1 h minimum, fix)] with fix averaging 1 h at spread 0.5, × 150, + 22.5 trip.
    const billed = expectedMaxLognormal(1, 1, 0.5);
    expect(billed).toBeGreaterThan(1);
    expect(e.requestInvoice).toBeCloseTo(billed * 150 + 22.5, 9);
  });
  it('break/fix', () => {
    const p = o.breakFix.parts;
    expect(p.requestInvoices).toBeCloseTo(40 * e.requestInvoice, 9); // ≈ 8,084
    expect(p.outageInvoices).toBeCloseTo(2.14 * e.outageInvoice, 9); // ≈ 764
    expect(p.tools).toBe(1680); // 20 × 12 × (3 + 2 + 2 + 0)
    expect(p.outageDowntime).toBeCloseTo(2.14 * (533.221_154 * 6 + 206.25), 3); // ≈ 7,288
    expect(p.requestDowntime).toBeCloseTo(40 * 7.5625 * 5, 9); // 1,512.5
    expect(p.risk).toBeCloseTo(664, 9); // 8% × 8,300
    expect(o.breakFix.cash).toBeCloseTo(p.requestInvoices + p.outageInvoices + 10_725 + 1680 + 1500, 9); // ≈ 22,753
  });
  it('managed', () => {
    const p = o.managed.parts;
    expect(p.fees).toBe(36_000);
    expect(p.oneOff).toBe(400); // 1,200 over 36 months
    expect(o.managed.cash).toBe(37_900); // 36,000 + 400 + 1,500
    expect(p.outageDowntime).toBeCloseTo(1.07 * (533.221_154 * 3 + 206.25), 3); // ≈ 1,932
    expect(p.requestDowntime).toBeCloseTo(40 * 7.5625 * 2, 9); // 605
    expect(p.risk).toBeCloseTo(332, 9);
  });
  it('in-house and co-managed: one hire at the BLS median', () => {
    expect(o.inHouse.parts.itStaff).toBeCloseTo(60_340 * 1.25 + 0.19 * 4700, 9); // 75,425 + 893
    expect(o.coManaged.parts.fees).toBe(18_000);
  });
});

describe('options: a one-person firm and a 100-person firm', () => {
  it('one person: 2 requests a year, one seat of tools, a $150 fee', () => {
    const solo = { ...DEFAULTS, staffAffected: 1, users: 1, annualRevenue: 150_000 };
    const o = optionCosts(solo);
    const e = eventRates(solo);
    expect(o.breakFix.parts.requestInvoices).toBeCloseTo(2 * e.requestInvoice, 9);
    expect(o.breakFix.parts.tools).toBe(84); // 12 × 7
    expect(o.managed.parts.fees).toBe(1800); // 12 × 150
    expect(o.managed.parts.oneOff).toBe(20); // 60 × 12 ÷ 36
    // One IT hire costs far more than the firm's whole IT: the model says so rather than hiding it.
    expect(o.inHouse.total).toBeGreaterThan(o.managed.total);
    for (const id of OPTION_IDS) adds(o[id]);
  });
  it('100 people: 200 requests, tools for 100, two IT hires who cover for each other', () => {
    const big = {
      ...DEFAULTS,
      staffAffected: 100,
      users: 100,
      annualRevenue: 10_000_000,
      itStaff: 2,
      severeChance: 13,
    };
    const o = optionCosts(big);
    expect(eventRates(big).requests).toBe(200);
    expect(o.breakFix.parts.tools).toBe(8400); // 100 × 12 × 7
    expect(o.managed.parts.fees).toBe(180_000); // 12 × 100 × 150
    expect(inHouseCover(big)).toBeCloseTo(1 - (4 / 52) ** 2, 12); // both away at once
    expect(o.inHouse.parts.itStaff).toBeCloseTo(2 * (60_340 * 1.25 + 0.19 * 4700), 9);
    expect(o.breakFix.parts.risk).toBeCloseTo(0.13 * 8300, 9);
    for (const id of OPTION_IDS) adds(o[id]);
  });
  it('nobody hired: in-house is exactly break/fix', () => {
    const o = optionCosts({ ...COMPARISON, itStaff: 0 });
    expect(o.inHouse.parts).toEqual(o.breakFix.parts);
  });
});

describe('people who use a computer follow the staff affected until set', () => {
  it('a firm of 45 is 45 users for requests, tools and a per-user fee, unless the reader says otherwise', async () => {
    const { parseValues } = await import('./index');
    const follow = parseValues<ComparisonInputs>(COMPARISON_SPECS, { staffAffected: '45' }).values;
    expect(follow.users).toBe(45);
    expect(optionCosts(follow).managed.parts.fees).toBe(12 * 45 * 150);
    expect(parseValues<ComparisonInputs>(COMPARISON_SPECS, { staffAffected: '45', users: '30' }).values.users).toBe(30);
    expect(parseValues<ComparisonInputs>(COMPARISON_SPECS, {}).values.users).toBe(20);
  });
});
