/**
 * The hybrid planner's editable table of systems: kind, the fields of SYSTEM_FIELDS, managed or
 * break/fix, and each system's yearly cost. Text typed into a cell stays as typed; the planner owns that
 * text so its error summary can list the problems. A cell is read as every other field is (`parseCell`):
 * the value its message names ("so 365 is used", "the default 1 is used") is the value the planner uses.
 */
import type { SystemCost } from '../../model/hybrid-costs';
import { isInformational, parseInput, type Parsed } from '../../model/inputs';
import { HYBRID_MAX_SYSTEMS, SYSTEM_FIELDS, SYSTEM_KINDS, type HybridSystem } from '../../model/systems';
import type { Calc } from '../lib/useCalculator';
import { unitText } from '../ui/Field';

/** A new row: kind "other" with every field at its default. */
const NEW_SYSTEM = {
  kind: 'other',
  ...Object.fromEntries(SYSTEM_FIELDS.map((s) => [s.id, s.default])),
} as HybridSystem;

/**
 * A cell's text read through the model's parse, in the page's number format (as the stores read every
 * field: src/stores/calculator.ts): clamped, rounded or defaulted, with a message naming the value used.
 */
export const parseCell = (c: Calc, spec: (typeof SYSTEM_FIELDS)[number], text: string): Parsed<number> =>
  parseInput(spec, text, c.fmt);

/** A cell's problem for the error summary: none when the text was only read one way of several (a note). */
export const cellProblem = (c: Calc, spec: (typeof SYSTEM_FIELDS)[number], text: string): string | undefined => {
  const { issue } = parseCell(c, spec, text);
  return issue && !isInformational(issue) ? issue.message : undefined;
};

/** A kind's label; unknown kinds read "Other system". */
export const kindLabel = (k: string) => SYSTEM_KINDS.find((x) => x.id === k)?.label ?? 'Other system';

/** Props of the systems table. */
export interface SystemsTableProps {
  c: Calc;
  money: (n: number) => string;
  systems: HybridSystem[];
  costs: SystemCost[];
  /** mine[i]: system i is managed in the reader's split. */
  mine: boolean[];
  /** Text typed into cells, by `row:field`. */
  cells: Record<string, string>;
  setCells: (cells: Record<string, string>) => void;
  /** Store the list, and the split when given (`chosen`: the reader picked it). */
  save: (list: HybridSystem[], assign?: boolean[], chosen?: boolean) => void;
  cellId: (row: number, field: string) => string;
  errOf: (id: string) => string | undefined;
}

/** The systems list with its add and remove buttons. */
export function SystemsTable({
  c,
  money,
  systems,
  costs,
  mine,
  cells,
  setCells,
  save,
  cellId,
  errOf,
}: SystemsTableProps) {
  return (
    <div class="systems-list" data-section="systems">
      <c.H id={`${c.uid}-sy`}>Your systems</c.H>
      {/* Focusable so keyboard users can scroll it sideways on narrow screens. */}
      <section class="table-scroll" tabIndex={0} aria-labelledby={`${c.uid}-sy`}>
        <table class="systems">
          <thead>
            <tr>
              <th scope="col">System</th>
              {SYSTEM_FIELDS.map((s) => (
                <th scope="col" key={s.id}>
                  {s.label} <span class="unit">({unitText(s.unit, c.fmt.currency ?? 'USD')})</span>
                </th>
              ))}
              <th scope="col">Support</th>
              <th scope="col">Cost a year (other model)</th>
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
                      onChange={(e) =>
                        save(
                          systems.map((x, j) =>
                            j === i ? { ...x, kind: e.currentTarget.value as HybridSystem['kind'] } : x,
                          ),
                        )
                      }
                    >
                      {SYSTEM_KINDS.map((k) => (
                        <option key={k.id} value={k.id}>
                          {k.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  {SYSTEM_FIELDS.map((spec) => {
                    const id = cellId(i, spec.id);
                    const err = errOf(id);
                    const typed = cells[`${i}:${spec.id}`];
                    const read = typed === undefined ? undefined : parseCell(c, spec, typed).issue;
                    const note = isInformational(read) ? read!.message : undefined;
                    return (
                      <td key={spec.id}>
                        <input
                          id={id}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={`${label}: ${spec.label}`}
                          aria-invalid={err ? 'true' : undefined}
                          aria-describedby={err ? `${id}-e` : note ? `${id}-n` : undefined}
                          value={typed ?? String(s[spec.id])}
                          onInput={(e) => {
                            const text = e.currentTarget.value;
                            setCells({ ...cells, [`${i}:${spec.id}`]: text });
                            // Always the parsed value: the one the cell's message names, never the previous one.
                            const { value } = parseCell(c, spec, text);
                            if (value !== s[spec.id])
                              save(systems.map((x, j) => (j === i ? { ...x, [spec.id]: value } : x)));
                          }}
                        />
                        {err && (
                          <span class="error" id={`${id}-e`}>
                            {err}
                          </span>
                        )}
                        {!err && note && (
                          <span class="read-as" id={`${id}-n`}>
                            {note}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <select
                      aria-label={`${label}: support`}
                      value={mine[i] ? 'm' : 'b'}
                      onChange={(e) =>
                        save(
                          systems,
                          mine.map((m, j) => (j === i ? e.currentTarget.value === 'm' : m)),
                          true,
                        )
                      }
                    >
                      <option value="b">Break/fix</option>
                      <option value="m">Managed</option>
                    </select>
                  </td>
                  <td>
                    {cost && (
                      <>
                        {money(mine[i] ? cost.managed : cost.breakFix)}{' '}
                        <span class="meta">({money(mine[i] ? cost.breakFix : cost.managed)})</span>
                      </>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="button secondary"
                      aria-label={`Remove ${label} (row ${i + 1})`}
                      disabled={systems.length < 2}
                      onClick={() =>
                        save(
                          systems.filter((_, j) => j !== i),
                          mine.filter((_, j) => j !== i),
                        )
                      }
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
        <span class="meta">
          Up to {HYBRID_MAX_SYSTEMS} systems. A cost includes the system’s share of upkeep and tools; project work and
          security-incident risk are shown with the results.
        </span>
      </p>
    </div>
  );
}
