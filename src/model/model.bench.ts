/**
 * Cost-model benchmarks (Vitest 5 bench API: `bench` comes from the test context).
 * Run: npx vitest bench --run src/model   (or npm run bench). Figures go in BENCHMARKS.md.
 * No timing is asserted: the target (10,000 simulated years ≤ 10 ms median) is checked by reading the table.
 */
import { test } from 'vitest';
import { loadavg } from 'node:os';
import {
  COMPARISON_SPECS,
  type ComparisonInputs,
  DEFAULT_SYSTEMS,
  HYBRID_SPECS,
  type HybridInputs,
  compareModels,
  createRng,
  defaultValues,
  optimiseHybrid,
  sensitivity,
  simulateYears,
} from './index';

const inputs = defaultValues<ComparisonInputs>(COMPARISON_SPECS);
const busy: ComparisonInputs = { ...inputs, incidentsPerYear: 20, requestsPerUser: 6, spread: 'high' };
const hybridInputs = defaultValues<HybridInputs>(HYBRID_SPECS);
const tenSystems = [...DEFAULT_SYSTEMS, ...DEFAULT_SYSTEMS.slice(0, 4)];

/** Print the median (the figure BENCHMARKS.md records) with the machine's load, since the table has no p50 column. */
function report<N extends string>(
  storage: { get: (name: N) => { latency: { p50: number; mean: number } } },
  names: readonly N[],
): void {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  for (const name of names) {
    const r = storage.get(name);
    console.log(
      `[model bench] ${name}: median ${r.latency.p50.toFixed(3)} ms, mean ${r.latency.mean.toFixed(3)} ms (load average ${load})`,
    );
  }
}

const SIM = [
  'simulateYears 10,000 years (defaults: 2.14 outages, 40 requests, severe-incident risk)',
  'simulateYears 10,000 years (20 outages, 120 requests, high spread)',
] as const;
const CMP = ['compareModels (36 months)', 'full comparison: compareModels + sensitivity'] as const;
const CAL = ['calibration: 1,000,000 sfc32 uniforms'] as const;
const HYB = [
  'optimiseHybrid 6 systems (64 assignments × 2,000 years)',
  'optimiseHybrid 10 systems (1,024 assignments × 2,000 years)',
] as const;

test('simulation: 10,000 years', async ({ bench }) => {
  const s = await bench.compare(
    bench(SIM[0], () => void simulateYears(inputs, { years: 10_000 })),
    bench(SIM[1], () => void simulateYears(busy, { years: 10_000 })),
  );
  report(s, SIM);
});

test('comparison', async ({ bench }) => {
  const s = await bench.compare(
    bench(CMP[0], () => void compareModels(inputs)),
    bench(CMP[1], () => {
      compareModels(inputs);
      sensitivity(inputs);
    }),
  );
  report(s, CMP);
});

test('hybrid optimiser', async ({ bench }) => {
  const s = await bench.compare(
    bench(HYB[0], () => void optimiseHybrid(DEFAULT_SYSTEMS, hybridInputs)),
    bench(HYB[1], () => void optimiseHybrid(tenSystems, hybridInputs)),
  );
  report(s, HYB);
});

// A fixed amount of plain CPU work, so figures taken under different machine load can be compared:
// divide a model figure by this one.
test('calibration', async ({ bench }) => {
  const rng = createRng(1);
  const r = await bench(CAL[0], () => {
    let sum = 0; // a local, not a captured variable, so the loop measures the generator only
    for (let i = 0; i < 1_000_000; i++) sum += rng();
    if (sum < 0) throw new Error('unreachable');
  }).run();
  report({ get: () => r }, CAL);
});
