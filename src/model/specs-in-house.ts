/**
 * The in-house and co-managed options of the comparison: the IT people a firm would hire, what they cost and
 * how often they leave or are away, and the co-managed fee. Percent inputs are percentage points.
 * Source ids refer to content/sources.json; every other default is labelled as the site's assumption.
 */
import type { InputSpec } from './inputs';

/** Hire in-house IT, alone or with a provider (co-managed). */
export const IN_HOUSE_SPECS = [
  {
    id: 'itStaff',
    key: 'in',
    label: 'IT people you would hire',
    unit: 'count',
    min: 0,
    max: 1000,
    step: 1,
    default: 1,
    assumption: 'One person, the usual first hire. Published guidance puts one help-desk person per 30–100 users.',
  },
  {
    id: 'itSalary',
    key: 'is',
    label: 'Salary of an IT support person',
    unit: 'currency',
    min: 0,
    max: 1_000_000,
    step: 500,
    default: 60_340,
    source: 'bls-ooh-2024',
    sourceNote:
      'US computer user support specialists: median $60,340 a year (May 2024); the middle half earn $47,580–$77,010.',
  },
  {
    id: 'itEmployerFactor',
    key: 'if',
    label: 'Employer cost on top of salary (benefits, taxes)',
    unit: 'multiplier',
    min: 1,
    max: 3,
    step: 0.01,
    default: 1.25,
    source: 'bls-ecec-2026',
    sourceNote:
      'At US employers with 1–49 workers, total compensation is about 1.25 times pay including paid leave (1.27 at 50–99, 1.29 at 100–499), March 2026.',
  },
  {
    id: 'recruitingCost',
    key: 'rcr',
    label: 'Cost to recruit one person',
    unit: 'currency',
    min: 0,
    max: 1_000_000,
    step: 100,
    default: 4700,
    source: 'shrm-cost-per-hire',
    sourceNote: 'SHRM’s benchmark average cost per hire is about $4,700.',
  },
  {
    id: 'itTurnover',
    key: 'itt',
    label: 'Chance the person leaves in a year',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 19,
    source: 'shrm-cost-per-hire',
    sourceNote: 'SHRM’s benchmark annual turnover across jobs is 19%; each leaver means recruiting again.',
  },
  {
    id: 'itLeaveWeeks',
    key: 'ilw',
    label: 'Weeks a year the IT person is away',
    unit: 'count',
    min: 0,
    max: 52,
    step: 0.5,
    default: 4,
    source: 'bls-ecec-2026',
    sourceNote:
      'Paid leave is about 8.5% of pay at small US employers, roughly 4.4 weeks a year. While away, problems go to break/fix (in-house) or to the provider (co-managed).',
  },
  {
    id: 'inHouseResponseHours',
    key: 'ir',
    label: 'Wait for your own IT person',
    unit: 'hours',
    min: 0,
    max: 72,
    step: 0.25,
    default: 0.5,
    assumption: 'The site’s own assumption: someone on site can usually start within half an hour.',
  },
  {
    id: 'coManagedPercent',
    key: 'cmp',
    label: 'Co-managed fee, as a share of the full managed fee',
    unit: 'percent',
    min: 0,
    max: 200,
    step: 1,
    default: 50,
    assumption:
      'Co-managed prices are rarely published; half the full fee for the provider’s help desk, tools and cover is the site’s own placeholder.',
  },
] as const satisfies readonly InputSpec[];
