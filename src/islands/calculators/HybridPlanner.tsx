/**
 * Hybrid planner: an editable list of systems, each on managed or break/fix, with the blended expected
 * cost and risk (P90), and the model's suggested split. System names come from a whitelist of kinds,
 * so nothing typed or linked is ever shown as a name.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { systemCosts } from '../../model/hybrid-costs';
import { parseInput } from '../../model/inputs';
import { decodeSystems, DEFAULT_SYSTEMS, encodeSystems, HYBRID_MAX_SYSTEMS, SYSTEM_FIELD_SPECS, SYSTEM_KINDS, SYSTEMS_KEY, type HybridInputs, type HybridSystem } from '../../model/systems';
import { BarChart } from '../charts/BarChart';
import type { HybridLater } from '../later/hybrid';
import { useLater } from '../lib/useLater';
import { formatters } from '../lib/format';
import { useCalculator, type ExtraField, type IslandProps } from '../lib/useCalculator';
import { SECTION_IDS } from '../sections';
import { FieldGroup, unitText } from '../ui/Field';
import { Shell, Stat } from '../ui/Shell';

/** Section ids for `?show=` in embeds. */
export const SECTIONS = SECTION_IDS['hybrid-planner'];

/** URL key of the reader's own split: one 0/1 per system (1 = managed); absent means "follow the suggestion". */
export const SPLIT_KEY = 'as';

const EXTRAS: ExtraField[] = [
  {
    key: SYSTEMS_KEY,
    decode(raw) {
      if (raw === null) return { text: undefined, notices: [] };
      const d = decodeSystems(raw);
      return { text: encodeSystems(d.systems), notices: d.notices.map((n) => n.message) };
    },
  },
  {
    key: SPLIT_KEY,
    decode(raw) {
      if (raw === null || raw === '') return { text: undefined, notices: [] };
      return /^[01]{1,10}$/.test(raw)
        ? { text: raw, notices: [] }
        : { text: undefined, notices: ['The managed or break/fix choice for each system in the link was not understood, so the suggested split is used.'] };
    },
  },
];

/** A new row: kind "other" with every field at its default. */
const NEW_SYSTEM = { kind: 'other', ...Object.fromEntries(SYSTEM_FIELD_SPECS.map((s) => [s.id, s.default])) } as HybridSystem;

/** Currency and locale: in the props' specs, but shown by the Shell, not in this group. */
const SETTINGS_IDS = ['currency', 'locale'];
const kindLabel = (k: string) => SYSTEM_KINDS.find((x) => x.id === k)?.label ?? 'Other system';

/** The hybrid planner island. */
export default function HybridPlanner(props: IslandProps<HybridLater>) {
  const c = useCalculator('hybrid-planner', props, SECTIONS, EXTRAS);
  const f = formatters(c.fmt);
  const sysText = c.extra(SYSTEMS_KEY);
  const systems: HybridSystem[] = useMemo(() => (sysText === undefined ? DEFAULT_SYSTEMS.map((s) => ({ ...s })) : decodeSystems(sysText).systems), [sysText]);
  const inputs = c.values as unknown as HybridInputs;
  const split = c.extra(SPLIT_KEY);
  const { opt, p90 } = useLater(async () => (await import('../later/hybrid')).hybridLater(systems, inputs, split), JSON.stringify([systems, inputs, split]), props.seed!);
  const mine = systems.map((_, i) => (split ? split[i] === '1' : opt.minExpected.managed[i] === true));
  // Expected costs are exact and cheap, so they follow every keystroke; P90s come from the simulation.
  const costs = useMemo(() => systemCosts(systems, inputs), [systems, c.values]);
  const expected = costs.reduce((sum, x, i) => sum + (mine[i] ? x.managed : x.breakFix), 0);
  const own = { expected, p90 };

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
    const spec = SYSTEM_FIELD_SPECS.find((s) => s.id === fid)!;
    const issue = parseInput(spec, text).issue;
    if (issue) problems.push([cellId(Number(i), fid!), `${kindLabel(systems[Number(i)]?.kind ?? '')} (row ${Number(i) + 1}): ${issue.message}`]);
  }
  const errOf = (id: string) => problems.find(([p]) => p === id)?.[1];

  const names = (m: boolean[], want: boolean) => systems.filter((_, i) => m[i] === want).map((s) => kindLabel(s.kind).toLowerCase()).join(', ') || 'none';
  const suggestion = `Manage: ${names(opt.minExpected.managed, true)}. Break/fix: ${names(opt.minExpected.managed, false)}.`;
  const options: [string, { expected: number; p90: number }][] = [
    ['Your split', own],
    ['Suggested (lowest expected cost)', opt.minExpected],
    ['Lowest risk (lowest P90)', opt.minP90],
    ['All break/fix', opt.allBreakFix],
    ['All managed', opt.allManaged],
  ];
  const csv = (): (string | number)[][] => [
    ['System', 'Support', `Break/fix per year (${c.fmt.currency})`, `Managed per year (${c.fmt.currency})`, `Cost in your split (${c.fmt.currency})`],
    ...costs.map((p, i) => [p.label, mine[i] ? 'Managed' : 'Break/fix', p.breakFix, p.managed, mine[i] ? p.managed : p.breakFix]),
    ['Total', '', '', '', own.expected],
  ];

  return (
    <Shell
      c={c}
      more={problems}
      headline={`Your split costs about ${f.money(own.expected)} a year, ${f.money(own.p90)} in a bad year. ${suggestion}`}
      csv={{ name: 'hybrid-plan.csv', label: 'Export plan as CSV', rows: csv }}
    >
      {c.show('inputs') && (
        <div class="inputs">
          <FieldGroup c={c} legend="Rates and response" specs={c.specs.filter((s) => !SETTINGS_IDS.includes(s.id))} />
        </div>
      )}
      {c.show('systems') && (
        <div class="systems-list">
          <c.H id={`${c.uid}-sy`}>Your systems</c.H>
          {/* Focusable so keyboard users can scroll it sideways on narrow screens. */}
          <section class="table-scroll" tabIndex={0} aria-labelledby={`${c.uid}-sy`}>
            <table class="systems">
              <thead>
                <tr>
                  <th scope="col">System</th>
                  {SYSTEM_FIELD_SPECS.map((s) => (
                    <th scope="col" key={s.id}>
                      {s.label} <span class="unit">({unitText(s.unit, c.fmt.currency ?? 'USD')})</span>
                    </th>
                  ))}
                  <th scope="col">Support</th>
                  <th scope="col">Cost per year</th>
                  <th scope="col">
                    <span class="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {systems.map((s, i) => {
                  const label = kindLabel(s.kind);
                  const cost = costs[i];
                  return (
                    <tr key={i}>
                      <td>
                        <select
                          aria-label={`System ${i + 1}`}
                          value={s.kind}
                          onChange={(e) => save(systems.map((x, j) => (j === i ? { ...x, kind: e.currentTarget.value as HybridSystem['kind'] } : x)))}
                        >
                          {SYSTEM_KINDS.map((k) => (
                            <option key={k.id} value={k.id}>
                              {k.label}
                            </option>
                          ))}
                        </select>
                      </td>
                      {SYSTEM_FIELD_SPECS.map((spec) => {
                        const id = cellId(i, spec.id);
                        const err = errOf(id);
                        return (
                          <td key={spec.id}>
                            <input
                              id={id}
                              type="text"
                              inputMode="decimal"
                              autoComplete="off"
                              aria-label={`${label}: ${spec.label}`}
                              aria-invalid={err ? 'true' : undefined}
                              aria-describedby={err ? `${id}-e` : undefined}
                              value={cells[`${i}:${spec.id}`] ?? String(s[spec.id])}
                              onInput={(e) => {
                                const text = e.currentTarget.value;
                                setCells({ ...cells, [`${i}:${spec.id}`]: text });
                                const p = parseInput(spec, text);
                                if (!p.issue) save(systems.map((x, j) => (j === i ? { ...x, [spec.id]: p.value } : x)));
                              }}
                            />
                            {err && (
                              <span class="error" id={`${id}-e`}>
                                {err}
                              </span>
                            )}
                          </td>
                        );
                      })}
                      <td>
                        <select
                          aria-label={`${label}: support`}
                          value={mine[i] ? 'm' : 'b'}
                          onChange={(e) => save(systems, mine.map((m, j) => (j === i ? e.currentTarget.value === 'm' : m)), true)}
                        >
                          <option value="b">Break/fix</option>
                          <option value="m">Managed</option>
                        </select>
                      </td>
                      <td>{cost ? f.money(mine[i] ? cost.managed : cost.breakFix) : ''}</td>
                      <td>
                        <button
                          type="button"
                          class="button secondary"
                          aria-label={`Remove ${label} (row ${i + 1})`}
                          disabled={systems.length < 2}
                          onClick={() => save(systems.filter((_, j) => j !== i), mine.filter((_, j) => j !== i))}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <p>
            <button
              type="button"
              class="button secondary"
              disabled={systems.length >= HYBRID_MAX_SYSTEMS}
              onClick={() => save([...systems, NEW_SYSTEM], [...mine, false])}
            >
              Add a system
            </button>{' '}
            <span class="meta">Up to {HYBRID_MAX_SYSTEMS} systems.</span>
          </p>
        </div>
      )}
      {c.show('summary') && (
        <section class="results" aria-labelledby={`${c.uid}-r`}>
          <c.H id={`${c.uid}-r`}>Results</c.H>
          <dl class="stats">
            <Stat label="Your split: expected cost per year" value={f.money(own.expected)} id={`${c.uid}-headline`} />
            <Stat label="Your split: a bad year (P90)" value={f.money(own.p90)} />
            <Stat label="Suggested split: expected cost per year" value={f.money(opt.minExpected.expected)} />
            <Stat label="All break/fix / all managed per year" value={`${f.money(opt.allBreakFix.expected)} / ${f.money(opt.allManaged.expected)}`} />
          </dl>
          <p>
            <strong>Suggested split:</strong> {suggestion}{' '}
            <button type="button" class="button secondary" onClick={() => c.set(SPLIT_KEY, '')}>
              Use the suggested split
            </button>
          </p>
        </section>
      )}
      {c.show('split') && (
        <BarChart
          lazyTable={c.variant === 'embed'}
          id={`${c.uid}-sp`}
          title="Expected cost and a bad year (P90), by split"
          desc={options.map(([l, o]) => `${l}: expected ${f.money(o.expected)}, P90 ${f.money(o.p90)}`).join('. ') + '.'}
          rows={options.map(([label, o]) => ({
            label,
            bars: [
              { from: 0, to: o.expected, cls: 'b' },
              { from: 0, to: o.p90, cls: 'a' },
            ],
          }))}
          axisLabel="Cost per year"
          fmt={f.money}
          fmtShort={f.short}
          legend={[
            ['b', 'Expected cost'],
            ['a', 'A bad year (P90)'],
          ]}
          head={['Split', 'Expected per year', 'P90 per year']}
          table={options.map(([l, o]) => [l, f.money(o.expected), f.money(o.p90)])}
        />
      )}
    </Shell>
  );
}
