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

/** Intro sentence and the formulas of each calculator. An intro marks a glossary word as `[words](term:id)`: the page
 * shows it with its tooltip (src/components/Term.astro). */
export const METHODS: Record<(typeof CALCULATOR_SLUGS)[number], { intro: string; steps: MethodStep[]; note?: string }> =
  {
    'downtime-cost': {
      intro:
        'An outage ([downtime](term:downtime)) costs the revenue that stops and the work that stops, plus slower work while things recover. Staff time is counted at its [loaded cost](term:loaded-cost).',
      steps: [
        { what: 'Loaded cost of one person per hour', formula: 'salary × overhead factor ÷ 2,080 paid hours' },
        { what: 'Revenue lost per hour down', formula: 'annual revenue ÷ operating hours × share of revenue lost' },
        {
          what: 'Productivity lost per hour down',
          formula: 'staff affected × loaded hourly cost × share of work that stops',
        },
        {
          what: 'Cost of one outage',
          formula:
            '(revenue + productivity per hour) × outage hours + staff × loaded cost × recovery loss × recovery hours + other recovery cost',
        },
        { what: 'Cost per year', formula: 'outages per year × cost of one outage' },
      ],
    },
    'cost-comparison': {
      intro:
        'Four ways of buying support ([break/fix](term:break-fix), [managed](term:managed-services), [in-house](term:in-house-it) and [co-managed](term:co-managed)) are priced per year and counted the same way on every side: outages, everyday requests, routine upkeep, tools, fees or salaries, and project work. Cash (bills, fees, salaries, tools and staff time spent on IT) is shown apart from estimated downtime and from the risk of a severe security incident. Yearly figures are the average year over the months compared.',
      steps: [
        { what: 'Loaded cost of one person per hour', formula: 'salary × overhead factor ÷ 2,080 paid hours' },
        {
          what: 'Cost per hour the office is down',
          formula:
            'annual revenue ÷ operating hours × share of revenue lost + staff affected × loaded hourly cost × share of work that stops',
        },
        {
          what: 'Billed hours per call',
          formula:
            'the expected larger of the minimum billed time and the hands-on time, with hands-on time scattering around its typical value by the spread you choose',
        },
        {
          what: 'Break/fix invoice per outage',
          formula:
            'billed hours × hourly rate × (1 + after-hours share × (multiplier − 1)) + share of calls needing a visit × trip charge',
        },
        {
          what: 'Break/fix invoice per request',
          formula:
            'billed hours for a request × hourly rate + share of calls needing a visit × trip charge (office hours, no after-hours uplift)',
        },
        { what: 'Requests per year', formula: 'people × requests needing a technician per person' },
        {
          what: 'Downtime per outage',
          formula:
            'cost per hour down × (wait + fix hours) + staff × loaded hourly cost × recovery loss × recovery hours + other recovery cost; the wait is the break/fix wait, the SLA response, or your own IT person’s wait',
        },
        {
          what: 'Downtime of requests per year',
          formula:
            'requests × share that stop the person working × loaded hourly cost × (wait + hands-on hours per request)',
        },
        {
          what: 'Routine upkeep without a plan',
          formula:
            'done by staff: 52 × hours a week × loaded hourly cost; done by a technician: 12 × hours a month × hourly rate',
        },
        {
          what: 'Tools per year',
          formula:
            '12 × people × price per person per month of each tool (endpoint protection, email security, backup, monitoring); break/fix and in-house pay for all of them, managed and co-managed only for those the plan does not include',
        },
        { what: 'Project work per year', formula: 'project hours × out-of-scope rate, the same for every option' },
        {
          what: 'Spreading one-off costs',
          formula:
            'one-off cost × 12 ÷ months compared (onboarding fee = monthly fee × onboarding percent; first recruiting = IT people × cost to recruit)',
        },
        {
          what: 'Break/fix per year',
          formula:
            'cash: outages × outage invoice + requests × request invoice + upkeep + tools + projects; downtime: outages × downtime per outage (break/fix wait) + downtime of requests (break/fix wait)',
        },
        {
          what: 'Managed per year',
          formula:
            'cash: 12 × monthly fee + spread onboarding + tools not included + projects; downtime: outages × (1 − share prevented) × downtime per outage (SLA response) + downtime of requests (SLA response). A plan without the help desk adds requests × request invoice at the break/fix wait; one without upkeep adds the upkeep and prevents no outages and no risk',
        },
        {
          what: 'In-house cover',
          formula:
            'share of problems your own staff handle = 1 − (weeks away ÷ 52)^(IT people); with nobody hired it is 0, the upkeep stays with your staff and nothing is prevented',
        },
        {
          what: 'In-house per year',
          formula:
            'cash: IT people × salary × employer cost factor + IT people × chance of leaving × cost to recruit + spread first recruiting + (1 − cover) × (outages × (1 − share prevented) × outage invoice + requests × request invoice) + tools + projects; the wait is cover × own wait + (1 − cover) × break/fix wait',
        },
        {
          what: 'Co-managed per year',
          formula:
            'cash: the same staff cost + 12 × monthly fee × co-managed share + spread (first recruiting + its onboarding) + tools not included + projects; no invoices; outages × (1 − share prevented); the wait is cover × own wait + (1 − cover) × SLA response',
        },
        {
          what: 'Security risk per year',
          formula:
            'chance of a costly incident × cost of one × (1 − share removed by upkeep); the reduction applies wherever someone does the upkeep (managed with upkeep included, in-house with someone hired, co-managed), not to break/fix',
        },
        { what: 'Total per year', formula: 'cash + downtime + risk' },
        {
          what: 'Cumulative cost in month m',
          formula:
            'one-off costs in month 1 + m × (yearly total − spread one-off costs) ÷ 12; the break-even month is the first in which managed is at or below break/fix',
        },
        {
          what: 'Break-even outages and requests',
          formula:
            'both totals change in a straight line with outages a year (or requests per person), so the crossing = −(managed minus break/fix at zero) ÷ (change per outage or request); "never" when the lines do not cross at zero or above',
        },
        {
          what: 'Uncertainty',
          formula:
            '10,000 simulated years of break/fix and managed: each year’s outages drawn at random around the yearly number you give, as for events that strike independently at a steady average rate (a Poisson count); wait, fix and response times drawn so that most land near the typical values and a few run much longer (a lognormal spread, as wide as you choose); managed faces the same outages less those prevented; requests drawn the same way, at their expected cost each; a severe incident with its yearly chance; every other cost fixed',
        },
        {
          what: 'Sensitivity',
          formula:
            'each input moved 50% down and up (within its allowed range); bars show the change in managed minus break/fix, everything counted',
        },
      ],
      note: 'How many outages managed upkeep prevents, how much of the security risk it removes, and how many requests per person need a paid technician are your assumptions: we found no independent research to support a default, so each starts at a placeholder the defaults table labels as the site’s own.',
    },
    'hybrid-planner': {
      intro:
        'Each system is costed under both models, [managed](term:managed-services) and [break/fix](term:break-fix), the way the cost comparison costs the whole firm, so with every system on break/fix, or every one managed, the planner’s total is that option’s total in the comparison; the planner then tries every mix. Project work and a severe security incident are priced for the firm as a whole, apart from the systems.',
      steps: [
        {
          what: 'Kinds of failure',
          formula:
            'workstations, printers and backup fail one person or one job at a time: their failures are the comparison’s everyday requests. Every other kind is shared by the office: its failures are whole-office outages',
        },
        {
          what: 'Cost of an hour down',
          formula:
            'people affected × loaded hourly cost × share of work it stops; for a shared system, plus revenue ÷ operating hours × share of revenue at risk',
        },
        {
          what: 'Downtime of one failure',
          formula:
            'cost of an hour down × (wait + fix hours); for a shared system, plus the recovery tail (people × loaded cost × share lost in recovery × recovery hours) and other recovery cost',
        },
        {
          what: 'Invoice for one failure',
          formula:
            'expected billed hours (at least the minimum) × rate × after-hours factor + trip charge share; requests wait for office hours, so no after-hours factor',
        },
        {
          what: 'Routine upkeep share (an allocation)',
          formula:
            'without a plan, staff hours a week × 52 × loaded cost (or technician hours a month × 12 × rate), split evenly over the systems listed: an allocation rule, not a measure of what each system needs. Paid for a system on break/fix, and for a managed one only if the plan leaves upkeep out',
        },
        {
          what: 'Tools',
          formula:
            'per person per month × 12 × people, each tool split over the systems it protects: endpoint protection on workstations, email security on email, backup on the server and backup, monitoring on every system. Paid for a system on break/fix, and for a managed one only if the plan does not include that tool',
        },
        {
          what: 'Break/fix cost of a system per year',
          formula: 'failures × (invoice + downtime of one failure) + upkeep share + tools',
        },
        {
          what: 'Managed cost of a system per year',
          formula:
            '12 × monthly price + onboarding (its share of the month’s price × 12 ÷ months compared) + tools not included + failures × downtime at the SLA response; outages of shared systems × (1 − share prevented) when the plan includes upkeep; requests are not prevented, and without a help desk they are billed and waited for as under break/fix',
        },
        {
          what: 'Security-incident risk per year',
          formula:
            'chance × cost of an incident × (1 − share removed × managed share of the systems that can let an attacker in: workstations, email, network); each one left on break/fix forfeits its share; with none listed, or a plan without upkeep, nothing reduces it',
        },
        {
          what: 'Expected cost of a mix',
          formula:
            'each system’s cost under its model + project hours × rate (the same for every mix) + security-incident risk',
        },
        {
          what: 'A bad year (1 in 10)',
          formula:
            'the yearly cost exceeded in 1 year out of 10, from simulated years shared by every mix, a severe incident included with the mix’s chance',
        },
        {
          what: 'Suggested split',
          formula:
            'the mix with the lowest expected yearly cost, out of all 2ⁿ mixes; the mix with the cheapest bad year is shown too. When it leaves a way in for an attacker on break/fix, the planner says so and shows the risk',
        },
      ],
      note: 'The example list is the comparison’s 20-person firm with its defaults: its 2.14 whole-office outages a year split evenly over the server, email, network and business application; its 40 everyday requests (20 people × 2 a year, 1 hour each, 22% stopping the person) on workstations (36) and printers (4, so printer calls are not counted twice); the managed prices add up to its $3,000 a month. All on break/fix it costs what the comparison’s break/fix option costs, all managed what its managed option costs. How the upkeep is allocated decides part of the split: with it spread evenly, each system left on break/fix carries a sixth of the staff time.',
    },
    uptime: {
      intro:
        '[Availability](term:availability) is the share of time a service works; a provider promises it in an [SLA](term:sla). A year here is 365 days and a month 30 days.',
      steps: [
        { what: 'Downtime allowed', formula: '(1 − availability) × length of the period' },
        { what: 'Availability from downtime', formula: '1 − downtime ÷ length of the period' },
        { what: 'Availability from MTBF and MTTR', formula: 'MTBF ÷ (MTBF + MTTR)' },
        { what: 'Services in series (all must work)', formula: 'a₁ × a₂ × … × aₙ' },
        { what: 'Redundant copies (one must work)', formula: '1 − (1 − a)ⁿ' },
      ],
    },
    'which-model': {
      intro:
        'Six questions, each answer scored from −2 (toward [break/fix](term:break-fix)) to +2 (toward [managed](term:managed-services)) and weighted by how much it matters.',
      steps: [
        { what: 'Score', formula: 'sum of weight × answer score ÷ sum of weight × 2, from −1 to +1' },
        { what: 'Recommendation', formula: 'managed at +0.25 or more, break/fix at −0.25 or less, hybrid in between' },
        {
          what: 'Reasons',
          formula: 'the answers that pull hardest toward the recommendation (for hybrid, the strongest on each side)',
        },
      ],
      note: 'The weights and scores are our judgment, not research; the reasons show exactly what drove the result.',
    },
    'provider-quotes': {
      intro:
        'Each quote is turned into what it would cost your firm a month, counted the same way for every quote: its fee for your staff and devices ([per user](term:per-user-pricing) or [per device](term:per-device-pricing)), its [onboarding](term:onboarding) spread over its own term, and the services it leaves [out of scope](term:out-of-scope) priced as the cost comparison prices them for your firm.',
      steps: [
        {
          what: 'Monthly fee',
          formula:
            'per user: staff × price; per device: devices × price; tier: tier price + (users above its limit + devices above its limit) × price each above',
        },
        {
          what: 'Left-out services, a year',
          formula:
            'help desk: requests (staff × requests per person) × the break/fix invoice per request; routine upkeep: the upkeep a firm without a plan pays (staff time or a technician); each tool: 12 × staff × its price per person a month',
        },
        {
          what: 'Out-of-hours work, a year',
          formula:
            'outages a year × (1 − share prevented, when the quote includes upkeep) × share out of hours × fix hours × the quote’s hourly rate (billed), or the break/fix rate × after-hours multiplier (not covered); 0 when included',
        },
        {
          what: 'Cost a month on the same footing',
          formula: 'monthly fee + (left-out services + out-of-hours work) ÷ 12 + onboarding ÷ term',
        },
        { what: 'Per user a month, per year, over the term', formula: '÷ staff; × 12; × term in months' },
        {
          what: 'Leaving early',
          formula:
            'months of fees owed = notice + early-exit share × (months left in the term − notice, if any); cost = months owed × monthly fee',
        },
      ],
      note: 'Response and resolution targets are shown side by side but not priced: they are promises, and nothing in a quote says how often a provider keeps them. Price rises during the term are not counted.',
    },
  };
