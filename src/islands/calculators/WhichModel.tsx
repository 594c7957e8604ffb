/** Which model fits: six plain questions → break/fix, managed or hybrid, with the answers that drove it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScorecardQuestion } from '../../model/scorecard';
import { formatNumber } from '../../model/format';
import { SCORECARD_THRESHOLD, scoreWith } from '../../model/scorecard-score';
import { type Calc, useCalculator, type IslandProps } from '../lib/useCalculator';
import { fieldId } from '../ui/Field';
import { NextStep } from '../ui/NextStep';
import { Shell } from '../ui/Shell';

const NAMES = { 'break-fix': 'Break/fix', managed: 'Managed services', hybrid: 'A hybrid of the two' } as const;
const LEAN = { 'break-fix': 'toward break/fix', managed: 'toward managed', neither: '' } as const;

/** The questions, from the island's props (the specs that ask something): their prose is in the page, not in this code. */
const questionsOf = (c: Calc) => c.specs.filter((s): s is ScorecardQuestion => 'prompt' in s);

/** The scorecard island. */
export default function WhichModel(props: IslandProps) {
  const c = useCalculator('which-model', props);
  const questions = questionsOf(c);
  const r = scoreWith(questions, c.values);
  const waiting = r.recommendation === null;
  // Scores in the reader's number format (0,69 in German), as every other figure: from the address, profile or embed.
  const score = (x: number) => formatNumber(x, c.fmt);
  const left =
    r.remaining === questions.length
      ? 'the six questions'
      : `${r.remaining} more question${r.remaining === 1 ? '' : 's'}`;
  const name = waiting ? `Answer ${left} to see a suggestion` : NAMES[r.recommendation!];
  const Sub = c.H === 'h2' ? 'h3' : 'h4';
  const steps = useSteps(c);
  return (
    <Shell
      c={c}
      money={false}
      numbers={false}
      headline={waiting ? `${name}.` : `Recommendation: ${name}. ${r.reasons.map((x) => x.text).join(' ')}`}
      answer={name}
      csv={{
        name: 'which-model.csv',
        label: 'Export as CSV',
        rows: () => [
          ['Suggestion', name],
          ['Questions still to answer', r.remaining],
          ...(waiting ? [] : [['Score (−1 break/fix to +1 managed)', Math.round(r.score * 100) / 100]]),
          ...r.reasons.map((x) => ['Why', x.text]),
        ],
      }}
    >
      <div class="answer-pair">
        {c.show('questions') && (
          <div class="inputs" data-section="questions">
            {questions.map((q, i) => (
              <fieldset
                class={`group radios${steps && i === steps.at ? ' step-current' : ''}`}
                key={q.id}
                id={fieldId(c, q.id)}
              >
                <legend>
                  {steps && (
                    <span class="step-of">
                      Question {i + 1} of {questions.length}
                    </span>
                  )}
                  {q.prompt}
                </legend>
                {q.options.map((o) => (
                  <label key={o.id}>
                    <input
                      type="radio"
                      name={q.key}
                      value={o.id}
                      checked={c.values[q.id] === o.id}
                      onChange={() => c.set(q.id, o.id)}
                    />{' '}
                    {o.label}
                  </label>
                ))}
              </fieldset>
            ))}
            {steps && (
              <div class="steps">
                <button type="button" class="button secondary" disabled={steps.at === 0} onClick={() => steps.go(-1)}>
                  Back
                </button>
                <button
                  type="button"
                  class="button"
                  disabled={steps.at === questions.length - 1}
                  onClick={() => steps.go(1)}
                >
                  Next
                </button>
              </div>
            )}
          </div>
        )}
        {c.show('result') && (
          <section class="results" aria-labelledby={`${c.uid}-r`} data-section="result">
            <c.H id={`${c.uid}-r`}>Our suggestion</c.H>
            <p class="verdict" id={`${c.uid}-headline`}>
              {name}
            </p>
            {waiting ? (
              <p>Each answer moves the suggestion toward break/fix or managed; nothing is chosen for you.</p>
            ) : (
              <>
                <p>
                  Score {score(r.score)} on a scale from −1 (all answers point to break/fix) to +1 (all point to
                  managed); hybrid between −{score(SCORECARD_THRESHOLD)} and +{score(SCORECARD_THRESHOLD)}.
                </p>
                <Sub>Why</Sub>
                <ul>
                  {r.reasons.map((x, i) => (
                    <li key={i}>
                      {x.text} {LEAN[x.toward] && <span class="meta">({LEAN[x.toward]})</span>}
                    </li>
                  ))}
                </ul>
                <NextStep c={c} parts={props.next?.[r.recommendation!]} />
              </>
            )}
          </section>
        )}
      </div>
    </Shell>
  );
}

/**
 * The compact layout's questions one at a time (an embed's, so WordPress's 1,000 px cap shows it whole): which
 * question is shown, and Back / Next. Only embeds render the stepper; src/styles/embed.css shows it, and hides
 * the other questions, in the compact layout only, from first paint (the server renders the first question as
 * the current one). Null on other placements.
 */
function useSteps(c: Calc): { at: number; go(by: -1 | 1): void } | null {
  const questions = questionsOf(c);
  const [at, setAt] = useState(0);
  const moved = useRef(false);
  // A link's answers start the reader at the first question still open.
  useEffect(() => {
    if (!c.compact) return;
    const open = questions.findIndex((q) => !q.options.some((o) => o.id === c.values[q.id]));
    if (open > 0) setAt(open);
  }, [c.compact]);
  // After Back or Next, focus goes to the question now shown (its answer, else its first option), so a keyboard
  // or screen reader user hears the new question and can answer it with the arrow keys at once.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const group = document.getElementById(fieldId(c, questions[at]!.id));
    (group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector('input'))?.focus();
  }, [at]);
  if (c.variant !== 'embed') return null;
  return {
    at,
    go(by) {
      moved.current = true;
      setAt((n) => Math.min(questions.length - 1, Math.max(0, n + by)));
    },
  };
}
