/**
 * Break/fix against managed services, with in-house and co-managed IT priced the same way: a headline
 * that keeps cash apart from estimated downtime and risk, every option's yearly cost part by part, the
 * break-even figures, the cumulative chart, the simulated spread of yearly cost and the sensitivity chart.
 */
import { compareModels, type ComparisonInputs } from '../../model/compare';
import { formatChance } from '../../model/format';
import { OPTION_IDS } from '../../model/options';
import { Breakdown, breakdown, NAMES, OPTION_NAMES } from './ComparisonBreakdown';
import { breakEvenText, nextKey, verdict } from './comparison-words';
import { fieldGroups, quickPath } from './comparison-fields';
import { BarChart, solidAndPale, solidAndPaleLegend } from '../charts/BarChart';
import { Histogram } from '../charts/Histogram';
import { LineChart } from '../charts/LineChart';
import type { ComparisonLater } from '../later/comparison';
import { useLater } from '../lib/useLater';
import { formatters, pick } from '../lib/format';
import { useCalculator, useResults, type IslandProps } from '../lib/useCalculator';
import { MoreGroup, QuickPath } from '../ui/Groups';
import { LaterStatus, OUT_OF_DATE } from '../ui/LaterStatus';
import { NextStep } from '../ui/NextStep';
import { Shell, Stat } from '../ui/Shell';

/** The model over the parsed values (one function, so the store computes it once for every placement). */
const compare = (values: Record<string, number | string>) => compareModels(values as unknown as ComparisonInputs);

export { verdict };

/** The cost comparison calculator island. */
export default function CostComparison(props: IslandProps<ComparisonLater>) {
  const c = useCalculator('cost-comparison', props);
  const v = c.values as unknown as ComparisonInputs;
  const r = useResults(c, compare);
  const later = useLater(
    async () => (await import('../later/comparison')).comparisonLater(v, c.specs),
    JSON.stringify(v),
    props.precomputed!,
  );
  const { sim, tornado } = later.value;
  // The simulation's figures belong to the previous inputs when it could not run for these: not shown.
  const stale = later.state === 'failed';
  const f = formatters(c.fmt);
  const diff = r.difference.total;
  const wrong = Object.keys(c.errors).map((id) => c.spec(id)?.label ?? id);
  const ok = wrong.length === 0;
  const headline = ok
    ? verdict(r, f.money)
    : `No result until ${wrong.length === 1 ? 'this field is' : 'these fields are'} corrected: ${wrong.join('; ')}.`;
  const cashDiff = r.difference.cash;
  const answer = ok
    ? `In cash, managed costs ${f.money(Math.abs(cashDiff))} a year ${cashDiff < 0 ? 'less' : 'more'}; everything counted, ${diff < 0 ? 'managed' : 'break/fix'} is ${f.money(Math.abs(diff))} cheaper.`
    : headline;
  const months = r.monthly.length;
  const be = r.breakEvenMonth === null ? `not within ${months} months` : `month ${r.breakEvenMonth}`;
  const perUser = r.breakEvenRequestsPerUser;
  const pMore = stale ? OUT_OF_DATE : formatChance(sim.probabilityBreakFixCostsMore, c.fmt);
  const cur = c.fmt.currency;
  const table = breakdown(r);
  const csv = (): (string | number)[][] => [
    ['Month', ...OPTION_NAMES.map((n) => `${n} cumulative total (${cur})`)],
    ...r.monthly.map((m) => [m.month, ...OPTION_IDS.map((id) => m[id])]),
    [],
    [`Yearly cost (${cur})`, ...OPTION_NAMES],
    ...table.groups.flatMap(([group, rows]) => [[group], ...rows.map(([label, cells]) => [label, ...cells])]),
    [table.total[0], ...table.total[1]],
    [],
    ['Break-even month (managed catches up)', r.breakEvenMonth ?? `not within ${months} months`],
    ['Break-even whole-office outages a year', r.breakEvenOutagesPerYear ?? 'never'],
    ['Break-even requests per person a year', perUser ?? 'never'],
    [],
    [`Simulated yearly cost, everything counted (${cur})`, 'A good year', 'A typical year', 'A bad year (1 in 10)'],
    ...[sim.breakFix, sim.managed].map((d, i) => [NAMES[i]!, d.p10, d.p50, d.p90]),
    ['Chance break/fix costs more in a year', pMore],
  ];
  return (
    <Shell
      c={c}
      headline={headline}
      answer={answer}
      csv={{ name: 'break-fix-vs-managed-monthly.csv', label: 'Export monthly CSV', rows: csv }}
    >
      <div class="answer-pair">
        {c.show('inputs') && (
          <div class="inputs" data-section="inputs">
            <QuickPath c={c} ids={quickPath(v)} />
            {fieldGroups(v).map(([legend, ids]) => (
              <MoreGroup c={c} legend={legend} specs={pick(c.specs, ids)} key={legend} />
            ))}
          </div>
        )}
        {c.show('summary') && (
          <section class="results" aria-labelledby={`${c.uid}-r`} data-section="summary">
            <c.H id={`${c.uid}-r`}>Results</c.H>
            <p class="verdict" id={`${c.uid}-headline`}>
              {headline}
            </p>
            {ok && (
              <>
                <Breakdown c={c} table={table} money={f.money} />
                <dl class="stats">
                  <Stat label="Managed catches up with break/fix" value={be} />
                  <Stat
                    label="Managed pays for itself, by outages"
                    value={breakEvenText(r.breakEvenOutagesPerYear, 'whole-office outages a year', f)}
                  />
                  <Stat
                    label="Managed pays for itself, by requests"
                    value={
                      breakEvenText(perUser, 'requests per person a year', f) +
                      (perUser ? ` (≈ ${f.num(perUser / 12, 1)} a month)` : '')
                    }
                  />
                  <Stat label="Chance break/fix costs more in a year" value={pMore} />
                </dl>
                <LaterStatus later={later} what="The chance, the good, typical and bad years and their charts">
                  <table class="pcts">
                    <caption>Yearly cost in {f.num(sim.years, 0)} simulated years, everything counted</caption>
                    <thead>
                      <tr>
                        <th scope="col">Option</th>
                        <th scope="col">A good year</th>
                        <th scope="col">A typical year</th>
                        <th scope="col">A bad year (1 in 10)</th>
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
                </LaterStatus>
                <NextStep c={c} parts={props.next?.[nextKey(r)]} />
              </>
            )}
          </section>
        )}
      </div>
      {ok && c.show('cumulative') && (
        <LineChart
          section="cumulative"
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-cu`}
          title={`Cumulative cost over ${months} months: cash + downtime + risk`}
          desc={`After ${months} months break/fix totals ${f.money(r.monthly.at(-1)?.breakFix ?? 0)} and managed ${f.money(r.monthly.at(-1)?.managed ?? 0)}, everything counted. Managed catches up: ${be}.`}
          x={r.monthly.map((m) => m.month)}
          lines={[
            { series: 'breakFix', name: NAMES[0], values: r.monthly.map((m) => m.breakFix) },
            { series: 'managed', name: NAMES[1], values: r.monthly.map((m) => m.managed) },
          ]}
          mark={r.breakEvenMonth}
          markLabel={`Break-even: ${be}`}
          money={f.money}
          moneyShort={f.short}
        />
      )}
      {ok && !stale && c.show('distribution') && (
        <Histogram
          section="distribution"
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-di`}
          title="How much a year could cost: cash + downtime + risk"
          desc={`Break/fix: a good year ${f.money(sim.breakFix.p10)}, a typical year ${f.money(sim.breakFix.p50)}, a bad year ${f.money(sim.breakFix.p90)}. Managed: a good year ${f.money(sim.managed.p10)}, a typical year ${f.money(sim.managed.p50)}, a bad year ${f.money(sim.managed.p90)}. Break/fix costs more in ${pMore} of years.`}
          edges={Array.from(
            { length: sim.histogram.breakFix.length + 1 },
            (_, i) => sim.histogram.start + i * sim.histogram.width,
          )}
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
      {ok && !stale && c.show('sensitivity') && (
        <BarChart
          section="sensitivity"
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-to`}
          title="What moves the answer most"
          desc={`Each input moved 50% down and up; bars show managed minus break/fix per year, everything counted. Largest effect: ${tornado[0]?.label ?? 'none'}.`}
          rows={tornado.map((t) => ({
            label: t.label,
            bars: solidAndPale(diff, t.atLow, t.atHigh, 'measure'),
          }))}
          base={diff}
          axisLabel="Managed minus break/fix per year"
          fmt={f.money}
          fmtShort={f.short}
          legend={solidAndPaleLegend('Input 50% lower', 'Input 50% higher')}
          head={['Input', 'Range tried', 'Difference at low', 'Difference at high']}
          table={tornado.map((t) => [
            t.label,
            `${f.num(t.low, 2)} to ${f.num(t.high, 2)}`,
            f.money(t.atLow),
            f.money(t.atHigh),
          ])}
        />
      )}
    </Shell>
  );
}
