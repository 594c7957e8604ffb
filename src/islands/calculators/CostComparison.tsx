/**
 * Break/fix against managed services: annual totals, the cumulative chart with the break-even month,
 * the break-even incident rate, the simulated spread of yearly cost, and the sensitivity (tornado) chart.
 */
import { useMemo } from 'preact/hooks';
import { compareModels, type ComparisonInputs } from '../../model/compare';
import { BarChart } from '../charts/BarChart';
import { Histogram } from '../charts/Histogram';
import { LineChart } from '../charts/LineChart';
import type { ComparisonLater } from '../later/comparison';
import { useLater } from '../lib/useLater';
import { formatters, pick } from '../lib/format';
import { useCalculator, type IslandProps } from '../lib/useCalculator';
import { SECTION_IDS } from '../sections';
import { Field, FieldGroup } from '../ui/Field';
import { Shell, Stat } from '../ui/Shell';

/** Section ids for `?show=` in embeds. */
export const SECTIONS = SECTION_IDS['cost-comparison'];

const NAMES: [string, string] = ['Break/fix', 'Managed'];
/** Managed fields that apply under each pricing model (the rest are hidden, as the model ignores them). */
const PRICED: Record<string, string[]> = {
  'per-user': ['users', 'perUserMonthly'],
  'per-device': ['workstations', 'workstationMonthly', 'servers', 'serverMonthly'],
  flat: ['flatMonthly'],
};
// Field groups by id: the specs themselves (labels, help, provenance) arrive as props, so the bundle
// carries no spec prose (src/islands/props.ts).
const PROFILE_IDS = ['annualRevenue', 'operatingHours', 'revenueAtRisk', 'staffAffected', 'annualSalary', 'overheadFactor', 'productivityLoss', 'recoveryCost', 'recoveryHours', 'recoveryLoss'];
const BREAK_FIX_IDS = ['incidentsPerYear', 'waitHours', 'fixHours', 'hourlyRate', 'afterHoursShare', 'afterHoursMultiplier', 'minimumBilledHours', 'onsiteShare', 'tripCharge'];
const MANAGED_REST = ['onboardingPercent', 'contractMonths', 'projectHours', 'projectRate', 'incidentReduction', 'slaResponseHours'];
const EXTRA_IDS = ['spread', 'horizonMonths', 'seed'];

/** The cost comparison calculator island. */
export default function CostComparison(props: IslandProps<ComparisonLater>) {
  const c = useCalculator('cost-comparison', props, SECTIONS);
  const v = c.values as unknown as ComparisonInputs;
  const r = useMemo(() => compareModels(v), [c.values]);
  const { sim, tornado } = useLater(async () => (await import('../later/comparison')).comparisonLater(v, c.specs), JSON.stringify(v), props.seed!);
  const f = formatters(c.fmt);
  const bf = r.breakFix.annual.total;
  const mg = r.managed.annual.total;
  const diff = r.managedMinusBreakFix;
  const verdict =
    r.cheaper === 'equal'
      ? `Both cost about ${f.money(bf)} a year.`
      : `${r.cheaper === 'managed' ? 'Managed' : 'Break/fix'} costs ${f.money(Math.abs(diff))} a year less (${f.money(bf)} break/fix, ${f.money(mg)} managed).`;
  const be = r.breakEvenMonth === null ? `not within ${r.monthly.length} months` : `month ${r.breakEvenMonth}`;
  const rate = r.breakEvenIncidentsPerYear === null ? 'never' : `${f.num(r.breakEvenIncidentsPerYear, 1)} incidents a year`;
  const pMore = f.pct(sim.probabilityBreakFixCostsMore);
  const cur = c.fmt.currency;
  const csv = (): (string | number)[][] => [
    ['Month', `Break/fix cumulative (${cur})`, `Managed cumulative (${cur})`],
    ...r.monthly.map((m) => [m.month, m.breakFix, m.managed]),
  ];
  const priced = pick(c.specs, [...(PRICED[v.pricingModel] ?? []), ...MANAGED_REST]);
  return (
    <Shell c={c} headline={verdict} csv={{ name: 'break-fix-vs-managed-monthly.csv', label: 'Export monthly CSV', rows: csv }}>
      {c.show('inputs') && (
        <div class="inputs">
          <FieldGroup c={c} legend="Your business" specs={pick(c.specs, PROFILE_IDS)} />
          <FieldGroup c={c} legend="Break/fix" specs={pick(c.specs, BREAK_FIX_IDS)} />
          <fieldset class="group">
            <legend>Managed plan</legend>
            <Field c={c} spec={c.spec('pricingModel')} />
            {priced.map((s) => (
              <Field c={c} spec={s} key={s.id} />
            ))}
          </fieldset>
          <FieldGroup c={c} legend="Time and uncertainty" specs={pick(c.specs, EXTRA_IDS)} />
        </div>
      )}
      {c.show('summary') && (
        <section class="results" aria-labelledby={`${c.uid}-r`}>
          <c.H id={`${c.uid}-r`}>Results</c.H>
          <p class="verdict" id={`${c.uid}-headline`}>
            {verdict}
          </p>
          <dl class="stats">
            <Stat label="Break/fix per year (invoices + downtime)" value={f.money(bf)} />
            <Stat label="Managed per year (fees + downtime)" value={f.money(mg)} />
            <Stat label="Managed catches up with break/fix" value={be} />
            <Stat label="Break-even incident rate" value={rate} />
            <Stat label="Chance break/fix costs more this year" value={pMore} />
          </dl>
          <table class="pcts">
            <caption>Yearly cost in {f.num(sim.years, 0)} simulated years</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">P10 (a good year)</th>
                <th scope="col">P50 (typical)</th>
                <th scope="col">P90 (a bad year)</th>
              </tr>
            </thead>
            <tbody>
              {[sim.breakFix, sim.managed].map((d, i) => (
                <tr key={i}>
                  <th scope="row">{NAMES[i]}</th>
                  <td>{f.money(d.p10)}</td>
                  <td>{f.money(d.p50)}</td>
                  <td>{f.money(d.p90)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {c.show('cumulative') && (
        <LineChart
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-cu`}
          title={`Cumulative cost over ${r.monthly.length} months`}
          desc={`After ${r.monthly.length} months break/fix totals ${f.money(r.monthly.at(-1)?.breakFix ?? 0)} and managed ${f.money(r.monthly.at(-1)?.managed ?? 0)}. Managed catches up: ${be}.`}
          x={r.monthly.map((m) => m.month)}
          a={r.monthly.map((m) => m.breakFix)}
          b={r.monthly.map((m) => m.managed)}
          mark={r.breakEvenMonth}
          markLabel={`Break-even: ${be}`}
          money={f.money}
          moneyShort={f.short}
          names={NAMES}
        />
      )}
      {c.show('distribution') && (
        <Histogram
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-di`}
          title="How much a year could cost"
          desc={`Break/fix: P10 ${f.money(sim.breakFix.p10)}, P50 ${f.money(sim.breakFix.p50)}, P90 ${f.money(sim.breakFix.p90)}. Managed: P10 ${f.money(sim.managed.p10)}, P50 ${f.money(sim.managed.p50)}, P90 ${f.money(sim.managed.p90)}. Break/fix costs more in ${pMore} of years.`}
          edges={Array.from({ length: sim.histogram.breakFix.length + 1 }, (_, i) => sim.histogram.start + i * sim.histogram.width)}
          a={sim.histogram.breakFix}
          b={sim.histogram.managed}
          pa={[sim.breakFix.p10, sim.breakFix.p50, sim.breakFix.p90]}
          pb={[sim.managed.p10, sim.managed.p50, sim.managed.p90]}
          years={sim.years}
          money={f.money}
          moneyShort={f.short}
          names={NAMES}
        />
      )}
      {c.show('sensitivity') && (
        <BarChart
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-to`}
          title="What moves the answer most"
          desc={`Each input moved 50% down and up; bars show managed minus break/fix per year. Largest effect: ${tornado[0]?.label ?? 'none'}.`}
          rows={tornado.map((t) => ({
            label: t.label,
            bars: [
              { from: diff, to: t.atLow, cls: 'lo' },
              { from: diff, to: t.atHigh, cls: 'hi' },
            ],
          }))}
          base={diff}
          axisLabel="Managed minus break/fix per year"
          fmt={f.money}
          fmtShort={f.short}
          legend={[
            ['lo', 'Input 50% lower'],
            ['hi', 'Input 50% higher'],
          ]}
          head={['Input', 'Range tried', 'Difference at low', 'Difference at high']}
          table={tornado.map((t) => [t.label, `${f.num(t.low, 2)} to ${f.num(t.high, 2)}`, f.money(t.atLow), f.money(t.atHigh)])}
        />
      )}
    </Shell>
  );
}
