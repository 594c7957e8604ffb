/**
 * The frame of every chart: an SVG with role="img", a title and a description, an HTML legend, and a data
 * table behind a "Show data table" toggle. The drawing is fluid: it has no viewBox, so it is as wide as its
 * container and as tall as its height attribute (nothing shifts), and its text stays at its CSS size on every
 * screen instead of shrinking with the drawing. Horizontal positions are percentages of the width (the
 * `pct` helper); lines and areas that need path data are drawn in a `Plot`, stretched to the width. No
 * inline styles, which the CSP forbids. Colours come from CSS custom properties, so light, dark and print
 * themes apply; each option's look comes from ./series.ts.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FROZEN, useFrozen, type HydrationContext } from '../hydration/frozen';
import { SERIES, seriesClass, type SeriesId, type Tone } from './series';

/** Width of a Plot's own coordinates: x from 0 to PLOT_W spans the drawing's width. */
export const PLOT_W = 1000;

/** Pixels between text at an edge and the edge (the text's halo and the glyphs' side bearings need them). */
export const INSET = 3;

/** A horizontal position as a percentage of the drawing's width, from 0 to 100. */
export const pct = (v: number) => `${Math.round(v * 10) / 10}%`;

/** One legend entry: what it names and how its swatch draws (a line in its dash pattern, or a bar). */
export interface LegendItem {
  label: string;
  series: SeriesId;
  kind: 'line' | 'bar';
  tone?: Tone;
}

/** Props of a chart frame. */
export interface ChartProps {
  id: string;
  title: string;
  /** What the chart shows, in a sentence or two (read by screen readers). */
  desc: string;
  height: number;
  /** Legend entries, when the chart cannot label its series directly. */
  legend?: LegendItem[];
  /** Table header and rows (already formatted). */
  head: string[];
  rows: (string | number)[][];
  /** Build the table only when opened, on the server too (embeds: it keeps the frame's HTML small). */
  lazyTable?: boolean;
  /** The embed section it is (`?show=`), marked so the frame can hide it before the island wakes. */
  section?: string;
  children: ComponentChildren;
}

/**
 * What a chart hands its frame as it was given: the id, title and description, whether the table waits, and the
 * embed section it is.
 */
export type ChartFrame = Pick<ChartProps, 'id' | 'title' | 'desc' | 'lazyTable' | 'section'>;

/** A chart's frame props, from its own. */
export const frameOf = ({ id, title, desc, lazyTable, section }: ChartFrame): ChartFrame => ({
  id,
  title,
  desc,
  lazyTable,
  section,
});

/**
 * Path data drawn across the whole width: x from 0 to PLOT_W, y in pixels from `top`. Strokes keep their
 * width and dash pattern however far the plot is stretched.
 */
export function Plot({ top, height, children }: { top: number; height: number; children: ComponentChildren }) {
  return (
    <svg
      y={top}
      width="100%"
      height={height}
      viewBox={`0 0 ${PLOT_W} ${height}`}
      preserveAspectRatio="none"
      overflow="visible"
    >
      {children}
    </svg>
  );
}

/** A legend swatch drawn as the chart draws the series. */
function Swatch({ item }: { item: LegendItem }) {
  const cls = seriesClass(item.series, item.tone);
  return (
    <svg class="sw" width="30" height="14" aria-hidden="true">
      {item.kind === 'line' ? (
        <line
          class={`line ${cls}`}
          x1="1"
          x2="29"
          y1="7"
          y2="7"
          stroke-dasharray={SERIES[item.series].dash || undefined}
        />
      ) : (
        <rect class={`bar ${cls}`} x="3" y="2" width="24" height="10" />
      )}
    </svg>
  );
}

/** An accessible, responsive SVG chart with its data table. */
export function Chart(
  { id, title, desc, height, legend, head, rows, lazyTable, section, children }: ChartProps,
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
    <figure class="chart" data-section={section}>
      <figcaption id={`${id}-c`}>{title}</figcaption>
      <svg width="100%" height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {frozen ? <g class="plot" dangerouslySetInnerHTML={FROZEN} /> : <g class="plot">{children}</g>}
      </svg>
      {legend && (
        <p class="legend">
          {legend.map((item) => (
            <span key={item.label}>
              <Swatch item={item} /> {item.label}
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

/**
 * Horizontal gridlines across the width, each value written above its line at the left edge (no margin
 * to reserve, so the plot keeps the whole width of a phone), and the axis title above them all (leave
 * 36 px above the top line).
 */
export function YAxis({
  y,
  values,
  fmt,
  label,
}: {
  y: (v: number) => number;
  values: number[];
  fmt: (v: number) => string;
  label: string;
}) {
  const top = Math.min(...values.map(y));
  return (
    <g class="axis">
      {values.map((v) => (
        <g key={v}>
          <line x1="0" x2="100%" y1={y(v)} y2={y(v)} class="grid" />
          {/* Zero needs no label: the lines start from the bottom one. */}
          {v !== 0 && (
            <text x="0" dx={INSET} y={y(v) - 4} class="halo">
              {fmt(v)}
            </text>
          )}
        </g>
      ))}
      <text class="label" x="0" dx={INSET} y={top - 22}>
        {label}
      </text>
    </g>
  );
}

/** Tick labels along the bottom (the first and last kept inside the edges) and the axis title under them. */
export function XAxis({
  x,
  values,
  fmt,
  y0,
  label,
}: {
  /** Position as a percentage of the width. */
  x: (v: number) => number;
  values: number[];
  fmt: (v: number) => string;
  y0: number;
  label: string;
}) {
  const anchor = (px: number) => (px < 4 ? 'start' : px > 96 ? 'end' : 'middle');
  const nudge = (px: number) => (px < 4 ? INSET : px > 96 ? -INSET : 0);
  return (
    <g class="axis">
      {values.map((v) => (
        <g key={v}>
          <line x1={pct(x(v))} x2={pct(x(v))} y1={y0} y2={y0 + 5} class="tick" />
          <text x={pct(x(v))} dx={nudge(x(v))} y={y0 + 19} text-anchor={anchor(x(v))}>
            {fmt(v)}
          </text>
        </g>
      ))}
      <text class="label" x="50%" y={y0 + 38} text-anchor="middle">
        {label}
      </text>
    </g>
  );
}
