/** Distribution of simulated yearly cost for both models, with each model's P10, P50 and P90 marked. */
import { Chart, W, XAxis, YAxis } from './Chart';
import { linear, nice, tenth, ticks } from './scale';

/** Props of the histogram. */
export interface HistogramProps {
  /** Build the data table only when it is opened (see Chart). */
  lazyTable?: boolean;
  id: string;
  title: string;
  desc: string;
  edges: number[];
  a: number[];
  b: number[];
  /** Percentile markers per series: [p10, p50, p90]. */
  pa: number[];
  pb: number[];
  years: number;
  money(v: number): string;
  moneyShort(v: number): string;
  names: [string, string];
}

const H = 280;
const M = { l: 60, r: 16, t: 14, b: 50 };

/** Side-by-side bars per bin; dashed lines at the percentiles. */
export function Histogram(p: HistogramProps) {
  const n = p.a.length;
  const x = linear(p.edges[0] ?? 0, p.edges[n] ?? 1, M.l, W - M.r);
  const share = (c: number) => (100 * c) / Math.max(1, p.years);
  const [, top] = nice(0, Math.max(1, ...p.a.map(share), ...p.b.map(share)), 4);
  const y = linear(0, top, H - M.b, M.t);
  const bw = tenth((W - M.l - M.r) / Math.max(1, n) / 2);
  const base = H - M.b;
  const bars = (counts: number[], shift: number) =>
    counts
      .map((c, i) => (c > 0 ? `M${tenth(x(p.edges[i]!) + shift)},${base}V${y(share(c))}h${bw}V${base}z` : ''))
      .join('');
  const marks = (ps: number[], cls: string) =>
    ps.map((v, i) => <line key={cls + i} class={`pct ${cls}`} x1={x(v)} x2={x(v)} y1={M.t} y2={H - M.b} />);
  return (
    <Chart
      lazyTable={p.lazyTable}
      id={p.id}
      title={p.title}
      desc={p.desc}
      height={H}
      legend={[
        ['a', `${p.names[0]} (dashed: a good, typical and bad year)`],
        ['b', `${p.names[1]} (dashed: a good, typical and bad year)`],
      ]}
      head={['Yearly cost from', 'to', `${p.names[0]}: share of years`, `${p.names[1]}: share of years`]}
      rows={p.a.map((c, i) => [
        p.money(p.edges[i]!),
        p.money(p.edges[i + 1]!),
        `${share(c).toFixed(1)}%`,
        `${share(p.b[i]!).toFixed(1)}%`,
      ])}
    >
      <YAxis y={y} values={ticks(0, top, 4)} fmt={(v) => `${v}%`} x0={M.l} x1={W - M.r} label="Share of years" />
      <XAxis
        x={x}
        values={ticks(p.edges[0] ?? 0, p.edges[n] ?? 1, 5)}
        fmt={p.moneyShort}
        y0={H - M.b}
        label="Yearly cost"
      />
      {/* Each series is one path of bars (a rect per bin would be several times the markup); empty bins draw nothing. */}
      <path class="bar a" d={bars(p.a, 0)} />
      <path class="bar b" d={bars(p.b, bw)} />
      {marks(p.pa, 'a')}
      {marks(p.pb, 'b')}
    </Chart>
  );
}
