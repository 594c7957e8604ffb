/**
 * Distribution of simulated yearly cost for two options, with each one's good, typical and bad year
 * (P10, P50, P90) marked by lines in its dash pattern. The first option's bars are
 * solid and the second's pale, so they differ in greyscale too.
 */
import { Chart, type ChartFrame, frameOf, pct, Plot, PLOT_W, XAxis, YAxis } from './Chart';
import { linear, nice, tenth, ticks } from './scale';
import { SERIES, seriesClass, type SeriesId } from './series';

/** Props of the histogram. */
export interface HistogramProps extends ChartFrame {
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
  /** Which options the two series are (default break/fix and managed). */
  series?: [SeriesId, SeriesId];
}

const H = 280;
const M = { t: 44, b: 48 };

/** Side-by-side bars per bin; dashed lines at the percentiles. */
export function Histogram(p: HistogramProps) {
  const n = p.a.length;
  const [sa, sb] = p.series ?? ['breakFix', 'managed'];
  const x = linear(p.edges[0] ?? 0, p.edges[n] ?? 1, 0, 100);
  const share = (c: number) => (100 * c) / Math.max(1, p.years);
  const [, top] = nice(0, Math.max(1, ...p.a.map(share), ...p.b.map(share)), 4);
  const y = linear(0, top, H - M.b, M.t);
  const bw = tenth(PLOT_W / Math.max(1, n) / 2);
  const base = H - M.b;
  const bars = (counts: number[], shift: number) =>
    counts
      .map((c, i) =>
        c > 0 ? `M${tenth((x(p.edges[i]!) * PLOT_W) / 100 + shift)},${base}V${y(share(c))}h${bw}V${base}z` : '',
      )
      .join('');
  const marks = (ps: number[], s: SeriesId) =>
    ps.map((v, i) => (
      <g key={s + i} class={`series ${seriesClass(s)}`} data-series={s}>
        <line
          class={`pct ${seriesClass(s)}`}
          x1={pct(x(v))}
          x2={pct(x(v))}
          y1={M.t - 8}
          y2={H - M.b}
          stroke-dasharray={SERIES[s].dash || undefined}
        />
      </g>
    ));
  return (
    <Chart
      {...frameOf(p)}
      height={H}
      legend={[
        { label: `${p.names[0]}: share of years`, series: sa, kind: 'bar' },
        { label: `${p.names[1]}: share of years`, series: sb, kind: 'bar', tone: 'pale' },
        { label: `${p.names[0]}: a good, typical and bad year`, series: sa, kind: 'line' },
        { label: `${p.names[1]}: a good, typical and bad year`, series: sb, kind: 'line' },
      ]}
      head={['Yearly cost from', 'to', `${p.names[0]}: share of years`, `${p.names[1]}: share of years`]}
      rows={p.a.map((c, i) => [
        p.money(p.edges[i]!),
        p.money(p.edges[i + 1]!),
        `${share(c).toFixed(1)}%`,
        `${share(p.b[i]!).toFixed(1)}%`,
      ])}
    >
      <YAxis y={y} values={ticks(0, top, 4)} fmt={(v) => `${v}%`} label="Share of years" />
      <XAxis
        x={x}
        values={ticks(p.edges[0] ?? 0, p.edges[n] ?? 1, 5)}
        fmt={p.moneyShort}
        y0={H - M.b}
        label="Yearly cost"
      />
      {/* Each series is one path of bars (a rect per bin would be several times the markup); empty bins draw nothing. */}
      <Plot top={0} height={H}>
        <path class={`bar ${seriesClass(sa)}`} d={bars(p.a, 0)} vector-effect="non-scaling-stroke" />
        <path class={`bar ${seriesClass(sb, 'pale')}`} d={bars(p.b, bw)} vector-effect="non-scaling-stroke" />
      </Plot>
      {marks(p.pa, sa)}
      {marks(p.pb, sb)}
    </Chart>
  );
}
