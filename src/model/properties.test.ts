/**
 * Property tests across the model: for any value the parser accepts, every result is finite; costs
 * never fall when outages, requests or their length grow, nor rise with prevention; every part is ≥ 0
 * and the parts add up; the break-even rates equalise the totals.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COMPARISON_SPECS,
  type ComparisonInputs,
  DOWNTIME_SPECS,
  HYBRID_SPECS,
  type HybridInputs,
  SYSTEM_FIELD_SPECS,
  SYSTEM_KINDS,
  decodeSystems,
  encodeSystems,
  optimiseHybrid,
  scoreAnswers,
  SCORECARD_QUESTIONS,
  type DowntimeInputs,
  type FieldSpec,
  UPTIME_SPECS,
  annualTotals,
  availabilityFromDowntime,
  availabilityFromMtbf,
  breakEven,
  CASH_PARTS,
  DOWNTIME_PARTS,
  OPTION_IDS,
  optionCosts,
  compareModels,
  downtimeAllowed,
  downtimeCost,
  parallelAvailability,
  parseValues,
  sensitivity,
  seriesAvailability,
  simulateYears,
} from './index';

/** Every number anywhere inside a result is finite. */
function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

/** Raw values a form, URL or embed might send for one field: edges, in-range, out-of-range, text, junk. */
function rawFor(spec: FieldSpec): fc.Arbitrary<unknown> {
  if (spec.unit === 'choice') return fc.oneof(fc.constantFrom(...spec.options.map((o) => o.id)), fc.string());
  const span = spec.max - spec.min;
  return fc.oneof(
    { arbitrary: fc.constantFrom(spec.min, spec.max, spec.default, 0), weight: 3 },
    { arbitrary: fc.double({ min: spec.min, max: spec.max, noNaN: true }), weight: 4 },
    { arbitrary: fc.double({ min: spec.min - span, max: spec.max + span, noNaN: true }).map(String), weight: 1 },
    {
      arbitrary: fc.oneof(fc.string(), fc.constantFrom('1e308', '-1', 'NaN', 'Infinity', '', '1,000', '$5', '50%')),
      weight: 1,
    },
  );
}

/** Inputs as the parser delivers them, from arbitrary raw values. */
function parsedInputs<T extends object>(specs: readonly FieldSpec[]): fc.Arbitrary<T> {
  return fc
    .record(Object.fromEntries(specs.map((s) => [s.id, rawFor(s)])))
    .map((raw) => parseValues<T>(specs, raw).values);
}

const comparison = parsedInputs<ComparisonInputs>(COMPARISON_SPECS);
const downtime = parsedInputs<DowntimeInputs>(DOWNTIME_SPECS);

describe('no NaN or ∞ for any parser-accepted input', () => {
  it('downtime calculator (5,000 cases)', () => {
    fc.assert(
      fc.property(downtime, (d) => allFinite(downtimeCost(d))),
      { numRuns: 5_000 },
    );
  });
  it('comparison, break-even and sensitivity (3,000 cases)', () => {
    fc.assert(
      fc.property(comparison, (c) => {
        const r = compareModels(c);
        return (
          allFinite(r) &&
          allFinite(sensitivity(c)) &&
          (r.breakEvenOutagesPerYear === null || r.breakEvenOutagesPerYear >= 0) &&
          (r.breakEvenRequestsPerUser === null || r.breakEvenRequestsPerUser >= 0)
        );
      }),
      { numRuns: 3_000 },
    );
  });
  it('simulation, 30 years each (600 cases)', () => {
    fc.assert(
      fc.property(comparison, (c) => {
        const r = simulateYears(c, { years: 30 });
        return (
          allFinite(r) &&
          r.breakFix.p10 <= r.breakFix.p50 &&
          r.breakFix.p50 <= r.breakFix.p90 &&
          r.managed.p10 <= r.managed.p50 &&
          r.managed.p50 <= r.managed.p90
        );
      }),
      { numRuns: 600 },
    );
  });
  it('hybrid optimiser, systems from arbitrary URL fields, 100 years each (300 cases)', () => {
    const systemText = fc
      .array(
        fc.tuple(
          fc.constantFrom(...SYSTEM_KINDS.map((k) => k.code), 'zz'),
          fc.tuple(...SYSTEM_FIELD_SPECS.map(rawFor)),
        ),
        { maxLength: 6 },
      )
      .map((list) => list.map(([code, fields]) => [code, ...fields.map(String)].join('_')).join('*'));
    fc.assert(
      fc.property(parsedInputs<HybridInputs>(HYBRID_SPECS), systemText, (inputs, text) => {
        const { systems } = decodeSystems(text);
        const r = optimiseHybrid(systems, inputs, { years: 100 });
        return allFinite(r) && decodeSystems(encodeSystems(systems)).notices.length === 0;
      }),
      { numRuns: 300 },
    );
  });
  it('scorecard with arbitrary answers (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(SCORECARD_QUESTIONS.map((q) => [q.id, rawFor(q)]))), (a) =>
        allFinite(scoreAnswers(a)),
      ),
      { numRuns: 2_000 },
    );
  });
  it('uptime calculator (3,000 cases)', () => {
    fc.assert(
      fc.property(parsedInputs<Record<string, number | string>>(UPTIME_SPECS), (u) => {
        const a = u['availability'] as number;
        const n = u['services'] as number;
        const copies = u['copies'] as number;
        return (
          allFinite(downtimeAllowed(a)) &&
          Number.isFinite(availabilityFromDowntime((u['downtimeMinutes'] as number) * 60, u['period'] as 'month')) &&
          Number.isFinite(availabilityFromMtbf(u['mtbfHours'] as number, u['mttrHours'] as number)) &&
          Number.isFinite(seriesAvailability(Array.from({ length: n }, () => a))) &&
          Number.isFinite(parallelAvailability(Array.from({ length: copies }, () => a)))
        );
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('monotonicity: more problems or longer outages never lower a cost', () => {
  const pair = (max: number) =>
    fc
      .tuple(fc.double({ min: 0, max, noNaN: true }), fc.double({ min: 0, max, noNaN: true }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const le = (x: number, y: number) => x <= y + 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  it('outages or requests: every option, and the downtime calculator (5,000 cases)', () => {
    fc.assert(
      fc.property(
        comparison,
        downtime,
        pair(365),
        fc.constantFrom('incidentsPerYear', 'requestsPerUser'),
        (c, d, [lo, hi], field) => {
          const a = annualTotals({ ...c, [field]: lo });
          const b = annualTotals({ ...c, [field]: hi });
          const da = downtimeCost({ ...d, incidentsPerYear: lo }).perYear;
          const db = downtimeCost({ ...d, incidentsPerYear: hi }).perYear;
          return OPTION_IDS.every((id) => le(a[id].total, b[id].total) && le(a[id].cash, b[id].cash)) && le(da, db);
        },
      ),
      { numRuns: 5_000 },
    );
  });
  it('outage length: downtime outage, break/fix wait and fix, managed SLA and fix (4,000 cases)', () => {
    fc.assert(
      fc.property(
        comparison,
        downtime,
        pair(200),
        fc.constantFrom('waitHours', 'fixHours', 'slaResponseHours', 'requestFixHours', 'inHouseResponseHours'),
        (c, d, [lo, hi], field) => {
          const a = annualTotals({ ...c, [field]: lo });
          const b = annualTotals({ ...c, [field]: hi });
          const da = downtimeCost({ ...d, outageHours: lo }).perYear;
          const db = downtimeCost({ ...d, outageHours: hi }).perYear;
          // Relative tolerance allows for the 1.5e-7 error of the normal CDF inside E[max(minimum, fix)].
          const ok = (x: number, y: number) => x <= y + 1e-6 * Math.max(1, Math.abs(y));
          return OPTION_IDS.every((id) => ok(a[id].total, b[id].total)) && ok(da, db);
        },
      ),
      { numRuns: 4_000 },
    );
  });
  it('a higher prevention share never raises the cost of managed, in-house or co-managed (4,000 cases)', () => {
    fc.assert(
      fc.property(
        comparison,
        pair(100),
        fc.constantFrom('incidentReduction', 'severeReduction'),
        (c, [lo, hi], field) => {
          const a = annualTotals({ ...c, [field]: lo });
          const b = annualTotals({ ...c, [field]: hi });
          return (
            le(b.managed.total, a.managed.total) &&
            le(b.inHouse.total, a.inHouse.total) &&
            le(b.coManaged.total, a.coManaged.total) &&
            b.breakFix.total === a.breakFix.total
          );
        },
      ),
      { numRuns: 4_000 },
    );
  });
  it('in-house and co-managed cost rise with the IT salary; nothing else does (3,000 cases)', () => {
    fc.assert(
      fc.property(comparison, pair(1_000_000), (c, [lo, hi]) => {
        const a = annualTotals({ ...c, itSalary: lo });
        const b = annualTotals({ ...c, itSalary: hi });
        return (
          le(a.inHouse.total, b.inHouse.total) &&
          le(a.coManaged.total, b.coManaged.total) &&
          a.managed.total === b.managed.total &&
          a.breakFix.total === b.breakFix.total
        );
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('every option adds up', () => {
  it('every part ≥ 0; cash parts, downtime parts and risk sum to the totals; the chart ends at the yearly total (4,000 cases)', () => {
    fc.assert(
      fc.property(comparison, (c) => {
        const o = optionCosts(c);
        const months = compareModels(c).monthly;
        const last = months.at(-1)!;
        const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
        return OPTION_IDS.every((id) => {
          const x = o[id];
          const cash = CASH_PARTS.reduce((s, k) => s + x.parts[k], 0);
          const down = DOWNTIME_PARTS.reduce((s, k) => s + x.parts[k], 0);
          return (
            Object.values(x.parts).every((v) => v >= 0) &&
            close(x.cash, cash) &&
            close(x.downtime, down) &&
            close(x.total, cash + down + x.risk) &&
            close(last[id], (x.total * months.length) / 12)
          );
        });
      }),
      { numRuns: 4_000 },
    );
  });
});

describe('break-even outages and requests', () => {
  it('really equalise the totals, or: null when break/fix stays cheaper, 0 when managed always is (4,000 cases)', () => {
    fc.assert(
      fc.property(
        comparison,
        fc.constantFrom('incidentsPerYear', 'requestsPerUser') as fc.Arbitrary<'incidentsPerYear' | 'requestsPerUser'>,
        (c, id) => {
          const x = breakEven(c, id);
          const diff = (n: number) => {
            const t = annualTotals({ ...c, [id]: n });
            return { d: t.managed.total - t.breakFix.total, scale: Math.max(1, t.managed.total, t.breakFix.total) };
          };
          if (x === null) return [0, 1, 10, 365].every((n) => diff(n).d >= -1e-9 * diff(n).scale);
          if (x === 0) return diff(0).d <= 1e-9 * diff(0).scale;
          const at = diff(x);
          return x > 0 && Math.abs(at.d) <= 1e-8 * at.scale;
        },
      ),
      { numRuns: 4_000 },
    );
  });
  it('below the break-even outage rate break/fix is cheaper, above it managed is (site defaults)', () => {
    const c = parseValues<ComparisonInputs>(COMPARISON_SPECS, {}).values;
    const x = breakEven(c, 'incidentsPerYear')!;
    const below = annualTotals({ ...c, incidentsPerYear: x * 0.9 });
    const above = annualTotals({ ...c, incidentsPerYear: x * 1.1 });
    expect(below.breakFix.total).toBeLessThan(below.managed.total);
    expect(above.breakFix.total).toBeGreaterThan(above.managed.total);
  });
});
