/** Cumulative cost over months for both models, with the break-even month marked. */
import { Chart, W, XAxis, YAxis } from './Chart';
import { linear, nice, ticks } from './scale';

/** Props of the cumulative chart. */
export interface LineChartProps {
  /** Build the data table only when it is opened (see Chart). */
  lazyTable?: boolean;
  id: string;
  title: string;
  desc: string;
  /** x values (months) and the two series. */
  x: number[];
  a: number[];
  b: number[];
  /** x of the marker (break-even), if any. */
  mark: number | null;
  markLabel: string;
  money(v: number): string;
  moneyShort(v: number): string;
  names: [string, string];
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
const M = { l: 76, r: 16, t: 14, b: 50 };

/** Two lines over a shared x axis. */
export function LineChart(p: LineChartProps) {
  const xs = p.x;
  const [lo, hi] = nice(0, Math.max(1, ...p.a, ...p.b));
  const x = linear(xs[0] ?? 0, xs[xs.length - 1] ?? 1, M.l, W - M.r);
  const y = linear(lo, hi, H - M.b, M.t);
  const path = (s: number[]) => linePath(s.map((v, i): [number, number] => [x(xs[i]!), y(v)]));
  const mx = p.mark === null ? null : x(p.mark);
  return (
    <Chart
      lazyTable={p.lazyTable}
      id={p.id}
      title={p.title}
      desc={p.desc}
      height={H}
      legend={[
        ['a', p.names[0]],
        ['b', p.names[1]],
      ]}
      head={['Month', `${p.names[0]} (cumulative)`, `${p.names[1]} (cumulative)`]}
      rows={xs.map((m, i) => [m, p.money(p.a[i]!), p.money(p.b[i]!)])}
    >
      <YAxis y={y} values={ticks(lo, hi, 5)} fmt={p.moneyShort} x0={M.l} x1={W - M.r} label="Cumulative cost" />
      <XAxis x={x} values={ticks(xs[0] ?? 0, xs[xs.length - 1] ?? 1, 6)} fmt={String} y0={H - M.b} label="Month" />
      <path d={path(p.a)} class="line a" />
      <path d={path(p.b)} class="line b" />
      {mx !== null && (
        <g class="mark">
          <line x1={mx} x2={mx} y1={M.t} y2={H - M.b} />
          <text x={mx + (mx > W / 2 ? -6 : 6)} y={M.t + 12} text-anchor={mx > W / 2 ? 'end' : 'start'}>
            {p.markLabel}
          </text>
        </g>
      )}
    </Chart>
  );
}
