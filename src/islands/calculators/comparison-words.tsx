/** The comparison in words: the headline, break-even in the reader's terms, and what to do next. */
import type { ComparisonResult } from '../../model/compare';
import type { formatters } from '../lib/format';
import type { Calc } from '../lib/useCalculator';

/**
 * The headline: managed against break/fix in cash, then what estimated downtime and risk change, then
 * everything counted. An amount that shows as zero in the reader's currency counts as the same.
 */
export function verdict(r: ComparisonResult, money: (v: number) => string): string {
  const { cash, downtime, risk, total } = r.difference;
  const m = (v: number) => money(Math.abs(v));
  const same = (v: number) => m(v) === money(0);
  const it = same(cash) ? 'managed' : 'it';
  const cashText = same(cash)
    ? `In cash, managed and break/fix cost about the same, ${m(r.options.breakFix.cash)} a year.`
    : `In cash, managed costs ${m(cash)} a year ${cash > 0 ? 'more' : 'less'} than break/fix.`;
  const down = same(downtime)
    ? 'Estimated downtime costs the same either way'
    : downtime > 0
      ? `Counting estimated downtime ${it} costs ${m(downtime)} more`
      : `Counting estimated downtime ${it} saves ${m(downtime)}${same(cash) ? '' : cash < 0 ? ' more' : same(cash + downtime) ? ', all of that' : -downtime < cash ? ' of that' : ', more than that'}`;
  const riskText = same(risk)
    ? ', and the expected cost of a security incident is the same.'
    : `, and ${same(downtime) ? 'managed' : 'it'} ${risk < 0 ? 'lowers' : 'raises'} the expected cost of a security incident by ${m(risk)}.`;
  const all = same(total)
    ? 'Everything counted, they cost about the same.'
    : `Everything counted, ${total < 0 ? 'managed' : 'break/fix'} is ${m(total)} a year cheaper.`;
  return `${cashText} ${down}${riskText} ${all}`;
}

/** Break-even in the reader's terms: null means never, 0 means at any number. */
export function breakEvenText(at: number | null, what: string, f: ReturnType<typeof formatters>): string {
  return at === null ? 'never' : at === 0 ? `at any number of ${what}` : `at ${f.num(at, 1)} ${what}`;
}

/** What to do next, tied to the answer: where the reader goes from here, with the articles that help. */
export function NextStep({ c, r }: { c: Calc; r: ComparisonResult }) {
  const { total } = r.difference;
  const close = Math.abs(total) < 0.1 * Math.max(r.options.breakFix.total, r.options.managed.total);
  const Sub = c.H === 'h2' ? 'h3' : 'h4';
  return (
    <section class="next no-print" aria-labelledby={`${c.uid}-nx`}>
      <Sub id={`${c.uid}-nx`}>What to do next</Sub>
      {close ? (
        <p>
          The two are close, so your own numbers decide it. Check the groups above against your invoices, then consider
          a split: <a href="/calculators/hybrid-planner/">plan which systems to manage</a>. If you get quotes, take{' '}
          <a href="/buyers-checklist/">the buyer’s checklist</a>.
        </p>
      ) : total < 0 ? (
        <p>
          Managed comes out cheaper. Get two or three quotes and compare them like for like:{' '}
          <a href="/articles/choosing-a-provider/">the questions to ask every provider</a>,{' '}
          <a href="/articles/managed-services-contract/">the contract terms to check</a> and{' '}
          <a href="/articles/how-to-choose/#step-4-watch-for-contract-red-flags">the red flags</a>, all on{' '}
          <a href="/buyers-checklist/">the printable buyer’s checklist</a>. Then{' '}
          <a href="/calculators/provider-quotes/">compare the quotes on the same footing</a>.
        </p>
      ) : (
        <p>
          Break/fix comes out cheaper, as long as the upkeep still gets done:{' '}
          <a href="/articles/proactive-maintenance/#the-routine-task-by-task">the maintenance checklist</a>. If a quote
          is on the table, check it against <a href="/buyers-checklist/">the buyer’s checklist</a> before you decide.
        </p>
      )}
    </section>
  );
}
