/**
 * Horizontal bars on a shared value axis: the downtime breakdown (one bar per row, from zero), the hybrid
 * planner's splits and the tornado chart (two bars per row, from the base value to the value at each end
 * of the range). Each row's label sits above its bars across the whole width, so it is never cut.
 */
import { Chart, type ChartFrame, frameOf, INSET, pct, XAxis, type LegendItem } from './Chart';
import { linear, nice, ticks } from './scale';
import { seriesClass, type SeriesId, type Tone } from './series';

/** One bar: where it starts and ends, whose look it takes and whether it is solid or pale. */
export interface Bar {
  from: number;
  to: number;
  series: SeriesId;
  tone?: Tone;
}

/** A row's two bars from one start, solid then pale (the tornado's two ends, a split's expected cost and P90). */
export const solidAndPale = (from: number, solid: number, pale: number, series: SeriesId): Bar[] => [
  { from, to: solid, series },
  { from, to: pale, series, tone: 'pale' },
];

/** The legend of a chart whose rows are a solid and a pale bar. */
export const solidAndPaleLegend = (solid: string, pale: string): LegendItem[] => [
  { label: solid, series: 'measure', kind: 'bar' },
  { label: pale, series: 'measure', kind: 'bar', tone: 'pale' },
];

/** Props of a bar chart. */
export interface BarChartProps extends ChartFrame {
  /** A row: its label, an optional figure written after it (a direct label), and its bars. Long labels wrap. */
  rows: { label: string; value?: string; bars: Bar[] }[];
  /** Vertical reference line (the tornado's base value). */
  base?: number;
  axisLabel: string;
  fmt(v: number): string;
  fmtShort(v: number): string;
  legend?: LegendItem[];
  head: string[];
  table: (string | number)[][];
}

const LINE = 16;
const BAR = 11;
const GAP = 3;
const M = { t: 4, b: 48 };
/** Longest label line, in characters: about 230 px of 13 px text, which fits a 320 px phone. */
const WRAP = 34;

/** A label in lines of at most `width` characters, broken between words. */
export function wrap(label: string, width = WRAP): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Horizontal bar chart. */
export function BarChart(p: BarChartProps) {
  const vals = p.rows.flatMap((r) => r.bars.flatMap((b) => [b.from, b.to]));
  const [lo, hi] = nice(Math.min(0, ...vals), Math.max(0, ...vals), 5);
  const n = Math.max(1, ...p.rows.map((r) => r.bars.length));
  const labels = p.rows.map((r) => wrap(r.value ? `${r.label}: ${r.value}` : r.label));
  // Each row: its label's lines, its bars, and a gap before the next.
  const tops = labels.reduce<number[]>(
    (at, l) => [...at, at.at(-1)! + l.length * LINE + 4 + n * (BAR + GAP) + 6],
    [M.t],
  );
  const H = tops.at(-1)! + M.b;
  const x = linear(lo, hi, 0, 100);
  const values = ticks(lo, hi, 5);
  return (
    <Chart {...frameOf(p)} height={H} legend={p.legend} head={p.head} rows={p.table}>
      {values.map((v) => (
        <line key={v} x1={pct(x(v))} x2={pct(x(v))} y1={M.t} y2={H - M.b} class="grid" />
      ))}
      {p.rows.map((r, i) => {
        const y0 = tops[i]! + labels[i]!.length * LINE + 4;
        return (
          <g key={r.label}>
            <text x="0" y={tops[i]! + LINE - 4} class="row-label halo">
              {labels[i]!.map((line, k) => (
                <tspan key={k} x="0" dx={INSET} dy={k ? LINE : 0}>
                  {line}
                </tspan>
              ))}
            </text>
            {r.bars.map((b, j) => (
              <rect
                key={j}
                class={`bar ${seriesClass(b.series, b.tone)}`}
                data-series={b.series}
                x={pct(Math.min(x(b.from), x(b.to)))}
                width={pct(Math.abs(x(b.to) - x(b.from)))}
                y={y0 + j * (BAR + GAP)}
                height={BAR}
              />
            ))}
          </g>
        );
      })}
      {p.base !== undefined && <line class="base" x1={pct(x(p.base))} x2={pct(x(p.base))} y1={M.t} y2={H - M.b} />}
      <XAxis x={x} values={values} fmt={p.fmtShort} y0={H - M.b} label={p.axisLabel} />
    </Chart>
  );
}
