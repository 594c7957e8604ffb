// @vitest-environment happy-dom
// The comparison's answer in words: the verdict sentence for each sign of cash, downtime and risk, and the
// next step it leads to. The island's inputs, breakdown and charts: CostComparison.test.tsx.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import CostComparison, { verdict } from '../../src/islands/calculators/CostComparison';
import { NEXT_STEPS } from '../../src/calculators/next-steps';
import { comparisonPrecomputed } from '../../src/islands/later/precomputed';
import { islandSpecs } from '../../src/islands/props';
import type { ComparisonResult } from '../../src/model/compare';
import { formatMoney } from '../../src/model/format';
import { fresh, SLOW } from './helpers';

const specs = islandSpecs('cost-comparison');
const precomputed = comparisonPrecomputed(specs);
const money = (v: number) => formatMoney(v);

describe('verdict wording', () => {
  /** A result with only what the headline reads. */
  const result = (cash: number, downtime: number, risk: number) =>
    ({
      difference: { cash, downtime, risk, total: cash + downtime + risk },
      options: { breakFix: { cash: 20_000 } },
    }) as unknown as ComparisonResult;
  it.each([
    [
      [15_147, -6_263, -332],
      'In cash, managed costs $15,147 a year more than break/fix. Counting estimated downtime it saves $6,263 of that, and it lowers the expected cost of a security incident by $332. Everything counted, break/fix is $8,552 a year cheaper.',
    ],
    [
      [2_000, -6_000, -332],
      'In cash, managed costs $2,000 a year more than break/fix. Counting estimated downtime it saves $6,000, more than that, and it lowers the expected cost of a security incident by $332. Everything counted, managed is $4,332 a year cheaper.',
    ],
    [
      [-3_000, -1_000, 0],
      'In cash, managed costs $3,000 a year less than break/fix. Counting estimated downtime it saves $1,000 more, and the expected cost of a security incident is the same. Everything counted, managed is $4,000 a year cheaper.',
    ],
    [
      [-3_000, 500, 0],
      'In cash, managed costs $3,000 a year less than break/fix. Counting estimated downtime it costs $500 more, and the expected cost of a security incident is the same. Everything counted, managed is $2,500 a year cheaper.',
    ],
    [
      [1_000, 0, -200],
      'In cash, managed costs $1,000 a year more than break/fix. Estimated downtime costs the same either way, and managed lowers the expected cost of a security incident by $200. Everything counted, break/fix is $800 a year cheaper.',
    ],
    [
      [0.004, -300, 0],
      'In cash, managed and break/fix cost about the same, $20,000 a year. Counting estimated downtime managed saves $300, and the expected cost of a security incident is the same. Everything counted, managed is $300 a year cheaper.',
    ],
    [
      [500, -500, 0.2],
      'In cash, managed costs $500 a year more than break/fix. Counting estimated downtime it saves $500, all of that, and the expected cost of a security incident is the same. Everything counted, they cost about the same.',
    ],
  ] as const)('%o', ([cash, downtime, risk], text) => {
    expect(verdict(result(cash, downtime, risk), money)).toBe(text);
  });
  it('says what to do next, tied to the answer, and keeps a short answer in the bar phones keep in view', async () => {
    fresh('cost-comparison');
    const { container } = render(
      <CostComparison specs={specs} precomputed={precomputed} next={NEXT_STEPS['cost-comparison']} />,
    );
    // Defaults: break/fix is $8,552 a year cheaper everything counted (21% of managed's total): keep the upkeep.
    expect(container.querySelector('.next a[href$="#the-routine-task-by-task"]')).toBeTruthy();
    expect(container.querySelector('[data-answer]')?.textContent).toContain(
      'In cash, managed costs $15,147 a year more; everything counted, break/fix is $8,552 cheaper.',
    );
    // 8 requests a person a year: managed is cheaper, so the next step is getting quotes.
    fireEvent.input(screen.getByLabelText(/Requests needing a technician/), { target: { value: '8' } });
    await waitFor(
      () => expect(container.querySelector('.next a[href$="#step-4-watch-for-contract-red-flags"]')).toBeTruthy(),
      SLOW,
    );
  });
});
