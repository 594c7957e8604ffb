/**
 * Cumulative cost over months, one line per option in its own colour and dash pattern, each named
 * at its end (no legend to match up), with the break-even month marked.
 */
import { Chart, type ChartFrame, frameOf, INSET, pct, Plot, PLOT_W, XAxis, YAxis } from './Chart';
import { linear, nice, ticks } from './scale';
import { SERIES, seriesClass, type SeriesId } from './series';

/** One line: which option it is, its name, and its value at each x. */
export interface Line {
  series: SeriesId;
  name: string;
  values: number[];
}

/** Props of the cumulative chart. */
export interface LineChartProps extends ChartFrame {
  /** x values (months). */
  x: number[];
  lines: Line[];
  /** x of the marker (break-even), if any. */
  mark: number | null;
  markLabel: string;
  money(v: number): string;
  moneyShort(v: number): string;
}

/**
 * SVG path data through the points, leaving out points that lie on the straight segment their kept
 * neighbours draw (within `tolerance` units): a cumulative cost grows linearly, so its 36 monthly
 * points draw the same line as two. Every left-out point is checked against the segment finally drawn.
 */
export function linePath(points: readonly [number, number][], tolerance = 0.2): string {
  const off = (p: [number, number], a: [number, number], b: [number, number]) => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy);
    return len === 0 ? Math.hypot(p[0] - a[0], p[1] - a[1]) : Math.abs(dx * (p[1] - a[1]) - dy * (p[0] - a[0])) / len;
  };
  const kept: [number, number][] = [];
  let start = 0;
  while (start < points.length) {
    kept.push(points[start]!);
    // Reach as far as the points in between stay on the segment.
    let end = start + 1;
    while (
      end + 1 < points.length &&
      points.slice(start + 1, end + 1).every((p) => off(p, points[start]!, points[end + 1]!) <= tolerance)
    )
      end++;
    start = end;
  }
  return kept.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('');
}

const H = 300;
const M = { t: 40, b: 48 };
/**
 * Where each line's name goes, clear of the lines: the line ending highest is named above its end,
 * right-aligned (a rising line lies below and left of its end); every other line below itself, left-aligned,
 * from 60% of the width (a rising line lies above and right of any point). `ys` are each line's heights in
 * pixels at every x, `at` the index of the x at 60%.
 */
export function nameSpots(ys: number[][], at: number, bottom: number): { x: number; y: number; end: boolean }[] {
  const ends = ys.map((l) => l.at(-1) ?? 0);
  const top = ends.indexOf(Math.min(...ends));
  return ys.map((l, i) =>
    i === top
      ? { x: 100, y: ends[i]! - 9, end: true }
      : { x: 60, y: Math.min(bottom - 4, (l[at] ?? 0) + 20), end: false },
  );
}

/** Lines over a shared x axis. */
export function LineChart(p: LineChartProps) {
  const xs = p.x;
  const [lo, hi] = nice(0, Math.max(1, ...p.lines.flatMap((l) => l.values)));
  const x = linear(xs[0] ?? 0, xs[xs.length - 1] ?? 1, 0, 100);
  const y = linear(lo, hi, H - M.b, M.t);
  const xTicks = ticks(xs[0] ?? 0, xs[xs.length - 1] ?? 1, 6);
  const path = (s: number[]) => linePath(s.map((v, i): [number, number] => [(x(xs[i]!) * PLOT_W) / 100, y(v)]));
  const spots = nameSpots(
    p.lines.map((l) => l.values.map(y)),
    xs.map(x).findIndex((v) => v >= 60),
    H - M.b,
  );
  return (
    <Chart
      {...frameOf(p)}
      height={H}
      head={['Month', ...p.lines.map((l) => `${l.name} (cumulative)`)]}
      rows={xs.map((m, i) => [m, ...p.lines.map((l) => p.money(l.values[i]!))])}
    >
      <YAxis y={y} values={ticks(lo, hi, 5)} fmt={p.moneyShort} label="Cumulative cost" />
      <XAxis x={x} values={xTicks} fmt={String} y0={H - M.b} label="Month" />
      {p.mark !== null && (
        <g class="mark">
          <line x1={pct(x(p.mark))} x2={pct(x(p.mark))} y1={M.t - 16} y2={H - M.b} />
          <text x="100%" dx={-INSET} y={M.t - 22} text-anchor="end">
            {p.markLabel}
          </text>
        </g>
      )}
      <Plot top={0} height={H}>
        {p.lines.map((l) => (
          <path
            key={l.series}
            d={path(l.values)}
            class={`line ${seriesClass(l.series)}`}
            data-series={l.series}
            stroke-dasharray={SERIES[l.series].dash || undefined}
            vector-effect="non-scaling-stroke"
          />
        ))}
      </Plot>
      {p.lines.map((l, j) => (
        <g key={l.series} class={`series ${seriesClass(l.series)}`} data-series={l.series}>
          <text
            class="direct halo"
            x={pct(spots[j]!.x)}
            y={spots[j]!.y}
            dx={spots[j]!.end ? -10 : INSET}
            text-anchor={spots[j]!.end ? 'end' : 'start'}
          >
            {l.name}
          </text>
        </g>
      ))}
    </Chart>
  );
}
