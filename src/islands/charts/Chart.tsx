/**
 * The frame of every chart: an SVG with role="img", a title and a description, a fixed aspect ratio
 * (width/height attributes plus CSS `height: auto` reserve the space, so nothing shifts; no inline styles, which the CSP forbids), an HTML legend, and a data table
 * behind a "Show data table" toggle. Colours come from CSS custom properties, so light, dark and
 * print themes apply.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FROZEN, useFrozen, type HydrationContext } from '../hydration/frozen';

/** Drawing size in SVG units; the SVG scales to its container's width. */
export const W = 640;

/** Props of a chart frame. */
export interface ChartProps {
  id: string;
  title: string;
  /** What the chart shows, in a sentence or two (read by screen readers). */
  desc: string;
  height: number;
  /** Legend entries: CSS class of the swatch and label. */
  legend?: [string, string][];
  /** Table header and rows (already formatted). */
  head: string[];
  rows: (string | number)[][];
  /** Build the table only when opened, on the server too (embeds: it keeps the frame's HTML small). */
  lazyTable?: boolean;
  children: ComponentChildren;
}

/** An accessible, responsive SVG chart with its data table. */
export function Chart(
  { id, title, desc, height, legend, head, rows, lazyTable, children }: ChartProps,
  context?: HydrationContext,
) {
  // The server renders the table (readable without JavaScript), except in embeds; once hydrated it is
  // built only when opened, which keeps every keystroke's re-render small.
  const [open, setOpen] = useState<boolean | null>(lazyTable ? false : null);
  // Opened before the island woke (its toggle event went unheard), the table is built now.
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => setOpen(!!details.current?.open), []);
  // Hydration keeps the server's drawing as it is instead of walking its few hundred nodes (Preact
  // leaves the inner HTML of an element with dangerouslySetInnerHTML alone while hydrating). The
  // drawing comes alive the first time what it shows changes; its table rows describe every mark.
  const frozen = useFrozen(JSON.stringify([title, head, rows]), context);
  return (
    <figure class="chart">
      <figcaption id={`${id}-c`}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} width={W} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {frozen ? <g class="plot" dangerouslySetInnerHTML={FROZEN} /> : <g class="plot">{children}</g>}
      </svg>
      {legend && (
        <p class="legend">
          {legend.map(([cls, label]) => (
            <span key={cls}>
              <span class={`sw ${cls}`} aria-hidden="true" /> {label}
            </span>
          ))}
        </p>
      )}
      <details class="data" ref={details} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Show data table</summary>
        {open === null && frozen ? (
          // Hydrating: keep the server's table as it is rather than walk every row (it shows the same rows
          // as the frozen drawing); the effect then drops it until the reader opens the table.
          <div class="table" dangerouslySetInnerHTML={FROZEN} />
        ) : (
          open !== false && (
            <div class="table">
              <table aria-labelledby={`${id}-c`}>
                <thead>
                  <tr>
                    {head.map((h) => (
                      <th scope="col" key={h}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((v, j) =>
                        j ? (
                          <td key={j}>{v}</td>
                        ) : (
                          <th scope="row" key={j}>
                            {v}
                          </th>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        )}
      </details>
    </figure>
  );
}

/** Horizontal gridlines with labels on the left, and an axis title. */
export function YAxis({
  y,
  values,
  fmt,
  x0,
  x1,
  label,
}: {
  y: (v: number) => number;
  values: number[];
  fmt: (v: number) => string;
  x0: number;
  x1: number;
  label: string;
}) {
  return (
    <g class="axis">
      {values.map((v) => (
        <g key={v}>
          <line x1={x0} x2={x1} y1={y(v)} y2={y(v)} class="grid" />
          <text x={x0 - 6} y={y(v)} dy="0.32em" text-anchor="end">
            {fmt(v)}
          </text>
        </g>
      ))}
      <text
        class="label"
        transform={`translate(14 ${(y(values[0] ?? 0) + y(values[values.length - 1] ?? 0)) / 2}) rotate(-90)`}
        text-anchor="middle"
      >
        {label}
      </text>
    </g>
  );
}

/** Tick labels along the bottom and an axis title. */
export function XAxis({
  x,
  values,
  fmt,
  y0,
  label,
}: {
  x: (v: number) => number;
  values: number[];
  fmt: (v: number) => string;
  y0: number;
  label: string;
}) {
  return (
    <g class="axis">
      {values.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={y0} y2={y0 + 5} class="tick" />
          <text x={x(v)} y={y0 + 18} text-anchor="middle">
            {fmt(v)}
          </text>
        </g>
      ))}
      <text
        class="label"
        x={(x(values[0] ?? 0) + x(values[values.length - 1] ?? 0)) / 2}
        y={y0 + 38}
        text-anchor="middle"
      >
        {label}
      </text>
    </g>
  );
}
