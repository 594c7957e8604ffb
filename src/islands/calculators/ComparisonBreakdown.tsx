/** The comparison's breakdown: every option's yearly cost part by part, grouped under cash, estimated downtime and risk. */
import { OPTION_IDS, type CostParts } from '../../model/options';
import type { ComparisonResult } from '../../model/compare';
import type { Calc } from '../lib/useCalculator';
import { SideBySide, SideBySideRow } from '../ui/SideBySide';

export const NAMES: [string, string] = ['Break/fix', 'Managed'];
/** Column heads of the breakdown, in OPTION_IDS order. */
export const OPTION_NAMES = [...NAMES, 'In-house IT', 'Co-managed'];
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
/** A row of the breakdown: its label, one amount per option (OPTION_IDS order), and what kind of row. */
export type Row = [string, number[], 'part' | 'sub' | 'total'];

/** Every option's yearly cost, part by part: each group's parts and subtotal, then the total. */
export function breakdown(r: ComparisonResult): { groups: [string, Row[]][]; total: Row } {
  const o = OPTION_IDS.map((id) => r.options[id]);
  const groups = GROUPS.map(([group, parts]): [string, Row[]] => {
    const rows: Row[] = parts.map(([key, label]) => [label, o.map((x) => x.parts[key]), 'part']);
    if (parts.length > 1)
      rows.push([`${group} subtotal`, o.map((x) => (group === 'Cash' ? x.cash : x.downtime)), 'sub']);
    return [group, rows];
  });
  return { groups, total: ['Total', o.map((x) => x.total), 'total'] };
}

/** The breakdown table: a column per option, a row per part, grouped under cash, downtime and risk. */
export function Breakdown({
  c,
  table: { groups, total },
  money,
}: {
  c: Calc;
  table: ReturnType<typeof breakdown>;
  money: (v: number) => string;
}) {
  const row = ([label, cells, kind]: Row) => (
    <SideBySideRow key={label} kind={kind} label={label} cells={cells.map(money)} />
  );
  return (
    <SideBySide
      id={`${c.uid}-bd`}
      caption="Yearly cost of each option, part by part"
      corner="Part"
      columns={OPTION_NAMES}
    >
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
    </SideBySide>
  );
}
