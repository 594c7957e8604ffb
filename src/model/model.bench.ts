/**
 * Cost-model benchmarks (Vitest 5 bench API: `bench` comes from the test context).
 * Run: npx vitest bench --run src/model   (or npm run bench). Figures go in BENCHMARKS.md.
 * No timing is asserted: the target (10,000 simulated years ≤ 10 ms median) is checked by reading the table.
 */
import { test } from 'vitest';
import {
  COMPARISON_SPECS,
  type ComparisonInputs,
  DEFAULT_SYSTEMS,
  HYBRID_SPECS,
  type HybridInputs,
  compareModels,
  defaultValues,
  optimiseHybrid,
  sensitivity,
  simulateYears,
} from './index';

const inputs = defaultValues<ComparisonInputs>(COMPARISON_SPECS);
const busy: ComparisonInputs = { ...inputs, incidentsPerYear: 20, spread: 'high' };
const hybridInputs = defaultValues<HybridInputs>(HYBRID_SPECS);
const tenSystems = [...DEFAULT_SYSTEMS, ...DEFAULT_SYSTEMS.slice(0, 4)];

test('simulation: 10,000 years', async ({ bench }) => {
  await bench.compare(
    bench('simulateYears 10,000 years (defaults, 3 incidents/yr)', () => void simulateYears(inputs, { years: 10_000 })),
    bench('simulateYears 10,000 years (20 incidents/yr, high spread)', () => void simulateYears(busy, { years: 10_000 })),
  );
});

test('comparison', async ({ bench }) => {
  await bench.compare(
    bench('compareModels (36 months)', () => void compareModels(inputs)),
    bench('full comparison: compareModels + sensitivity', () => {
      compareModels(inputs);
      sensitivity(inputs);
    }),
  );
});

test('hybrid optimiser', async ({ bench }) => {
  await bench.compare(
    bench('optimiseHybrid 6 systems (64 assignments × 2,000 years)', () => void optimiseHybrid(DEFAULT_SYSTEMS, hybridInputs)),
    bench('optimiseHybrid 10 systems (1,024 assignments × 2,000 years)', () => void optimiseHybrid(tenSystems, hybridInputs)),
  );
});
