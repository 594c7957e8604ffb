/**
 * A rare severe event (a breach, ransomware, data loss), which the comparison shows as risk apart from cash:
 * how likely in a year, what one costs, and how much of that risk upkeep removes. Percent inputs are
 * percentage points. Source ids refer to content/sources.json.
 */
import type { InputSpec } from './inputs';

/** A rare severe event (breach, ransomware, data loss): shown as risk, apart from cash. */
export const RISK_SPECS = [
  {
    id: 'severeChance',
    key: 'sc',
    label: 'Chance of a costly security incident in a year',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 0.1,
    default: 8,
    source: 'csbs-2025',
    sourceNote:
      'UK government surveys: 42% of small firms (10–49 staff) identified a breach or attack in a year (35% of firms under 10, 67% of 50–249), and about 1 in 5 of those lost money or data (2020). 42% × 19% ≈ 8%; about 7% under 10 staff, 13% at 50–249.',
  },
  {
    id: 'severeCost',
    key: 'scc',
    label: 'Cost of one costly incident',
    unit: 'currency',
    min: 0,
    max: 100_000_000,
    step: 100,
    default: 8300,
    source: 'hiscox-2023',
    sourceNote:
      'An insurer’s survey put the median yearly cost of attacks at US small businesses at $8,300. The UK survey’s mean cost of the worst breach (£1,600, most costing nothing) spread over the 1 in 5 that cost something gives a similar £8,400.',
  },
  {
    id: 'severeReduction',
    key: 'sr',
    label: 'Share of that risk removed by managed upkeep',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 50,
    source: 'ponemon-2018',
    sourceNote:
      'Your assumption to set. 57% of breach victims in a vendor-sponsored survey said an available patch would have prevented it; no study measures the effect of a managed plan. 50% is the site’s own placeholder, used for every option where someone does the upkeep.',
  },
] as const satisfies readonly InputSpec[];
