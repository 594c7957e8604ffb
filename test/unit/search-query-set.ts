/**
 * Reader queries, written the way readers type them, each with the pages that answer it. Used by
 * test/unit/search-queries.test.ts through the real built index (top-1 and top-3 targets) and by the
 * benchmark in BENCHMARKS.md. A query passes when a right page is first (top-1) or among the first three
 * (top-3): new articles and entries may appear around them without breaking the set.
 */

const A = (slug: string): string => `/articles/${slug}/`;
const C = (slug: string): string => `/calculators/${slug}/`;
const G = (id: string): string => `/glossary/#${id}`;
const F = (id: string): string => `/faq/#${id}`;

/** What kind of query it is (the set covers each kind). */
export type QueryKind =
  'question' | 'term' | 'number' | 'comparison' | 'intent' | 'typo' | 'british' | 'stem' | 'synonym' | 'none';

export interface ReaderQuery {
  q: string;
  kind: QueryKind;
  /** Pages that answer it; empty for a query the site has no answer to. */
  answers: string[];
}

const q = (kind: QueryKind, text: string, ...answers: string[]): ReaderQuery => ({ q: text, kind, answers });

export const READER_QUERIES: ReaderQuery[] = [
  q('question', 'what is break fix', A('what-is-break-fix'), G('break-fix')),
  q('question', 'what are managed services', A('what-are-managed-services'), G('managed-services')),
  q('question', 'what is mttr', G('mttr')),
  q(
    'question',
    'how much does managed IT cost per user',
    A('pricing-models'),
    F('cost-per-month'),
    G('per-user-pricing'),
  ),
  q('question', 'how much do managed it services cost per month', F('cost-per-month'), A('pricing-models')),
  q('question', 'questions to ask an msp', A('how-to-choose'), A('choosing-a-provider')),
  q('question', 'how do I switch it providers', F('switch-provider'), A('how-to-choose'), A('switching-providers')),
  q(
    'question',
    'does a small business need an msp',
    F('small-business-needs-msp'),
    A('how-to-choose'),
    A('pros-and-cons'),
  ),
  q('question', 'should I hire an IT person', F('hire-it-person'), G('in-house-it'), A('hybrid-it-support')),
  q('question', 'what does an sla guarantee?', F('sla-meaning'), A('sla-and-uptime'), G('sla')),
  q(
    'question',
    'is managed IT cheaper than break fix',
    F('managed-cheaper-20-people'),
    A('pros-and-cons'),
    C('cost-comparison'),
  ),
  q(
    'question',
    'what is not included in a managed services contract',
    F('what-is-included'),
    G('out-of-scope'),
    A('pricing-models'),
  ),
  q('question', 'can I mix break fix and managed services', F('hybrid'), A('hybrid-it-support'), C('hybrid-planner')),
  q(
    'question',
    'how do i work out the cost of downtime',
    F('downtime-cost'),
    A('cost-of-downtime'),
    C('downtime-cost'),
  ),
  q('question', 'does proactive maintenance prevent outages', F('does-maintenance-work'), A('proactive-maintenance')),
  q('question', 'are block hours worth it', F('block-hours-worth-it'), G('block-hours')),
  q('question', 'what does a technician charge per hour', F('hourly-rate'), A('pricing-models'), G('t-and-m')),
  q('question', 'how to choose an it provider', A('how-to-choose'), A('choosing-a-provider')),
  q('question', 'what is an rmm tool', G('rmm')),
  q('question', 'what is a retainer', G('retainer')),

  q('term', 'sla', G('sla'), A('sla-and-uptime')),
  q('term', 'mttr', G('mttr')),
  q('term', 'rpo', G('rpo')),
  q('term', 'RTO', G('rto')),
  q('term', 'vcio', G('vcio')),
  q('term', 'psa', G('psa')),
  q('term', 'edr', G('edr')),
  q('term', 'msp', G('msp'), A('what-are-managed-services')),
  q('term', 'service credit', G('service-credit')),
  q('term', 'trip charge', G('trip-charge')),
  q('term', 'auto-renewal', G('auto-renewal')),
  q('term', 'mean time between failures', G('mtbf')),
  q('term', 'time and materials', G('t-and-m'), A('pricing-models')),
  q('term', 'ransomware', G('ransomware')),
  q('term', 'phishing', G('phishing')),
  q('term', 'co-managed it', G('co-managed'), A('hybrid-it-support')),

  q('number', '99.9% uptime', F('three-nines'), A('sla-and-uptime'), C('uptime'), G('nines')),
  q('number', '99.99', A('sla-and-uptime'), C('uptime'), G('nines'), F('three-nines'), G('availability')),
  q('number', '$5,600 a minute', F('big-downtime-figures'), A('cost-of-downtime')),
  q('number', '20 person office', F('managed-cheaper-20-people'), C('cost-comparison')),
  q('number', '24/7 monitoring', G('monitoring'), A('proactive-maintenance'), A('what-are-managed-services')),
  q('number', 'five nines', G('nines'), A('sla-and-uptime'), C('uptime')),

  q('comparison', 'break fix vs msp', A('pros-and-cons'), F('difference'), C('which-model'), C('cost-comparison')),
  q('comparison', 'msp vs break fix', A('pros-and-cons'), F('difference'), C('which-model'), C('cost-comparison')),
  q('comparison', 'managed services versus break/fix', A('pros-and-cons'), F('difference'), C('which-model')),
  q(
    'comparison',
    'per user vs per device pricing',
    A('pricing-models'),
    G('per-user-pricing'),
    G('per-device-pricing'),
  ),
  q('comparison', 'response time vs resolution time', A('sla-and-uptime'), G('response-time'), G('resolution-time')),
  q('comparison', 'rpo vs rto', G('rpo'), G('rto'), A('proactive-maintenance')),
  q('comparison', 'difference between break fix and managed services', F('difference'), A('pros-and-cons')),
  q(
    'comparison',
    'in-house it or managed services',
    A('hybrid-it-support'),
    A('pros-and-cons'),
    F('hire-it-person'),
    C('cost-comparison'),
    A('in-house-managed-or-co-managed'),
  ),
  q('comparison', 'hourly or monthly billing', A('pricing-models'), G('t-and-m')),
  q('comparison', 'uptime vs availability', G('availability'), G('uptime'), A('sla-and-uptime')),

  q('intent', 'hourly rate', A('pricing-models'), F('hourly-rate')),
  q('intent', 'downtime calculator', C('downtime-cost')),
  q('intent', 'uptime calculator', C('uptime')),
  q('intent', 'compare costs', C('cost-comparison'), A('pros-and-cons')),
  q('intent', 'which model is right for me', C('which-model'), A('how-to-choose')),
  q('intent', 'embed calculator wordpress', '/embed/', '/embed/guide/'),
  q('intent', 'sources', '/sources/'),
  q('intent', 'pricing models', A('pricing-models')),
  q('intent', 'hybrid', A('hybrid-it-support'), C('hybrid-planner'), F('hybrid')),
  q('intent', 'choosing a provider', A('how-to-choose'), A('choosing-a-provider')),
  q('intent', 'pros and cons of managed services', A('pros-and-cons')),

  q('typo', 'uptme calculater', C('uptime')),
  q('typo', 'hybird support', A('hybrid-it-support'), C('hybrid-planner')),
  q('typo', 'moniter', G('monitoring'), A('proactive-maintenance')),
  q('typo', 'manged servces', A('what-are-managed-services'), G('managed-services')),
  q('typo', 'downtme cost', C('downtime-cost'), A('cost-of-downtime'), F('downtime-cost')),
  q('typo', 'servise level agreemnt', G('sla'), A('sla-and-uptime')),
  q('typo', 'proactiv maintenence', A('proactive-maintenance'), G('proactive-maintenance')),
  q('typo', 'breakfix', A('what-is-break-fix'), G('break-fix')),
  q('typo', 'ransomeware', G('ransomware')),

  q(
    'british',
    'minimise downtime',
    A('proactive-maintenance'),
    A('cost-of-downtime'),
    G('downtime'),
    C('downtime-cost'),
  ),
  q(
    'british',
    'software licences',
    G('all-inclusive'),
    A('pricing-models'),
    F('what-is-included'),
    A('what-are-managed-services'),
  ),
  q('british', 'prioritise tickets', G('ticket'), A('sla-and-uptime'), A('what-are-managed-services')),

  q('stem', 'priced per device', G('per-device-pricing'), A('pricing-models')),
  q('stem', 'backups', G('backup'), A('proactive-maintenance')),
  q('stem', 'patches', G('patching'), A('proactive-maintenance')),
  q('stem', 'renewing a contract', G('auto-renewal'), A('how-to-choose'), A('managed-services-contract')),
  q('stem', 'monitored', G('monitoring'), A('proactive-maintenance')),

  q('synonym', 'it outsourcing', A('what-are-managed-services'), G('managed-services'), G('msp')),
  q('synonym', 'computer repair', G('break-fix'), A('what-is-break-fix')),
  q('synonym', 'tech support contract', G('managed-services'), A('what-are-managed-services')),
  q('synonym', 'pay as you go it support', A('what-is-break-fix'), G('break-fix')),
  q('synonym', 'helpdesk', G('help-desk')),
  q('synonym', 'outage cost', A('cost-of-downtime'), C('downtime-cost'), F('downtime-cost'), G('downtime')),
  q('synonym', 'antivirus', G('edr')),
  q('synonym', '2fa', G('mfa')),
  q('synonym', 'call-out fee', G('trip-charge'), G('minimum-charge')),
  q('synonym', 'internal it team', G('in-house-it'), A('hybrid-it-support')),

  q('none', 'kubernetes cluster'),
  q('none', 'zxqvbn'),
  q('none', 'banana bread recipe'),
  q('none', 'blockchain consultancy'),
];
