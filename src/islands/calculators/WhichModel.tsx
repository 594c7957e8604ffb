/** Which model fits: six plain questions → break/fix, managed or hybrid, with the answers that drove it. */
import { SCORECARD_QUESTIONS, scoreAnswers } from '../../model/scorecard';
import { useCalculator, type IslandProps } from '../lib/useCalculator';
import { fieldId } from '../ui/Field';
import { Shell } from '../ui/Shell';

const NAMES = { 'break-fix': 'Break/fix', managed: 'Managed services', hybrid: 'A hybrid of the two' } as const;
const LEAN = { 'break-fix': 'toward break/fix', managed: 'toward managed', neither: '' } as const;

/** The scorecard island. */
export default function WhichModel(props: IslandProps) {
  const c = useCalculator('which-model', props);
  const r = scoreAnswers(c.values);
  const waiting = r.recommendation === null;
  const left =
    r.remaining === SCORECARD_QUESTIONS.length
      ? 'the six questions'
      : `${r.remaining} more question${r.remaining === 1 ? '' : 's'}`;
  const name = waiting ? `Answer ${left} to see a suggestion` : NAMES[r.recommendation!];
  const Sub = c.H === 'h2' ? 'h3' : 'h4';
  return (
    <Shell
      c={c}
      money={false}
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
          <div class="inputs">
            {SCORECARD_QUESTIONS.map((q) => (
              <fieldset class="group radios" key={q.id} id={fieldId(c, q.id)}>
                <legend>{q.prompt}</legend>
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
          </div>
        )}
        {c.show('result') && (
          <section class="results" aria-labelledby={`${c.uid}-r`}>
            <c.H id={`${c.uid}-r`}>Our suggestion</c.H>
            <p class="verdict" id={`${c.uid}-headline`}>
              {name}
            </p>
            {waiting ? (
              <p>Each answer moves the suggestion toward break/fix or managed; nothing is chosen for you.</p>
            ) : (
              <>
                <p>
                  Score {r.score.toFixed(2)} on a scale from −1 (all answers point to break/fix) to +1 (all point to
                  managed); hybrid between −0.25 and +0.25.
                </p>
                <Sub>Why</Sub>
                <ul>
                  {r.reasons.map((x, i) => (
                    <li key={i}>
                      {x.text} {LEAN[x.toward] && <span class="meta">({LEAN[x.toward]})</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </div>
    </Shell>
  );
}
