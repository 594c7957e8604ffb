/** The comparison in words: the headline, break-even in the reader's terms, and which next step fits. */
import type { ComparisonResult } from '../../model/compare';
import type { formatters } from '../lib/format';

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

/** Which next step fits the answer (src/calculators/next-steps.ts): within 10% of the dearer total counts as close. */
export function nextKey(r: ComparisonResult): 'close' | 'managed' | 'break-fix' {
  const { total } = r.difference;
  return Math.abs(total) < 0.1 * Math.max(r.options.breakFix.total, r.options.managed.total)
    ? 'close'
    : total < 0
      ? 'managed'
      : 'break-fix';
}
