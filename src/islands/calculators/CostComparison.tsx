/**
 * Break/fix against managed services, with in-house and co-managed IT priced the same way: a headline
 * that keeps cash apart from estimated downtime and risk, every option's yearly cost part by part, the
 * break-even figures, the cumulative chart, the simulated spread of yearly cost and the sensitivity chart.
 */
import { useMemo } from 'preact/hooks';
import { compareModels, type ComparisonInputs, type ComparisonResult } from '../../model/compare';
import { formatChance } from '../../model/format';
import { OPTION_IDS, type CostParts } from '../../model/options';
import { BarChart } from '../charts/BarChart';
import { Histogram } from '../charts/Histogram';
import { LineChart } from '../charts/LineChart';
import type { ComparisonLater } from '../later/comparison';
import { useLater } from '../lib/useLater';
import { formatters, pick } from '../lib/format';
import { useCalculator, type Calc, type IslandProps } from '../lib/useCalculator';
import { MoreGroup, QuickPath } from '../ui/Groups';
import { Shell, Stat } from '../ui/Shell';

const NAMES: [string, string] = ['Break/fix', 'Managed'];
/** Column heads of the breakdown, in OPTION_IDS order. */
const OPTION_NAMES = [...NAMES, 'In-house IT', 'Co-managed'];
/** The breakdown's groups: heading, then each part with its row label (parts the model sums in that group). */
const GROUPS: [string, [keyof CostParts, string][]][] = [
  [
    'Cash',
    [
      ['outageInvoices', 'Technician invoices for outages'],
      ['requestInvoices', 'Technician invoices for requests'],
      ['upkeep', 'Routine upkeep'],
      ['fees', 'Provider fees'],
      ['oneOff', 'One-off costs, spread over the months'],
      ['itStaff', 'IT staff'],
      ['tools', 'Tools bought separately'],
      ['projects', 'Project work'],
    ],
  ],
  [
    'Estimated downtime',
    [
      ['outageDowntime', 'Whole-office outages'],
      ['requestDowntime', 'People waiting for a fix'],
    ],
  ],
  ['Risk', [['risk', 'Severe security incident (chance × cost)']]],
];
/** Managed fields that apply under each pricing model (the rest are hidden, as the model ignores them). */
const PRICED: Record<string, string[]> = {
  'per-user': ['perUserMonthly'],
  'per-device': ['workstations', 'workstationMonthly', 'servers', 'serverMonthly'],
  flat: ['flatMonthly'],
};
/** The routine-upkeep field that applies to who does it without a plan. */
const ROUTINE: Record<string, string> = { staff: 'diyHoursPerWeek', technician: 'routineTechHoursPerMonth' };
/** The plain questions asked first (the price quoted depends on how the plan is priced). */
function quickPath(v: ComparisonInputs): string[] {
  return ['staffAffected', 'annualRevenue', 'productivityLoss', ...(PRICED[v.pricingModel] ?? []).slice(0, 2), 'hourlyRate', 'requestsPerUser'].slice(0, 6);
}

/**
 * The other inputs, in named groups collapsed behind a summary of their values, by field id, with only
 * the fields that apply to the current choices. The specs themselves (labels, help, provenance) arrive
 * as props, so the bundle carries no spec prose (src/islands/props.ts).
 */
function fieldGroups(v: ComparisonInputs): [string, string[]][] {
  const quick = quickPath(v);
  const groups: [string, string[]][] = [
    ['Your business in detail', ['users', 'operatingHours', 'revenueAtRisk', 'annualSalary', 'overheadFactor', 'recoveryHours', 'recoveryLoss', 'recoveryCost']],
    ['Outages and break/fix rates', ['incidentsPerYear', 'waitHours', 'fixHours', 'minimumBilledHours', 'afterHoursShare', 'afterHoursMultiplier', 'onsiteShare', 'tripCharge']],
    ['Everyday requests', ['requestFixHours', 'requestStopShare']],
    ['Routine upkeep without a plan', ['routineBy', ROUTINE[v.routineBy] ?? '']],
    ['Tools bought separately', ['endpointMonthly', 'emailSecurityMonthly', 'backupMonthly', 'monitoringMonthly']],
    ['Managed plan', ['pricingModel', ...(PRICED[v.pricingModel] ?? []), 'onboardingPercent', 'slaResponseHours', 'incidentReduction', 'projectHours', 'projectRate']],
    ['What the quoted plan includes', ['includesHelpDesk', 'includesMaintenance', 'includesEndpoint', 'includesEmailSecurity', 'includesBackup', 'includesMonitoring']],
    ['Security risk', ['severeChance', 'severeCost', 'severeReduction']],
    ['In-house IT', ['itStaff', 'itSalary', 'itEmployerFactor', 'recruitingCost', 'itTurnover', 'itLeaveWeeks', 'inHouseResponseHours', 'coManagedPercent']],
    ['Time and uncertainty', ['horizonMonths', 'spread', 'seed']],
  ];
  return groups.map(([legend, ids]) => [legend, ids.filter((id) => !quick.includes(id))]);
}

/** What to do next, tied to the answer: where the reader goes from here, with the articles that help. */
function NextStep({ c, r }: { c: Calc; r: ComparisonResult }) {
  const { total } = r.difference;
  const close = Math.abs(total) < 0.1 * Math.max(r.options.breakFix.total, r.options.managed.total);
  const Sub = c.H === 'h2' ? 'h3' : 'h4';
  return (
    <section class="next no-print" aria-labelledby={`${c.uid}-nx`}>
      <Sub id={`${c.uid}-nx`}>What to do next</Sub>
      {close ? (
        <p>
          The two are close, so your own numbers decide it. Check the groups above against your invoices, then consider a split:{' '}
          <a href="/calculators/hybrid-planner/">plan which systems to manage</a>.
        </p>
      ) : total < 0 ? (
        <p>
          Managed comes out cheaper. Get two or three quotes and compare them like for like:{' '}
          <a href="/articles/how-to-choose/#step-3-ask-every-provider-the-same-questions">the questions to ask every provider</a> and{' '}
          <a href="/articles/how-to-choose/#step-4-watch-for-contract-red-flags">the contract terms to check</a>.
        </p>
      ) : (
        <p>
          Break/fix comes out cheaper, as long as the upkeep still gets done:{' '}
          <a href="/articles/proactive-maintenance/#the-routine-task-by-task">the maintenance checklist</a>. If a quote is on the table, check{' '}
          <a href="/articles/how-to-choose/#step-3-ask-every-provider-the-same-questions">what it includes</a> before you decide.
        </p>
      )}
    </section>
  );
}

/**
 * The headline: managed against break/fix in cash, then what estimated downtime and risk change, then
 * everything counted. An amount that shows as zero in the reader's currency counts as the same.
 */
export function verdict(r: ComparisonResult, money: (v: number) => string): string {
  const { cash, downtime, risk, total } = r.difference;
  const m = (v: number) => money(Math.abs(v));
  const same = (v: number) => m(v) === money(0);
  const it = same(cash) ? 'managed' : 'it';
  const cashText = same(cash)
    ? `In cash, managed and break/fix cost about the same, ${m(r.options.breakFix.cash)} a year.`
    : `In cash, managed costs ${m(cash)} a year ${cash > 0 ? 'more' : 'less'} than break/fix.`;
  const down = same(downtime)
    ? 'Estimated downtime costs the same either way'
    : downtime > 0
      ? `Counting estimated downtime ${it} costs ${m(downtime)} more`
      : `Counting estimated downtime ${it} saves ${m(downtime)}${same(cash) ? '' : cash < 0 ? ' more' : same(cash + downtime) ? ', all of that' : -downtime < cash ? ' of that' : ', more than that'}`;
  const riskText = same(risk)
    ? ', and the expected cost of a security incident is the same.'
    : `, and ${same(downtime) ? 'managed' : 'it'} ${risk < 0 ? 'lowers' : 'raises'} the expected cost of a security incident by ${m(risk)}.`;
  const all = same(total)
    ? 'Everything counted, they cost about the same.'
    : `Everything counted, ${total < 0 ? 'managed' : 'break/fix'} is ${m(total)} a year cheaper.`;
  return `${cashText} ${down}${riskText} ${all}`;
}

/** Break-even in the reader's terms: null means never, 0 means at any number. */
function breakEvenText(at: number | null, what: string, f: ReturnType<typeof formatters>): string {
  return at === null ? 'never' : at === 0 ? `at any number of ${what}` : `at ${f.num(at, 1)} ${what}`;
}

/** A row of the breakdown: its label, one amount per option (OPTION_IDS order), and what kind of row. */
type Row = [string, number[], 'part' | 'sub' | 'total'];

/** Every option's yearly cost, part by part: each group's parts and subtotal, then the total. */
function breakdown(r: ComparisonResult): { groups: [string, Row[]][]; total: Row } {
  const o = OPTION_IDS.map((id) => r.options[id]);
  const groups = GROUPS.map(([group, parts]): [string, Row[]] => {
    const rows: Row[] = parts.map(([key, label]) => [label, o.map((x) => x.parts[key]), 'part']);
    if (parts.length > 1) rows.push([`${group} subtotal`, o.map((x) => (group === 'Cash' ? x.cash : x.downtime)), 'sub']);
    return [group, rows];
  });
  return { groups, total: ['Total', o.map((x) => x.total), 'total'] };
}

/** The breakdown table: a column per option, a row per part, grouped under cash, downtime and risk. */
function Breakdown({ c, table: { groups, total }, money }: { c: Calc; table: ReturnType<typeof breakdown>; money: (v: number) => string }) {
  const id = `${c.uid}-bd`;
  const row = ([label, cells, kind]: Row) => (
    <tr class={kind} key={label}>
      <th scope="row">{label}</th>
      {cells.map((v, i) => (
        <td key={i}>{money(v)}</td>
      ))}
    </tr>
  );
  return (
    <section class="table-scroll" tabIndex={0} aria-labelledby={id}>
      <table class="pcts breakdown">
        <caption id={id}>Yearly cost of each option, part by part</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            {OPTION_NAMES.map((n) => (
              <th scope="col" key={n}>
                {n}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(([group, rows]) => (
          <tbody key={group}>
            <tr class="group">
              <th scope="rowgroup" colSpan={OPTION_NAMES.length + 1}>
                {group}
              </th>
            </tr>
            {rows.map(row)}
          </tbody>
        ))}
        <tfoot>{row(total)}</tfoot>
      </table>
    </section>
  );
}

/** The cost comparison calculator island. */
export default function CostComparison(props: IslandProps<ComparisonLater>) {
  const c = useCalculator('cost-comparison', props);
  const v = c.values as unknown as ComparisonInputs;
  const r = useMemo(() => compareModels(v), [c.values]);
  const { sim, tornado } = useLater(async () => (await import('../later/comparison')).comparisonLater(v, c.specs), JSON.stringify(v), props.seed!);
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
  const pMore = formatChance(sim.probabilityBreakFixCostsMore, c.fmt);
  const cur = c.fmt.currency;
  const table = breakdown(r);
  const csv = (): (string | number)[][] => [
    ['Month', ...OPTION_NAMES.map((n) => `${n} cumulative total (${cur})`)],
    ...r.monthly.map((m) => [m.month, ...OPTION_IDS.map((id) => m[id])]),
    [],
    ['Input', 'Value'],
    ...c.specs.map((s) => [s.label, c.values[s.id] ?? '']),
    [],
    [`Yearly cost (${cur})`, ...OPTION_NAMES],
    ...table.groups.flatMap(([group, rows]) => [[group], ...rows.map(([label, cells]) => [label, ...cells])]),
    [table.total[0], ...table.total[1]],
    [],
    ['Break-even month (managed catches up)', r.breakEvenMonth ?? `not within ${months} months`],
    ['Break-even whole-office outages a year', r.breakEvenOutagesPerYear ?? 'never'],
    ['Break-even requests per person a year', perUser ?? 'never'],
  ];
  return (
    <Shell c={c} headline={headline} answer={answer} csv={{ name: 'break-fix-vs-managed-monthly.csv', label: 'Export monthly CSV', rows: csv }}>
      <div class="answer-pair">
      {c.show('inputs') && (
        <div class="inputs">
          <QuickPath c={c} ids={quickPath(v)} />
          {fieldGroups(v).map(([legend, ids]) => (
            <MoreGroup c={c} legend={legend} specs={pick(c.specs, ids)} key={legend} />
          ))}
        </div>
      )}
      {c.show('summary') && (
        <section class="results" aria-labelledby={`${c.uid}-r`}>
          <c.H id={`${c.uid}-r`}>Results</c.H>
          <p class="verdict" id={`${c.uid}-headline`}>
            {headline}
          </p>
          {ok && (
            <>
              <Breakdown c={c} table={table} money={f.money} />
              <dl class="stats">
                <Stat label="Managed catches up with break/fix" value={be} />
                <Stat label="Managed pays for itself, by outages" value={breakEvenText(r.breakEvenOutagesPerYear, 'whole-office outages a year', f)} />
                <Stat
                  label="Managed pays for itself, by requests"
                  value={breakEvenText(perUser, 'requests per person a year', f) + (perUser ? ` (≈ ${f.num(perUser / 12, 1)} a month)` : '')}
                />
                <Stat label="Chance break/fix costs more in a year" value={pMore} />
              </dl>
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
              {c.variant !== 'embed' && <NextStep c={c} r={r} />}
            </>
          )}
        </section>
      )}
      </div>
      {ok && c.show('cumulative') && (
        <LineChart
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-cu`}
          title={`Cumulative cost over ${months} months: cash + downtime + risk`}
          desc={`After ${months} months break/fix totals ${f.money(r.monthly.at(-1)?.breakFix ?? 0)} and managed ${f.money(r.monthly.at(-1)?.managed ?? 0)}, everything counted. Managed catches up: ${be}.`}
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
      {ok && c.show('distribution') && (
        <Histogram
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-di`}
          title="How much a year could cost: cash + downtime + risk"
          desc={`Break/fix: a good year ${f.money(sim.breakFix.p10)}, a typical year ${f.money(sim.breakFix.p50)}, a bad year ${f.money(sim.breakFix.p90)}. Managed: a good year ${f.money(sim.managed.p10)}, a typical year ${f.money(sim.managed.p50)}, a bad year ${f.money(sim.managed.p90)}. Break/fix costs more in ${pMore} of years.`}
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
      {ok && c.show('sensitivity') && (
        <BarChart
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-to`}
          title="What moves the answer most"
          desc={`Each input moved 50% down and up; bars show managed minus break/fix per year, everything counted. Largest effect: ${tornado[0]?.label ?? 'none'}.`}
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
