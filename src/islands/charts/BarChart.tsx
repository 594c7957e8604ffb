/**
 * Horizontal bars on a shared value axis: the downtime breakdown (one bar per row, from zero) and the
 * tornado chart (two bars per row, from the base value to the value at each end of the range).
 */
import { Chart, W, XAxis } from './Chart';
import { linear, nice, tenth, ticks } from './scale';

/** One bar: where it starts and ends, and its colour class. */
export interface Bar {
  from: number;
  to: number;
  cls: string;
}

/** Props of a bar chart. */
export interface BarChartProps {
  /** Build the data table only when it is opened (see Chart). */
  lazyTable?: boolean;
  id: string;
  title: string;
  desc: string;
  rows: { label: string; bars: Bar[] }[];
  /** Vertical reference line (the tornado's base value). */
  base?: number;
  axisLabel: string;
  fmt(v: number): string;
  fmtShort(v: number): string;
  legend?: [string, string][];
  head: string[];
  table: (string | number)[][];
}

const ROW = 30;
const M = { l: 250, r: 20, t: 8, b: 50 };

/** Shorten a label to fit the gutter; the full text is in the data table. */
const clip = (s: string) => (s.length > 38 ? `${s.slice(0, 36)}…` : s);

/** Horizontal bar chart. */
export function BarChart(p: BarChartProps) {
  const vals = p.rows.flatMap((r) => r.bars.flatMap((b) => [b.from, b.to]));
  const [lo, hi] = nice(Math.min(0, ...vals), Math.max(0, ...vals), 5);
  const H = M.t + M.b + ROW * Math.max(1, p.rows.length);
  const x = linear(lo, hi, M.l, W - M.r);
  const per = (n: number) => tenth((ROW - 8) / Math.max(1, n));
  return (
    <Chart
      id={p.id}
      title={p.title}
      desc={p.desc}
      height={H}
      legend={p.legend}
      head={p.head}
      rows={p.table}
      lazyTable={p.lazyTable}
    >
      {ticks(lo, hi, 5).map((v) => (
        <line key={v} x1={x(v)} x2={x(v)} y1={M.t} y2={H - M.b} class="grid" />
      ))}
      {p.rows.map((r, i) => {
        const y0 = M.t + i * ROW + 4;
        return (
          <g key={r.label}>
            <text x={M.l - 8} y={y0 + (ROW - 8) / 2} dy="0.32em" text-anchor="end" class="axis">
              {clip(r.label)}
            </text>
            {r.bars.map((b, j) => (
              <rect
                key={j}
                class={`bar ${b.cls}`}
                x={Math.min(x(b.from), x(b.to))}
                width={tenth(Math.max(1, Math.abs(x(b.to) - x(b.from))))}
                y={tenth(y0 + j * per(r.bars.length))}
                height={per(r.bars.length)}
              />
            ))}
          </g>
        );
      })}
      {p.base !== undefined && <line class="base" x1={x(p.base)} x2={x(p.base)} y1={M.t} y2={H - M.b} />}
      <XAxis x={x} values={ticks(lo, hi, 5)} fmt={p.fmtShort} y0={H - M.b} label={p.axisLabel} />
    </Chart>
  );
}
