/**
 * Compare provider quotes: two to four quotes, each priced its own way, turned into one cost per user per
 * month for the reader's firm (src/model/quotes.ts), with what each leaves out, what leaving early costs,
 * and every quote side by side.
 */
import { compareQuotes, QUOTE_IDS, quoteFieldId, type QuoteId } from '../../model/quotes';
import type { FieldSpec } from '../../model/inputs';
import { formatters } from '../lib/format';
import { type Calc, useCalculator, useResults, type IslandProps } from '../lib/useCalculator';
import { changed, MoreGroup, QuickPath } from '../ui/Groups';
import { NextStep } from '../ui/NextStep';
import { Shell, Stat } from '../ui/Shell';
import { listed, own, QuotesTable, quoteRows } from './ProviderQuotesTable';

/** The plain questions asked first: the firm, and how the first two quotes are priced. */
const QUICK = ['staffAffected', 'devices', 'qaPricing', 'qaPrice', 'qbPricing', 'qbPrice'];

/** "Quote A", and "(example)" while every one of its fields still holds the example's figure. */
export function quoteName(c: Calc, q: QuoteId): string {
  return `Quote ${q.toUpperCase()}${changed(c, own(c, q)) ? '' : ' (example)'}`;
}

/**
 * The input groups of one quote: price and contract (its first nine fields; the tier's limits only for a
 * tier), then what is included, the targets and out-of-hours work (the hourly rate only when billed).
 */
function QuoteGroups({ c, q, quick }: { c: Calc; q: QuoteId; quick: boolean }) {
  const L = q.toUpperCase();
  const v = (field: string) => c.values[quoteFieldId(q, field)];
  const fields = own(c, q);
  const contract = fields
    .slice(0, 9)
    .filter((_, i) => !(quick && i < 2) && (i < 2 || i > 4 || v('pricing') === 'tier'));
  const scope = fields.slice(9, v('afterHours') === 'billed' ? undefined : -1);
  return (
    <>
      <MoreGroup c={c} legend={`Quote ${L}: price, onboarding and contract`} specs={contract} />
      <MoreGroup c={c} legend={`Quote ${L}: what is included, response targets and after hours`} specs={scope} />
    </>
  );
}

/** The quote comparison island. */
export default function ProviderQuotes(props: IslandProps) {
  const c = useCalculator('provider-quotes', props);
  const r = useResults(c, compareQuotes);
  const f = formatters(c.fmt);
  const names = r.costs.map((x) => quoteName(c, x.id));
  const rows = quoteRows(c, r, f);
  const best = r.costs.filter((x) => r.cheapest.includes(x.id));
  const lead = best[0]!;
  const bestNames = listed(best.map((x) => quoteName(c, x.id)));
  const amount =
    lead.perUserMonth === null ? `${f.money(lead.perMonth)} a month` : `${f.money(lead.perUserMonth)} per user a month`;
  // The inputs beyond the quotes: when to leave and how many quotes, then what left-out services cost.
  const rest = c.specs.filter((s) => !/^q[a-d][A-Z]/.test(s.id)).slice(2, -2);
  const split = rest.findIndex((s) => s.id === 'hourlyRate');
  const group = (legend: string, specs: FieldSpec[]) => <MoreGroup c={c} legend={legend} specs={specs} />;
  return (
    <Shell
      c={c}
      headline={`${bestNames} ${best.length > 1 ? 'cost' : 'costs'} least on the same footing: ${amount}, ${f.money(lead.perYear)} a year.`}
      answer={`${bestNames}: ${amount}.`}
      csv={{
        name: 'provider-quotes.csv',
        label: 'Export as CSV',
        rows: () => [['Term or cost', ...names], ...rows.map((row) => [row.label, ...row.csv])],
      }}
    >
      <div class="answer-pair">
        {c.show('inputs') && (
          <div class="inputs" data-section="inputs">
            {/* The compact layout (an embed under WordPress's 1,000 px cap) hides hints: the first sentence stays. */}
            <p class="note">
              Example quotes, not real offers: put in the ones you received.
              <span class="hint"> Their prices are illustrative, inside published ranges.</span>
            </p>
            <QuickPath c={c} ids={QUICK} legend="Your firm and the first two quotes" />
            {group('How many quotes, and when you might leave', rest.slice(0, 2))}
            {QUOTE_IDS.slice(0, r.quotes.length).map((q, i) => (
              <QuoteGroups c={c} q={q} quick={i < 2} key={q} />
            ))}
            {group('What a left-out service costs your firm', rest.slice(2, split))}
            {group('Technician rates and outages', rest.slice(split))}
          </div>
        )}
        {c.show('summary') && (
          <section class="results" aria-labelledby={`${c.uid}-r`} data-section="summary">
            <c.H id={`${c.uid}-r`}>Results</c.H>
            <dl class="stats">
              <Stat
                label={`Least per user a month, all counted: ${bestNames}`}
                value={f.money(lead.perUserMonth ?? lead.perMonth)}
                id={`${c.uid}-headline`}
              />
              {r.costs.map((x, i) => (
                <Stat
                  key={x.id}
                  label={`${names[i]}, per user a month`}
                  value={x.perUserMonth === null ? '—' : f.money(x.perUserMonth)}
                />
              ))}
            </dl>
            <p>
              All counted: the fee for your firm, onboarding spread over the term, and the services a quote leaves out
              priced for your firm. The table below lists them and what leaving early costs.
            </p>
            <NextStep c={c} parts={props.next?.any} />
          </section>
        )}
      </div>
      {c.show('quotes') && <QuotesTable c={c} rows={rows} names={names} />}
    </Shell>
  );
}
