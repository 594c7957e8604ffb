/**
 * Hybrid planner: an editable list of systems, each on managed or break/fix, with the blended expected
 * cost, its security-incident risk and a bad year (1 in 10: the 90th percentile), and the model's suggested
 * split. Each system is priced as the comparison prices the firm, so all break/fix and all managed are the
 * comparison's two options. System names come from a whitelist of kinds, so nothing typed or linked is ever
 * shown as a name.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { firmCosts, splitCost, systemCosts } from '../../model/hybrid-costs';
import {
  DEFAULT_SYSTEMS,
  isAttackSurface,
  SYSTEM_FIELDS,
  SYSTEM_KINDS,
  type HybridInputs,
  type HybridSystem,
} from '../../model/systems';
import { decodeSystems, encodeSystems, SYSTEMS_KEY } from '../../model/systems-query';
import { BarChart, solidAndPale, solidAndPaleLegend } from '../charts/BarChart';
import type { HybridLater } from '../later/hybrid';
import { useLater } from '../lib/useLater';
import { formatters } from '../lib/format';
import { useCalculator, type IslandProps } from '../lib/useCalculator';
import { MoreGroup, QuickPath } from '../ui/Groups';
import { LaterStatus, OUT_OF_DATE } from '../ui/LaterStatus';
import { NextStep } from '../ui/NextStep';
import { Shell, Stat } from '../ui/Shell';
import { cellProblem, kindLabel, SystemsTable } from './SystemsTable';
import { EXTRAS, groups, quickIds, SPLIT_KEY, type Groups } from './hybrid-fields';

export { SPLIT_KEY };

const shortName = (k: string) => SYSTEM_KINDS.find((x) => x.id === k)?.short ?? 'other system';
/** "a", "a and b", "a, b and c". */
const listText = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The hybrid planner island. */
export default function HybridPlanner(props: IslandProps<HybridLater> & { groups?: Groups }) {
  const c = useCalculator('hybrid-planner', props, EXTRAS);
  const f = formatters(c.fmt);
  const sysText = c.extra(SYSTEMS_KEY);
  const systems: HybridSystem[] = useMemo(
    () => (sysText === undefined ? DEFAULT_SYSTEMS.map((s) => ({ ...s })) : decodeSystems(sysText).systems),
    [sysText],
  );
  const inputs = c.values as unknown as HybridInputs;
  const split = c.extra(SPLIT_KEY);
  const later = useLater(
    async () => (await import('../later/hybrid')).hybridLater(systems, inputs, split),
    JSON.stringify([systems, inputs, split]),
    props.precomputed!,
  );
  const { opt, p90 } = later.value;
  // The optimiser's figures (bad years, the suggestion) belong to the previous inputs when it could not run.
  const stale = later.state === 'failed';
  const mine = systems.map((_, i) => (split ? split[i] === '1' : opt.minExpected.managed[i] === true));
  // Expected costs are exact and cheap, so they follow every keystroke; P90s come from the simulation.
  const costs = useMemo(() => systemCosts(systems, inputs), [systems, c.values]);
  const firm = firmCosts(systems, inputs);
  // Each split's expected cost from the exact per-system costs; the simulation gives which splits and their P90s.
  const at = (managed: boolean[], p90: number) => ({ ...splitCost(costs, firm, managed), p90 });
  const own = at(mine, p90);
  const best = at(opt.minExpected.managed, opt.minExpected.p90);

  // Text typed into table cells, kept while it is invalid; cleared when the list changes from elsewhere.
  const [cells, setCells] = useState<Record<string, string>>({});
  const lastSet = useRef(sysText);
  if (lastSet.current !== sysText) {
    lastSet.current = sysText;
    if (Object.keys(cells).length) setCells({});
  }
  /** Store the list; the split too when the reader has one of their own (or just chose one). */
  const save = (list: HybridSystem[], assign?: boolean[], chosen = false) => {
    const t = encodeSystems(list);
    lastSet.current = t;
    c.set(SYSTEMS_KEY, t);
    if (assign && (split || chosen)) c.set(SPLIT_KEY, assign.map((m) => (m ? '1' : '0')).join(''));
  };
  const cellId = (i: number, f: string) => `${c.uid}-s${i}-${f}`;
  const problems: [string, string][] = [];
  for (const [k, text] of Object.entries(cells)) {
    const [i, fid] = k.split(':');
    const spec = SYSTEM_FIELDS.find((s) => s.id === fid)!;
    const issue = cellProblem(c, spec, text);
    if (issue)
      problems.push([
        cellId(Number(i), fid!),
        `${kindLabel(systems[Number(i)]?.kind ?? '')} (row ${Number(i) + 1}): ${issue}`,
      ]);
  }
  const errOf = (id: string) => problems.find(([p]) => p === id)?.[1];

  const suggested = opt.minExpected.managed;
  const names = (want: boolean) =>
    systems
      .filter((_, i) => (suggested[i] === true) === want)
      .map((s) => shortName(s.kind))
      .join(', ') || 'none';
  const suggestion = `Manage: ${names(true)}. Break/fix: ${names(false)}.`;
  // The suggestion never leaves a way in for an attacker on break/fix without saying so.
  const exposed = [
    ...new Set(
      systems.filter((s, i) => suggested[i] !== true && isAttackSurface(s.kind)).map((s) => shortName(s.kind)),
    ),
  ];
  const plural = exposed.length > 1 || /s$/.test(exposed[0] ?? '');
  const exposedText = listText(exposed);
  const warning =
    exposed.length > 0 &&
    `${exposedText.charAt(0).toUpperCase()}${exposedText.slice(1)} ${plural ? 'stay' : 'stays'} on break/fix: nobody patches or watches ${plural ? 'them' : 'it'}, so a breach is likelier. The security-incident risk shown for this split is ${f.money(best.risk)} a year.`;
  const options: [string, { expected: number; risk: number; p90: number }][] = [
    ['Your split', own],
    ['Suggested (lowest expected cost)', best],
    ['Steadiest (cheapest bad year)', at(opt.minP90.managed, opt.minP90.p90)],
    ['All break/fix', at([], opt.allBreakFix.p90)],
    [
      'All managed',
      at(
        systems.map(() => true),
        opt.allManaged.p90,
      ),
    ],
  ];
  const csv = (): (string | number)[][] => [
    [
      'System',
      'Support',
      ...[
        'Break/fix per year',
        'Managed per year',
        'Cost in your split',
        'Invoices',
        'Upkeep',
        'Tools',
        'Fees',
        'Onboarding',
        'Downtime',
      ].map((h) => `${h} (${c.fmt.currency})`),
    ],
    ...costs.map((p, i) => {
      const part = p.parts[mine[i] ? 'managed' : 'breakFix'];
      return [
        p.label,
        mine[i] ? 'Managed' : 'Break/fix',
        p.breakFix,
        p.managed,
        mine[i] ? p.managed : p.breakFix,
        part.invoices,
        part.upkeep,
        part.tools,
        part.fees,
        part.oneOff,
        part.downtime,
      ];
    }),
    ['Project work (every split)', '', '', '', firm.projects],
    ['Security-incident risk (expected)', '', '', '', own.risk],
    ['Total', '', '', '', own.expected],
    [],
    [`Split (${c.fmt.currency})`, 'Expected per year', 'Of which security risk', 'A bad year (1 in 10)'],
    ...options.map(([label, o]) => [label, o.expected, o.risk, o.p90]),
  ];

  return (
    <Shell
      c={c}
      more={problems}
      headline={
        stale
          ? `Your split costs about ${f.money(own.expected)} a year. Its bad year and the suggested split are out of date.`
          : `Your split costs about ${f.money(own.expected)} a year, ${f.money(own.p90)} in a bad year. Suggested: ${suggestion}${warning ? ` ${warning}` : ''}`
      }
      answer={
        stale
          ? `Your split: about ${f.money(own.expected)} a year.`
          : `Your split: about ${f.money(own.expected)} a year (${f.money(own.p90)} in a bad year).`
      }
      csv={{ name: 'hybrid-plan.csv', label: 'Export plan as CSV', rows: csv }}
    >
      {/* The results beside the inputs on wide screens (one column when only one of them is shown). */}
      <div class="answer-pair">
        {c.show('inputs') && (
          <div class="inputs" data-section="inputs">
            <QuickPath c={c} ids={quickIds(inputs)} />
            {groups(c.specs, props.groups ?? [['More inputs', c.specs[0]!.id]], inputs).map(([legend, specs]) => (
              <MoreGroup c={c} legend={legend} specs={specs} key={legend} />
            ))}
          </div>
        )}
        {c.show('summary') && (
          <section class="results" aria-labelledby={`${c.uid}-r`} data-section="summary">
            <c.H id={`${c.uid}-r`}>Results</c.H>
            <dl class="stats">
              <Stat label="Your split: expected cost per year" value={f.money(own.expected)} id={`${c.uid}-headline`} />
              <Stat label="Your split: a bad year (1 in 10)" value={stale ? OUT_OF_DATE : f.money(own.p90)} />
              <Stat label="Your split: security-incident risk per year (included)" value={f.money(own.risk)} />
              <Stat
                label="Suggested split: expected cost per year"
                value={stale ? OUT_OF_DATE : f.money(best.expected)}
              />
              <Stat
                label="All break/fix / all managed per year"
                value={`${f.money(options[3]![1].expected)} / ${f.money(options[4]![1].expected)}`}
              />
            </dl>
            <LaterStatus later={later} what="The bad-year figures and the suggested split">
              <p>
                <strong>Suggested split:</strong> {suggestion}{' '}
                <button type="button" class="button secondary" onClick={() => c.set(SPLIT_KEY, '')}>
                  Use the suggested split
                </button>
              </p>
              {warning && (
                <p class="risk-note">
                  <strong>Security:</strong> {warning}
                </p>
              )}
            </LaterStatus>
            <NextStep c={c} parts={props.next?.any} />
          </section>
        )}
      </div>
      {c.show('systems') && (
        <SystemsTable
          c={c}
          money={f.money}
          systems={systems}
          costs={costs}
          mine={mine}
          cells={cells}
          setCells={setCells}
          save={save}
          cellId={cellId}
          errOf={errOf}
        />
      )}
      {!stale && c.show('split') && (
        <BarChart
          section="split"
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-sp`}
          title="Expected cost and a bad year (1 in 10), by split"
          desc={
            options
              .map(
                ([l, o]) =>
                  `${l}: expected ${f.money(o.expected)} (security risk ${f.money(o.risk)}), bad year ${f.money(o.p90)}`,
              )
              .join('. ') + '.'
          }
          rows={options.map(([label, o], i) => {
            // The all-one-way rows in that option's look; every other split is a hybrid.
            const series = i === 3 ? 'breakFix' : i === 4 ? 'managed' : 'hybrid';
            return { label, bars: solidAndPale(0, o.expected, o.p90, series) };
          })}
          axisLabel="Cost per year"
          fmt={f.money}
          fmtShort={f.short}
          legend={solidAndPaleLegend('Expected cost (solid)', 'A bad year, 1 in 10 (pale)')}
          head={['Split', 'Expected per year', 'Of which security risk', 'A bad year (1 in 10)']}
          table={options.map(([l, o]) => [l, f.money(o.expected), f.money(o.risk), f.money(o.p90)])}
        />
      )}
    </Shell>
  );
}
