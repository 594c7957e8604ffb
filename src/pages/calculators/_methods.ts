/**
 * The method behind each calculator, shown on its page: the formulas in words and symbols, taken from
 * src/model/ (keep them in step when the model changes).
 */
import type { CALCULATOR_SLUGS } from '../../schemas/content.ts';

/** One step of a method: what it computes and the formula. */
export interface MethodStep {
  what: string;
  formula: string;
}

/** Intro sentence and the formulas of each calculator. */
export const METHODS: Record<(typeof CALCULATOR_SLUGS)[number], { intro: string; steps: MethodStep[]; note?: string }> = {
  'downtime-cost': {
    intro: 'An outage costs the revenue that stops and the work that stops, plus slower work while things recover.',
    steps: [
      { what: 'Loaded cost of one person per hour', formula: 'salary × overhead factor ÷ 2,080 paid hours' },
      { what: 'Revenue lost per hour down', formula: 'annual revenue ÷ operating hours × share of revenue lost' },
      { what: 'Productivity lost per hour down', formula: 'staff affected × loaded hourly cost × share of work that stops' },
      { what: 'Cost of one outage', formula: '(revenue + productivity per hour) × outage hours + staff × loaded cost × recovery loss × recovery hours + other recovery cost' },
      { what: 'Cost per year', formula: 'outages per year × cost of one outage' },
    ],
  },
  'cost-comparison': {
    intro: 'Both models are priced per year, counting what you pay the provider and what the downtime costs you.',
    steps: [
      { what: 'Break/fix invoice per incident', formula: 'billed hours × hourly rate × (1 + after-hours share × (multiplier − 1)) + on-site share × trip charge; billed hours are at least the minimum' },
      { what: 'Break/fix downtime per incident', formula: 'cost per hour down × (wait for a technician + fix hours) + recovery costs' },
      { what: 'Break/fix per year', formula: 'incidents × (invoice + downtime per incident)' },
      { what: 'Managed per year', formula: '12 × monthly fee + onboarding fee × 12 ÷ contract months + project hours × rate + incidents × (1 − share prevented) × downtime per incident with the SLA response instead of the wait' },
      { what: 'Cumulative cost in month m', formula: 'break/fix: m × yearly cost ÷ 12; managed: onboarding fee + m × (fee + (projects + downtime) ÷ 12)' },
      { what: 'Break-even incident rate', formula: 'fixed managed cost ÷ (break/fix cost per incident − (1 − share prevented) × managed downtime per incident); "never" when the divisor is not positive' },
      { what: 'Uncertainty', formula: '10,000 simulated years: incidents drawn from a Poisson distribution, wait, fix and response times from lognormal distributions around the typical values, with the spread you choose' },
      { what: 'Sensitivity', formula: 'each input moved 50% down and up (within its allowed range); bars show the change in managed minus break/fix' },
    ],
    note: 'How many incidents a managed plan prevents is your assumption: we found no independent research to support a default.',
  },
  'hybrid-planner': {
    intro: 'Each system is costed under both models; the planner then tries every mix of managed and break/fix systems.',
    steps: [
      { what: 'Productivity lost per hour a system is down', formula: 'people affected × loaded hourly cost × share of work it stops' },
      { what: 'Break/fix cost of a system per year', formula: 'failures × (billed hours × rate × after-hours factor + trip charge share + lost productivity per hour × (wait + fix hours))' },
      { what: 'Managed cost of a system per year', formula: '12 × monthly price + failures × (1 − share prevented) × lost productivity per hour × (SLA response + fix hours)' },
      { what: 'Risk (P90)', formula: 'the yearly cost exceeded in 1 year out of 10, from simulated years shared by every mix' },
      { what: 'Suggested split', formula: 'the mix with the lowest expected yearly cost, out of all 2ⁿ mixes; the mix with the lowest P90 is shown too' },
    ],
  },
  uptime: {
    intro: 'Availability is the share of time a service works. A year here is 365 days and a month 30 days.',
    steps: [
      { what: 'Downtime allowed', formula: '(1 − availability) × length of the period' },
      { what: 'Availability from downtime', formula: '1 − downtime ÷ length of the period' },
      { what: 'Availability from MTBF and MTTR', formula: 'MTBF ÷ (MTBF + MTTR)' },
      { what: 'Services in series (all must work)', formula: 'a₁ × a₂ × … × aₙ' },
      { what: 'Redundant copies (one must work)', formula: '1 − (1 − a)ⁿ' },
    ],
  },
  'which-model': {
    intro: 'Six questions, each answer scored from −2 (toward break/fix) to +2 (toward managed) and weighted by how much it matters.',
    steps: [
      { what: 'Score', formula: 'sum of weight × answer score ÷ sum of weight × 2, from −1 to +1' },
      { what: 'Recommendation', formula: 'managed at +0.25 or more, break/fix at −0.25 or less, hybrid in between' },
      { what: 'Reasons', formula: 'the answers that pull hardest toward the recommendation (for hybrid, the strongest on each side)' },
    ],
    note: 'The weights and scores are our judgement, not research; the reasons show exactly what drove the result.',
  },
};
