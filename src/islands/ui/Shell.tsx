/**
 * The frame every calculator shares: URL notices, the GOV.UK-style error summary, currency and locale,
 * the share bar, the print header, and the debounced live announcement of the headline result.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ChoiceSpec } from '../../model/inputs';
import type { Calc } from '../lib/useCalculator';
import { ChoiceField, Field, fieldId } from './Field';
import { reportValue } from '../lib/report-value';

const ANNOUNCE_AFTER_MS = 700;

/** Props of the shell. */
export interface ShellProps {
  c: Calc;
  /** Plain sentence announced to screen readers when typing pauses. */
  headline: string;
  /** CSV export: file name, button label and the calculator's result rows (the inputs and link follow them). */
  csv?: { name: string; label: string; rows(): (string | number)[][] };
  /** Offer the currency selector (calculators without money show only the number format). */
  money?: boolean;
  /**
   * Offer the number format (a calculator where the reader types no number, the scorecard, shows no settings; a
   * format from the address, the profile or an embed still applies to what it shows).
   */
  numbers?: boolean;
  /** Problems found outside the spec fields (the hybrid planner's table), by element id. */
  more?: [string, string][];
  /**
   * The answer in a few words, kept in view while the reader edits: a bar stuck to the bottom of the
   * screen on narrow screens, linking to the full results (wide screens keep the results beside the inputs).
   */
  answer?: string;
  children: ComponentChildren;
}

/**
 * A field focused behind the answer bar (narrow screens) or cut by the bottom of the screen scrolls up
 * to where the reader can see it whole.
 */
function keepAboveBar(e: FocusEvent) {
  const bar = (e.currentTarget as HTMLElement).querySelector<HTMLElement>('[data-answer]');
  const el = e.target as HTMLElement;
  if (bar?.contains(el)) return;
  const limit = bar?.offsetParent ? bar.getBoundingClientRect().top - 8 : innerHeight;
  if (el.getBoundingClientRect().bottom > limit) el.scrollIntoView({ block: 'center' });
}

/** Wrapper with notices, error summary, settings and share bar around a calculator's sections. */
export function Shell({ c, headline, csv, money = true, numbers = true, more = [], answer, children }: ShellProps) {
  const [said, setSaid] = useState('');
  const [status, setStatus] = useState('');
  const [printed, setPrinted] = useState('');
  // Storage may be missing, blocked or throw (private modes, policies): then nothing is remembered; the note says so.
  const [remembers, setRemembers] = useState(true);
  useEffect(() => setRemembers(storageWorks()), []);
  const errs = [...Object.entries(c.errors).map(([id, m]): [string, string] => [fieldId(c, id), m]), ...more];
  const problems = errs.length
    ? `There ${errs.length === 1 ? 'is a problem with 1 field' : `are problems with ${errs.length} fields`}. `
    : '';
  const line = problems + headline;
  useEffect(() => {
    const t = setTimeout(() => setSaid(line), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(t);
  }, [line]);
  // A layout effect, so the date is in the DOM before the browser lays out a printed page (printing a page
  // whose island is not live yet fills it in from src/islands/hydration/print/report-head.ts).
  useLayoutEffect(() => setPrinted(new Date().toLocaleDateString(c.fmt.locale, { dateStyle: 'long' })), [c.fmt.locale]);

  const copy = async () => {
    const url = c.link();
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      setStatus(`Copy this link: ${url}`);
    }
  };
  // An article's card: a few inputs, the answer, and the full calculator a link away with these numbers.
  if (c.variant === 'card') {
    return (
      <div class="calc calc-card" data-calculator={c.slug}>
        {c.card.length > 0 && (
          <form class="calc-body" onSubmit={(e) => e.preventDefault()}>
            {c.card.map((id) => (
              <Field c={c} spec={c.spec(id)} key={id} />
            ))}
          </form>
        )}
        <p class="card-answer">{errs.length ? 'Fix the field above to see the answer.' : (answer ?? headline)}</p>
        <p class="visually-hidden" aria-live="polite">
          {said}
        </p>
        <a class="button" href={c.link() || `/calculators/${c.slug}/`}>
          Open the full calculator with these numbers
        </a>
      </div>
    );
  }
  return (
    <div class={`calc calc-${c.variant}${c.compact ? ' compact' : ''}`} data-calculator={c.slug}>
      <div class="print-only report-head">
        <p>
          Report printed <span data-print-date={c.fmt.locale ?? ''}>{printed}</span>. To see it again with these
          numbers, open:{' '}
          <span class="url" data-print-link={c.variant === 'inline' ? `/calculators/${c.slug}/` : ''}>
            {c.link()}
          </span>
        </p>
      </div>
      {/* Every input as its summary shows it ($2,000,000, not 2000000), for the printed report; built once the
          island is live (the date above is set then), so the server's HTML carries none of it. */}
      {printed && (
        <div class="print-only print-inputs">
          <p>
            <strong>Inputs</strong>
          </p>
          <dl>
            {c.specs.map((s) => (
              <div key={s.id}>
                <dt>{s.label}</dt>
                <dd>{reportValue(c, s)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {c.notices.length > 0 && (
        <div class="notice" role="status">
          <c.H>Some values in the link were changed</c.H>
          <ul>
            {c.notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {errs.length > 0 && (
        <div class="error-summary" aria-labelledby={`${c.uid}-es`}>
          <c.H id={`${c.uid}-es`}>There is a problem</c.H>
          <ul>
            {errs.map(([id, msg]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    const el = document.getElementById(id);
                    el?.closest('details')?.setAttribute('open', '');
                    el?.focus();
                  }}
                >
                  {msg}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {numbers && (
        <div class="settings no-print">
          {money && <ChoiceField c={c} spec={c.spec('currency') as ChoiceSpec} />}
          <ChoiceField c={c} spec={c.spec('locale') as ChoiceSpec} />
        </div>
      )}
      <form
        class={answer ? 'calc-body answer-first' : 'calc-body'}
        onSubmit={(e) => e.preventDefault()}
        onFocusIn={answer ? keepAboveBar : undefined}
      >
        {children}
        {answer && (
          <p class="answer-bar no-print" data-answer>
            <span>{errs.length ? 'Fix the fields marked above to see your answer.' : answer}</span>{' '}
            <a href={`#${c.uid}-r`}>Full results</a>
          </p>
        )}
      </form>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
      <div class="share no-print">
        <button type="button" class="button secondary" onClick={copy}>
          Copy link
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={c.reset}
          title="Also forgets the numbers this browser remembers"
        >
          Reset to defaults
        </button>
        {c.fromLink && c.variant !== 'embed' && (
          <button type="button" class="button secondary" onClick={c.keepLink}>
            Use these as my numbers
          </button>
        )}
        {/* data-needs: hidden in a sandboxed embed, which may forbid modals and downloads (src/styles/embed.css). */}
        <button type="button" class="button secondary" data-needs="modals" onClick={() => print()}>
          Print or save as PDF
        </button>
        {csv && (
          <button
            type="button"
            class="button secondary"
            data-needs="downloads"
            // The CSV code loads on the first export: most readers never export, and embeds count every byte.
            onClick={() =>
              import('../later/csv').then(
                ({ download, calculatorCsv }) => download(csv.name, calculatorCsv(c, csv.rows())),
                () => setStatus('The export could not load. Check the connection and try again.'),
              )
            }
          >
            {csv.label}
          </button>
        )}
        <p role="status" class="status">
          {status}
        </p>
        {c.variant !== 'embed' && (
          <p class="meta">
            {c.fromLink
              ? 'These numbers come from the link. Your own remembered numbers are unchanged.'
              : remembers
                ? 'The staff, revenue, hours and currency you enter are remembered in this browser only. Reset forgets them.'
                : 'This browser does not let the site remember your numbers: they stay in this page and its address (bookmark or share the link to keep them).'}
          </p>
        )}
      </div>
    </div>
  );
}

/** Whether this browser lets the page keep anything in localStorage. */
function storageWorks(): boolean {
  try {
    localStorage.setItem('itse:probe', '1');
    localStorage.removeItem('itse:probe');
    return true;
  } catch {
    return false;
  }
}

/** A result figure: its label and value in a definition list row. */
export function Stat({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <div class="stat">
      <dt>{label}</dt>
      <dd id={id}>{value}</dd>
    </div>
  );
}
