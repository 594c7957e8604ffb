/** What each system costs, and the security-incident risk, hand-worked. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firmCosts, splitCost, evaluateAssignment, optimiseHybrid, systemCosts, type SystemCost } from './index';
import { INPUTS, SERVER, PRINTERS, MIXED, PARTS, close, inputsArb, systemArb } from './hybrid.test-helpers';

describe('systemCosts: hand-worked', () => {
  it('one server: every part', () => {
    // Per hour down 10 × 31.25 × 50% + 50 of revenue = 206.25; tail 10 × 31.25 × 40% × 2 + 10 = 260.
    // Break/fix: invoices 2 × 2 h × 150 = 600; all the upkeep, 3,250; backup 240 + monitoring 120 = 360;
    // downtime 2 × (206.25 × (4 + 2) + 260) = 2,995. Managed: 12 × 100 = 1,200; onboarding 50% × 100 × 12 ÷ 12
    // = 50; downtime 2 × 50% × (206.25 × (1 + 2) + 260) = 878.75.
    const [c] = systemCosts([SERVER], INPUTS);
    expect(c?.parts.breakFix).toEqual({ invoices: 600, upkeep: 3250, tools: 360, fees: 0, oneOff: 0, downtime: 2995 });
    expect(c?.parts.managed).toEqual({ invoices: 0, upkeep: 0, tools: 0, fees: 1200, oneOff: 50, downtime: 878.75 });
    expect(c).toMatchObject({ kind: 'server', breakFix: 7205, managed: 2128.75, risk: 0 });
  });

  it('requests: no after-hours uplift, no revenue or recovery tail, not prevented by upkeep', () => {
    // With the server: upkeep 3,250 ÷ 2 = 1,625 each; monitoring 120 ÷ 2 = 60 each; backup 240 on the server.
    // Printers: 4 × 1 h × 150 = 600 (after-hours applies to the server only); 1 × 31.25 × 20% = 6.25 an hour:
    // break/fix 4 × 6.25 × (4 + 1) = 125, managed 4 × 6.25 × (1 + 1) = 50.
    const [server, printers] = systemCosts([SERVER, PRINTERS], { ...INPUTS, afterHoursShare: 50 });
    expect(printers?.parts.breakFix).toEqual({
      invoices: 600,
      upkeep: 1625,
      tools: 60,
      fees: 0,
      oneOff: 0,
      downtime: 125,
    });
    expect(printers?.parts.managed).toEqual({ invoices: 0, upkeep: 0, tools: 0, fees: 600, oneOff: 25, downtime: 50 });
    // The server's labour: factor 1 + 50% × 0.5 = 1.25 → 2 × 2 × 150 × 1.25 = 750.
    expect(server?.parts.breakFix).toEqual({
      invoices: 750,
      upkeep: 1625,
      tools: 300,
      fees: 0,
      oneOff: 0,
      downtime: 2995,
    });
  });

  it('what the plan includes moves upkeep, tools, prevention and requests back to the managed side', () => {
    const none = {
      ...INPUTS,
      includesHelpDesk: 'no',
      includesMaintenance: 'no',
      includesBackup: 'no',
      includesMonitoring: 'no',
    } as const;
    const [server, printers] = systemCosts([SERVER, PRINTERS], none);
    // Without upkeep: 1,625 each and nothing prevented: 2 × (206.25 × 3 + 260) = 1,757.50; tools not included: 240 + 60.
    expect(server?.parts.managed).toEqual({
      invoices: 0,
      upkeep: 1625,
      tools: 300,
      fees: 1200,
      oneOff: 50,
      downtime: 1757.5,
    });
    // Without a help desk a request is billed and waited for as under break/fix.
    expect(printers?.parts.managed).toEqual({
      invoices: 600,
      upkeep: 1625,
      tools: 60,
      fees: 600,
      oneOff: 25,
      downtime: 125,
    });
    // And no way in is made safer by a plan that patches nothing.
    expect(firmCosts(MIXED, none)).toMatchObject({ floor: 600, each: 0 });
  });

  it('routine upkeep by a paid technician: 12 × hours a month × rate', () => {
    const [c] = systemCosts([SERVER], { ...INPUTS, routineBy: 'technician' });
    expect(c?.parts.breakFix.upkeep).toBe(12 * 4 * 150);
  });

  it('properties: every part ≥ 0 and parts sum to each system’s cost and each split’s total (500 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(systemArb, fc.boolean()), { maxLength: 10 }), inputsArb, (list, inputs) => {
        const systems = list.map(([s]) => s);
        const managed = list.map(([, m]) => m);
        const costs = systemCosts(systems, inputs);
        const firm = firmCosts(systems, inputs);
        const partsOk = costs.every((c) =>
          (['breakFix', 'managed'] as const).every((side) => {
            const p = c.parts[side];
            const total = PARTS.reduce((s, k) => s + p[k], 0);
            return PARTS.every((k) => p[k] >= 0 && Number.isFinite(p[k])) && close(total, c[side]) && c.risk >= 0;
          }),
        );
        const split = splitCost(costs, firm, managed);
        const manual = costs.reduce(
          (s, c, i) => s + (managed[i] ? c.managed : c.breakFix + c.risk),
          firm.projects + firm.floor,
        );
        return (
          partsOk &&
          split.cash >= 0 &&
          split.downtime >= 0 &&
          split.risk >= 0 &&
          close(split.expected, split.cash + split.downtime + split.risk) &&
          close(split.expected, manual)
        );
      }),
      { numRuns: 500 },
    );
  });

  it('properties: more failures never lower a break/fix cost; a higher prevention share never raises a managed cost (500 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(systemArb, { minLength: 1, maxLength: 6 }),
        inputsArb,
        fc.nat(),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (systems, inputs, pick, more, prevent) => {
          const k = pick % systems.length;
          const before = systemCosts(systems, inputs);
          const busier = systemCosts(
            systems.map((s, i) => (i === k ? { ...s, incidentsPerYear: s.incidentsPerYear + more } : s)),
            inputs,
          );
          const safer = systemCosts(systems, {
            ...inputs,
            incidentReduction: Math.min(100, inputs.incidentReduction + prevent),
          });
          return (
            busier[k]!.breakFix >= before[k]!.breakFix - 1e-9 * Math.max(1, before[k]!.breakFix) &&
            safer.every((c, i) => c.managed <= before[i]!.managed + 1e-9 * Math.max(1, before[i]!.managed))
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('security-incident risk: hand-worked', () => {
  // Full risk 10% × 6,000 = 600; three ways in, each forfeits 600 × 60% ÷ 3 = 120 on break/fix.
  const costs = systemCosts(MIXED, INPUTS);
  const firm = firmCosts(MIXED, INPUTS);
  const riskWith = (managed: boolean[]) => splitCost(costs, firm, managed).risk;

  it('none, some and all of the attack-surface systems managed', () => {
    expect(firm.each).toBeCloseTo(120, 9);
    expect(firm.floor).toBeCloseTo(240, 9);
    expect(costs.map((c) => c.risk)).toEqual([firm.each, firm.each, firm.each, 0]);
    expect(riskWith([false, false, false, false])).toBeCloseTo(600, 9);
    expect(riskWith([true, false, false, false])).toBeCloseTo(480, 9);
    expect(riskWith([true, true, false, true])).toBeCloseTo(360, 9);
    expect(riskWith([true, true, true, false])).toBeCloseTo(240, 9);
    // Managing the server (no way in) changes nothing.
    expect(riskWith([true, true, true, true])).toBeCloseTo(240, 9);
  });

  it('a split’s expected cost is projects + each system’s cost on its side + risk', () => {
    const r = evaluateAssignment(MIXED, INPUTS, [false, true, false, true], { years: 200 });
    const [ws, email, network, server] = costs as [SystemCost, SystemCost, SystemCost, SystemCost];
    const down =
      ws.parts.breakFix.downtime +
      email.parts.managed.downtime +
      network.parts.breakFix.downtime +
      server.parts.managed.downtime;
    expect(r.downtime).toBeCloseTo(down, 9);
    expect(r.cash).toBeCloseTo(1000 + ws.breakFix + email.managed + network.breakFix + server.managed - down, 9);
    expect(r.risk).toBeCloseTo(480, 9);
    expect(r.expected).toBeCloseTo(r.cash + r.downtime + r.risk, 9);
  });

  it('with nothing that can let an attacker in, the whole risk stays: chance × cost', () => {
    expect(firmCosts([SERVER], INPUTS)).toMatchObject({ floor: 600, each: 0 });
    expect(evaluateAssignment([SERVER], INPUTS, [true], { years: 100 }).risk).toBe(600);
  });

  it('the simulated years carry the incident, on the same luck for every split', () => {
    const quiet = MIXED.map((s) => ({ ...s, incidentsPerYear: 0, managedMonthly: 0 }));
    const coin = {
      ...INPUTS,
      severeChance: 50,
      severeCost: 1000,
      severeReduction: 100,
      diyHoursPerWeek: 0,
      projectHours: 0,
      users: 0,
    };
    expect(evaluateAssignment(quiet, coin, [], { years: 1000 }).p90).toBe(1000);
    expect(evaluateAssignment(quiet, coin, [true, true, true, false], { years: 1000 }).p90).toBe(0);
    const r = optimiseHybrid(quiet, coin, { years: 1000 });
    expect(r.allManaged).toMatchObject({ risk: 0, p90: 0 });
    expect(r.minP90.p90).toBe(0);
    expect(r.minExpected.managed.slice(0, 3)).toEqual([true, true, true]);
  });
});
