/** Downtime cost: what an outage costs per hour, per incident and per year, with its breakdown. */
import { downtimeCost, type DowntimeInputs } from '../../model/downtime';
import { BarChart } from '../charts/BarChart';
import { formatters, pick } from '../lib/format';
import { useCalculator, useResults, type IslandProps } from '../lib/useCalculator';
import { MoreGroup, QuickPath } from '../ui/Groups';
import { NextStep } from '../ui/NextStep';
import { Shell, Stat } from '../ui/Shell';

/** The plain questions asked first; the rest wait in collapsed groups with their current values shown. */
const QUICK = ['staffAffected', 'annualRevenue', 'productivityLoss', 'incidentsPerYear', 'outageHours'];
const BUSINESS = ['revenueAtRisk', 'operatingHours', 'annualSalary', 'overheadFactor'];
const RECOVERY = ['recoveryHours', 'recoveryLoss', 'recoveryCost'];

/** The model over the parsed values (one function, so the store computes it once for every placement). */
const model = (values: Record<string, number | string>) => downtimeCost(values as unknown as DowntimeInputs);

/** The downtime cost calculator island. */
export default function DowntimeCost(props: IslandProps) {
  const c = useCalculator('downtime-cost', props);
  const r = useResults(c, model);
  const f = formatters(c.fmt);
  const b = r.perYearBreakdown;
  const headline = `Downtime costs about ${f.money(r.perYear)} a year: ${f.money(r.costPerHour)} an hour and ${f.money(r.perIncident)} an outage.`;
  const parts: [string, number][] = [
    ['Lost revenue', b.revenue],
    ['Lost productivity while down', b.productivity],
    ['Slower work while recovering', b.recoveryTail],
    ['Other recovery costs', b.recoveryCost],
  ];
  return (
    <Shell
      c={c}
      headline={headline}
      answer={`About ${f.money(r.perYear)} a year, ${f.money(r.costPerHour)} an hour down.`}
      csv={{
        name: 'downtime-cost.csv',
        label: 'Export as CSV',
        rows: () => [
          ['Result', `Amount (${c.fmt.currency})`],
          ['Cost per year', r.perYear],
          ['Cost per hour down', r.costPerHour],
          ['Cost per outage, recovery included', r.perIncident],
          ['Hours down per year', r.hoursDownPerYear],
          [],
          [`Where the yearly cost comes from (${c.fmt.currency})`, 'Per year'],
          ...parts,
          ['Total', r.perYear],
        ],
      }}
    >
      <div class="answer-pair">
        {c.show('inputs') && (
          <div class="inputs" data-section="inputs">
            <QuickPath c={c} ids={QUICK} />
            <MoreGroup c={c} legend="Revenue, hours and pay" specs={pick(c.specs, BUSINESS)} />
            <MoreGroup c={c} legend="Recovery after each outage" specs={pick(c.specs, RECOVERY)} />
          </div>
        )}
        {c.show('summary') && (
          <section class="results" aria-labelledby={`${c.uid}-r`} data-section="summary">
            <c.H id={`${c.uid}-r`}>Results</c.H>
            <dl class="stats">
              <Stat label="Cost per year" value={f.money(r.perYear)} id={`${c.uid}-headline`} />
              <Stat label="Cost per hour down" value={f.money(r.costPerHour)} />
              <Stat label="Cost per outage, recovery included" value={f.money(r.perIncident)} />
              <Stat label="Hours down per year" value={f.num(r.hoursDownPerYear, 2)} />
            </dl>
            <NextStep c={c} parts={props.next?.any} />
          </section>
        )}
      </div>
      {c.show('breakdown') && (
        <BarChart
          section="breakdown"
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-bd`}
          title="Where the yearly cost comes from"
          desc={`Of ${f.money(r.perYear)} a year: ${parts.map(([l, v]) => `${l.toLowerCase()} ${f.money(v)}`).join(', ')}.`}
          rows={parts.map(([label, v]) => ({
            label,
            value: f.money(v),
            bars: [{ from: 0, to: v, series: 'measure' }],
          }))}
          axisLabel="Cost per year"
          fmt={f.money}
          fmtShort={f.short}
          head={['Part', 'Cost per year']}
          table={parts.map(([l, v]) => [l, f.money(v)])}
        />
      )}
    </Shell>
  );
}
