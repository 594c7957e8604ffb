/** Uptime and SLAs: availability ↔ allowed downtime both ways, MTBF/MTTR, and services in series and parallel. */
import type { ComponentChildren } from 'preact';
import {
  availabilityFromDowntime,
  availabilityFromMtbf,
  downtimeAllowed,
  parallelAvailability,
  seriesAvailability,
  type Period,
} from '../../model/availability';
import { formatDuration } from '../../model/duration';
import { formatPercent } from '../../model/format';
import { pick } from '../lib/format';
import { useCalculator, type IslandProps } from '../lib/useCalculator';
import { FieldGroup } from '../ui/Field';
import { NextStep } from '../ui/NextStep';
import { Shell, Stat } from '../ui/Shell';

const PERIODS: [Period, string][] = [
  ['year', 'Per year'],
  ['month', 'Per month (30 days)'],
  ['week', 'Per week'],
  ['day', 'Per day'],
];

/** The uptime calculator island. */
export default function Uptime(props: IslandProps) {
  const c = useCalculator('uptime', props);
  const v = c.values as unknown as {
    availability: number;
    downtimeMinutes: number;
    period: Period;
    mtbfHours: number;
    mttrHours: number;
    services: number;
    copies: number;
  };
  const pct = (p: number) => formatPercent(p / 100, { ...c.fmt, digits: 4 });
  const dur = (s: number) => formatDuration(s, c.fmt);
  const allowed = downtimeAllowed(v.availability);
  const fromDown = availabilityFromDowntime(v.downtimeMinutes * 60, v.period);
  const fromMtbf = availabilityFromMtbf(v.mtbfHours, v.mttrHours);
  const series = seriesAvailability(Array(v.services).fill(v.availability));
  const parallel = parallelAvailability(Array(v.copies).fill(v.availability));
  const periodName = PERIODS.find(([p]) => p === v.period)?.[1].toLowerCase() ?? '';
  const group = (id: string, legend: string, ids: string[]) =>
    c.show(id) && (
      <section class="results" aria-labelledby={`${c.uid}-sec-${id}`} data-section={id}>
        <c.H id={`${c.uid}-sec-${id}`}>{legend}</c.H>
        <FieldGroup c={c} legend="Inputs" specs={pick(c.specs, ids)} />
        {out[id]}
        {/* The step belongs to the headline: what the downtime a promise allows means for the contract. */}
        {id === 'availability' && <NextStep c={c} parts={props.next?.any} />}
      </section>
    );
  const out: Record<string, ComponentChildren> = {
    availability: (
      <dl class="stats">
        {PERIODS.map(([p, label]) => (
          <Stat
            key={p}
            label={`Downtime allowed ${label.toLowerCase()}`}
            value={dur(allowed[p])}
            id={p === 'year' ? `${c.uid}-headline` : undefined}
          />
        ))}
      </dl>
    ),
    downtime: (
      <dl class="stats">
        <Stat label={`Availability with that much downtime ${periodName}`} value={pct(fromDown)} />
      </dl>
    ),
    mtbf: (
      <dl class="stats">
        <Stat label="Availability from MTBF and MTTR" value={pct(fromMtbf)} />
        <Stat label="Downtime per year at that availability" value={dur(downtimeAllowed(fromMtbf).year)} />
      </dl>
    ),
    combined: (
      <dl class="stats">
        <Stat label={`${v.services} services in series, each at ${pct(v.availability)}`} value={pct(series)} />
        <Stat label="Their downtime per year" value={dur(downtimeAllowed(series).year)} />
        <Stat label={`${v.copies} redundant copies, each at ${pct(v.availability)}`} value={pct(parallel)} />
        <Stat label="Their downtime per year" value={dur(downtimeAllowed(parallel).year)} />
      </dl>
    ),
  };
  return (
    <Shell
      c={c}
      money={false}
      headline={`${pct(v.availability)} availability allows ${dur(allowed.year)} of downtime a year and ${dur(allowed.month)} a month.`}
      csv={{
        name: 'uptime.csv',
        label: 'Export as CSV',
        rows: () => [
          ['Result', 'Value'],
          ...PERIODS.map(([p, label]) => [`Downtime allowed ${label.toLowerCase()}`, dur(allowed[p])]),
          [`Availability with that much downtime ${periodName}`, pct(fromDown)],
          ['Availability from MTBF and MTTR', pct(fromMtbf)],
          ['Downtime per year at that availability', dur(downtimeAllowed(fromMtbf).year)],
          [`${v.services} services in series`, pct(series)],
          ['Their downtime per year', dur(downtimeAllowed(series).year)],
          [`${v.copies} redundant copies`, pct(parallel)],
          ['Their downtime per year', dur(downtimeAllowed(parallel).year)],
        ],
      }}
    >
      {group('availability', 'Availability to downtime', ['availability'])}
      {group('downtime', 'Downtime to availability', ['downtimeMinutes', 'period'])}
      {group('mtbf', 'MTBF and MTTR', ['mtbfHours', 'mttrHours'])}
      {group('combined', 'Services in series and in parallel', ['services', 'copies'])}
    </Shell>
  );
}
