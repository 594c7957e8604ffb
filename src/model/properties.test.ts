/**
 * Property tests across the model: for any value the parser accepts, every result is finite; costs
 * never fall when incidents or outages grow; the break-even rate equalises the totals.
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
  breakEvenIncidentRate,
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
    { arbitrary: fc.oneof(fc.string(), fc.constantFrom('1e308', '-1', 'NaN', 'Infinity', '', '1,000', '$5', '50%')), weight: 1 },
  );
}

/** Inputs as the parser delivers them, from arbitrary raw values. */
function parsedInputs<T extends object>(specs: readonly FieldSpec[]): fc.Arbitrary<T> {
  return fc.record(Object.fromEntries(specs.map((s) => [s.id, rawFor(s)]))).map((raw) => parseValues<T>(specs, raw).values);
}

const comparison = parsedInputs<ComparisonInputs>(COMPARISON_SPECS);
const downtime = parsedInputs<DowntimeInputs>(DOWNTIME_SPECS);
const tol = (a: number, b: number) => 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('no NaN or ∞ for any parser-accepted input', () => {
  it('downtime calculator (5,000 cases)', () => {
    fc.assert(fc.property(downtime, (d) => allFinite(downtimeCost(d))), { numRuns: 5_000 });
  });
  it('comparison, break-even and sensitivity (3,000 cases)', () => {
    fc.assert(
      fc.property(comparison, (c) => {
        const r = compareModels(c);
        return allFinite(r) && allFinite(sensitivity(c)) && (r.breakEvenIncidentsPerYear === null || r.breakEvenIncidentsPerYear >= 0);
      }),
      { numRuns: 3_000 },
    );
  });
  it('simulation, 30 years each (600 cases)', () => {
    fc.assert(
      fc.property(comparison, (c) => {
        const r = simulateYears(c, { years: 30 });
        return allFinite(r) && r.breakFix.p10 <= r.breakFix.p50 && r.breakFix.p50 <= r.breakFix.p90 && r.managed.p10 <= r.managed.p50 && r.managed.p50 <= r.managed.p90;
      }),
      { numRuns: 600 },
    );
  });
  it('hybrid optimiser, systems from arbitrary URL fields, 100 years each (300 cases)', () => {
    const systemText = fc
      .array(fc.tuple(fc.constantFrom(...SYSTEM_KINDS.map((k) => k.code), 'zz'), fc.tuple(...SYSTEM_FIELD_SPECS.map(rawFor))), { maxLength: 6 })
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
      fc.property(fc.record(Object.fromEntries(SCORECARD_QUESTIONS.map((q) => [q.id, rawFor(q)]))), (a) => allFinite(scoreAnswers(a))),
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

describe('monotonicity: more incidents or longer outages never lower a cost', () => {
  const pair = (max: number) => fc.tuple(fc.double({ min: 0, max, noNaN: true }), fc.double({ min: 0, max, noNaN: true })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  it('incidents per year: downtime, break/fix and managed (5,000 cases)', () => {
    fc.assert(
      fc.property(comparison, downtime, pair(365), (c, d, [lo, hi]) => {
        const a = annualTotals({ ...c, incidentsPerYear: lo });
        const b = annualTotals({ ...c, incidentsPerYear: hi });
        const da = downtimeCost({ ...d, incidentsPerYear: lo }).perYear;
        const db = downtimeCost({ ...d, incidentsPerYear: hi }).perYear;
        return (
          a.breakFix.annual.total <= b.breakFix.annual.total + tol(a.breakFix.annual.total, b.breakFix.annual.total) &&
          a.managed.annual.total <= b.managed.annual.total + tol(a.managed.annual.total, b.managed.annual.total) &&
          da <= db + tol(da, db)
        );
      }),
      { numRuns: 5_000 },
    );
  });
  it('outage length: downtime outage, break/fix wait and fix, managed SLA and fix (4,000 cases)', () => {
    fc.assert(
      fc.property(comparison, downtime, pair(200), fc.constantFrom('waitHours', 'fixHours', 'slaResponseHours'), (c, d, [lo, hi], field) => {
        const a = annualTotals({ ...c, [field]: lo });
        const b = annualTotals({ ...c, [field]: hi });
        const da = downtimeCost({ ...d, outageHours: lo }).perYear;
        const db = downtimeCost({ ...d, outageHours: hi }).perYear;
        // Relative tolerance allows for the 1.5e-7 error of the normal CDF inside E[max(minimum, fix)].
        const ok = (x: number, y: number) => x <= y + 1e-6 * Math.max(1, Math.abs(y));
        return ok(a.breakFix.annual.total, b.breakFix.annual.total) && ok(a.managed.annual.total, b.managed.annual.total) && ok(da, db);
      }),
      { numRuns: 4_000 },
    );
  });
});

describe('break-even incident rate', () => {
  it('really equalises the annual totals, or is null when break/fix never costs more (5,000 cases)', () => {
    fc.assert(
      fc.property(comparison, (c) => {
        const lambda = breakEvenIncidentRate(c);
        if (lambda === null) {
          // "never": break/fix is no dearer than managed at any rate
          return [0, 1, 10, 365, 1e6].every((n) => {
            const t = annualTotals({ ...c, incidentsPerYear: n });
            return t.breakFix.annual.total <= t.managed.annual.total + 1e-9 * Math.max(1, t.managed.annual.total);
          });
        }
        const t = annualTotals({ ...c, incidentsPerYear: lambda });
        const diff = Math.abs(t.breakFix.annual.total - t.managed.annual.total);
        return lambda >= 0 && diff <= 1e-9 * Math.max(1, t.breakFix.annual.total, t.managed.annual.total);
      }),
      { numRuns: 5_000 },
    );
  });
  it('below the break-even rate break/fix is cheaper, above it managed is (hand check)', () => {
    const c = parseValues<ComparisonInputs>(COMPARISON_SPECS, {}).values;
    const lambda = breakEvenIncidentRate(c)!;
    const below = annualTotals({ ...c, incidentsPerYear: lambda * 0.9 });
    const above = annualTotals({ ...c, incidentsPerYear: lambda * 1.1 });
    expect(below.breakFix.annual.total).toBeLessThan(below.managed.annual.total);
    expect(above.breakFix.annual.total).toBeGreaterThan(above.managed.annual.total);
  });
});
