/**
 * A table of options side by side: a column for each under a corner heading, a row heading for each row,
 * scrollable sideways on narrow screens (the cost comparison's breakdown, the provider quotes).
 */
import type { ComponentChildren } from 'preact';

/** The table, with its caption, its column heads and the bodies it is given. */
export function SideBySide({
  id,
  also,
  caption,
  corner,
  columns,
  section,
  children,
}: {
  /** The caption's id, which names the scrolling region. */
  id: string;
  /** A class the table has beside `pcts breakdown`. */
  also?: string;
  caption: string;
  /** The head of the row headings' column. */
  corner: string;
  columns: readonly string[];
  /** The embed section it is, when it is one (see ../charts/Chart.tsx). */
  section?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="table-scroll" tabIndex={0} aria-labelledby={id} data-section={section}>
      <table class={also ? `pcts breakdown ${also}` : 'pcts breakdown'}>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((n) => (
              <th scope="col" key={n}>
                {n}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </section>
  );
}

/** One row: its label as the row heading, then a cell for each column. */
export function SideBySideRow({ kind, label, cells }: { kind: string; label: string; cells: readonly string[] }) {
  return (
    <tr class={kind}>
      <th scope="row">{label}</th>
      {cells.map((v, i) => (
        <td key={i}>{v}</td>
      ))}
    </tr>
  );
}
