/**
 * The quotes side by side: one column per quote; a row for each of a quote's fields as entered (named and
 * shown as its spec says), then the costs for the reader's firm. The same rows make the CSV.
 */
import type { compareQuotes, QuoteId } from '../../model/quotes';
import type { formatters } from '../lib/format';
import type { Calc } from '../lib/useCalculator';
import { shortValue } from '../lib/report-value';
import { SideBySide, SideBySideRow } from '../ui/SideBySide';

type Comparison = ReturnType<typeof compareQuotes>;

/** Words joined as a reader lists them: "a", "a and b", "a, b and c". */
export const listed = (xs: readonly string[]) =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/** A quote's own fields, in the order of src/model/quotes-specs.ts. */
export const own = (c: Calc, q: QuoteId) =>
  c.specs.filter((s) => s.id.startsWith(`q${q}`) && /[A-Z]/.test(s.id.charAt(2)));

/** One row: its label, what each quote's cell shows, and the plain values the CSV carries. */
export interface QuoteRow {
  label: string;
  cells: string[];
  csv: (string | number)[];
  total?: boolean;
}

/** Every row of the side-by-side table. */
export function quoteRows(c: Calc, r: Comparison, f: ReturnType<typeof formatters>): QuoteRow[] {
  const columns = r.quotes.map((q) => own(c, q.id));
  // A field that does not apply to a quote (a tier's limits on a per-user quote, an hourly rate for
  // out-of-hours work in the fee) shows a dash.
  const applies = (i: number, field: string) =>
    field.startsWith('Tier') || field === 'OverPrice'
      ? r.quotes[i]!.pricing === 'tier'
      : field !== 'AfterHoursRate' || r.quotes[i]!.afterHours === 'billed';
  const entered = columns[0]!.map((spec, n): QuoteRow => {
    const label = spec.label.slice(spec.label.indexOf(':') + 2);
    const field = spec.id.slice(2);
    const specs = columns.map((col) => col[n]!);
    return {
      label: label.charAt(0).toUpperCase() + label.slice(1),
      cells: specs.map((s, i) => (applies(i, field) ? shortValue(c, s) : '—')),
      csv: specs.map((s, i) => (!applies(i, field) ? '' : s.unit === 'choice' ? shortValue(c, s) : c.values[s.id]!)),
    };
  });
  const money = (label: string, value: (i: number) => number | null, total?: boolean): QuoteRow => {
    const values = r.costs.map((_, i) => value(i));
    return { label, total, cells: values.map((v) => (v === null ? '—' : f.money(v))), csv: values.map((v) => v ?? '') };
  };
  const cost = (i: number) => r.costs[i]!;
  return [
    ...entered,
    money('Monthly fee for your firm', (i) => cost(i).fee),
    money('What it leaves out costs you, a year', (i) => cost(i).leftOutPerYear),
    money('Out-of-hours work not in the fee, a year', (i) => cost(i).afterHoursPerYear),
    money('Cost a month on the same footing', (i) => cost(i).perMonth, true),
    money('Per user a month', (i) => cost(i).perUserMonth, true),
    money('Per year', (i) => cost(i).perYear, true),
    money('Over the whole term', (i) => cost(i).overTerm),
    money(`Leaving after ${r.firm.leaveAfterMonths} months costs`, (i) => cost(i).leaving.cost),
  ];
}

/** The table, scrollable sideways on narrow screens. */
export function QuotesTable({ c, rows, names }: { c: Calc; rows: QuoteRow[]; names: string[] }) {
  return (
    <SideBySide
      id={`${c.uid}-qt`}
      also="quotes"
      section="quotes"
      caption="The quotes side by side, for your firm"
      corner="Term or cost"
      columns={names}
    >
      <tbody>
        {rows.map((row) => (
          <SideBySideRow key={row.label} kind={row.total ? 'total' : 'part'} label={row.label} cells={row.cells} />
        ))}
      </tbody>
    </SideBySide>
  );
}
