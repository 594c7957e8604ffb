import { describe, expect, it } from 'vitest';
import {
  afterHoursFactor,
  downtimeCost,
  downtimeRates,
  expectedMaxLognormal,
  incidentDowntimeCost,
  loadedHourlyCost,
  managedMonthlyFee,
} from './index';
import { COMPARISON, DOWNTIME, PROFILE } from './fixtures.test-helpers';

describe('downtime: hand-worked', () => {
  it.each([
    // salary, overhead, expected loaded hourly cost
    [52_000, 1.25, 31.25], // 52,000 × 1.25 ÷ 2,080 = 65,000 ÷ 2,080 = 31.25
    [55_000, 1.3, 34.375], // 55,000 × 1.3 ÷ 2,080 = 71,500 ÷ 2,080 = 34.375
    [0, 1.3, 0],
  ])('loadedHourlyCost(%d, %d) = %d', (s, o, v) => expect(loadedHourlyCost(s, o)).toBeCloseTo(v, 10));

  it('loaded cost with custom paid hours, and zero paid hours is guarded', () => {
    expect(loadedHourlyCost(60_000, 1, 1_500)).toBe(40); // 60,000 ÷ 1,500
    expect(loadedHourlyCost(60_000, 1, 0)).toBe(0);
  });

  it.each([
    // revenue, hours, at risk %, expected revenue per hour
    [1_000_000, 2080, 50, 240.384_615], // 1,000,000 ÷ 2,080 h × 0.5 = 240.38/h
    [1_040_000, 2080, 50, 250], // 1,040,000 ÷ 2,080 × 0.5 = 500 × 0.5
    [2_000_000, 2080, 29, 278.846_154], // 2,000,000 ÷ 2,080 × 0.29 = 961.54 × 0.29
    [8_760_000, 8760, 100, 1000], // round-the-clock: 8,760,000 ÷ 8,760
  ])('revenue %d over %d h at %d%% → %d/h', (annualRevenue, operatingHours, revenueAtRisk, perHour) => {
    expect(downtimeRates({ ...PROFILE, annualRevenue, operatingHours, revenueAtRisk }).revenuePerHour).toBeCloseTo(
      perHour,
      5,
    );
  });

  it('rates of the fixture profile', () => {
    const r = downtimeRates(PROFILE);
    expect(r.loadedHourlyCost).toBe(31.25);
    expect(r.revenuePerHour).toBe(250);
    expect(r.productivityPerHour).toBe(156.25); // 10 × 31.25 × 0.5
    expect(r.costPerHour).toBe(406.25); // 250 + 156.25
    expect(r.recoveryTailPerIncident).toBe(125); // 10 × 31.25 × 0.2 × 2 h
    expect(r.recoveryCostPerIncident).toBe(100);
    expect(incidentDowntimeCost(r, 6)).toBe(2662.5); // 406.25 × 6 + 125 + 100 = 2,437.5 + 225
  });

  it('downtime calculator: 4 outages of 2 h', () => {
    const d = downtimeCost(DOWNTIME);
    expect(d.perIncident).toBe(1037.5); // 406.25 × 2 + 125 + 100 = 812.5 + 225
    expect(d.perYear).toBe(4150); // 4 × 1,037.5
    expect(d.hoursDownPerYear).toBe(8);
    expect(d.perYearBreakdown).toEqual({
      revenue: 2000, // 4 × 2 h × 250
      productivity: 1250, // 4 × 2 h × 156.25
      recoveryTail: 500, // 4 × 125
      recoveryCost: 400, // 4 × 100
    });
  });

  it('site defaults: 2.14 outages of 1.5 h for a 20-person firm', () => {
    const d = downtimeCost({
      annualRevenue: 2_000_000,
      operatingHours: 2080,
      revenueAtRisk: 29,
      staffAffected: 20,
      annualSalary: 55_000,
      overheadFactor: 1.3,
      productivityLoss: 37,
      recoveryCost: 0,
      recoveryHours: 1,
      recoveryLoss: 30,
      incidentsPerYear: 2.14,
      outageHours: 1.5,
    });
    // cost/hour = 278.846 + 20 × 34.375 × 0.37 (= 254.375) = 533.221
    expect(d.costPerHour).toBeCloseTo(533.221_154, 5);
    // per incident = 533.221 × 1.5 + 20 × 34.375 × 0.30 × 1 h (= 206.25) = 1,006.08
    expect(d.perIncident).toBeCloseTo(1006.081_731, 5);
    expect(d.perYear).toBeCloseTo(2153.014_904, 5); // × 2.14
  });
});

describe('break/fix: the after-hours uplift', () => {
  it.each([
    [20, 1.5, 1.1], // 1 + 0.2 × 0.5
    [0, 2, 1],
    [100, 2, 2],
    [50, 1, 1],
  ])('afterHoursFactor(%d%%, %d×) = %d', (s, m, f) => expect(afterHoursFactor(s, m)).toBeCloseTo(f, 12));
});

describe('expected billed hours under a minimum, E[max(m, X)] for lognormal X', () => {
  // Reference by numerical integration over the normal density (Simpson, 20,001 points on ±10 sd).
  const reference = (floor: number, mean: number, sigma: number) => {
    const mu = Math.log(mean) - (sigma * sigma) / 2;
    const n = 20_000;
    const h = 20 / n;
    let sum = 0;
    for (let i = 0; i <= n; i++) {
      const z = -10 + i * h;
      const f = (Math.max(floor, Math.exp(mu + sigma * z)) * Math.exp((-z * z) / 2)) / Math.sqrt(2 * Math.PI);
      sum += f * (i === 0 || i === n ? 1 : i % 2 ? 4 : 2);
    }
    return (sum * h) / 3;
  };
  it.each([
    [1, 2, 0.25],
    [1, 2, 0.5],
    [1, 2, 0.9],
    [1, 0.5, 0.5],
    [2, 2, 0.9],
    [0.25, 3, 0.5],
  ])('floor %d, mean %d, sigma %d matches integration to 1e-5 relative', (floor, mean, sigma) => {
    const v = expectedMaxLognormal(floor, mean, sigma);
    expect(Math.abs(v - reference(floor, mean, sigma)) / v).toBeLessThan(1e-5);
    expect(v).toBeGreaterThanOrEqual(Math.max(floor, mean) - 1e-9); // Jensen: E[max] ≥ max(E)
  });
  it.each([
    [0, 2, 0.5, 2], // no minimum: the mean
    [1, 2, 0, 2], // no spread: max(1, 2)
    [3, 2, 0, 3],
    [1, 0, 0.5, 1], // nothing to fix: the minimum
  ])('edge: floor %d, mean %d, sigma %d → %d', (f, m, s, v) => expect(expectedMaxLognormal(f, m, s)).toBe(v));
});

describe('managed: the monthly fee under each pricing model', () => {
  it.each([
    ['per-user', 3000], // 20 users × 150
    ['per-device', 2000], // 20 × 80 + 2 × 200 = 1,600 + 400
    ['flat', 2500],
  ] as const)('%s monthly fee = %d', (pricingModel, fee) =>
    expect(managedMonthlyFee({ ...COMPARISON, pricingModel })).toBe(fee),
  );
});
