import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SCORECARD_QUESTIONS,
  SCORECARD_THRESHOLD,
  UNANSWERED,
  decodeInputs,
  parseScorecardAnswers,
  scoreAnswers,
} from './index';

/** The middle answer of every question: each scores 0. */
const MIDDLE = {
  size: 'small',
  reliance: 'some',
  tolerance: 'hours',
  predictability: 'somewhat',
  skills: 'someone',
  growth: 'some',
};

describe('scorecard', () => {
  it('every question has plain-language options with reasons, and a valid default', () => {
    for (const q of SCORECARD_QUESTIONS) {
      expect(q.prompt.endsWith('?')).toBe(true);
      expect(q.default).toBe(UNANSWERED); // nothing is preselected
      expect(q.options.map((o) => o.id)).not.toContain(q.default);
      for (const o of q.options) expect(o.reason.length).toBeGreaterThan(10);
      expect(q.assumption).toMatch(/judgment/);
    }
  });

  it('no verdict until every question is answered; it says how many remain', () => {
    expect(scoreAnswers({})).toMatchObject({ recommendation: null, remaining: 6, reasons: [] });
    expect(scoreAnswers({ size: 'large', reliance: 'most' })).toMatchObject({ recommendation: null, remaining: 4 });
  });

  it('all middle answers are neutral → hybrid, with a note that nothing leans', () => {
    const r = scoreAnswers(MIDDLE);
    expect(r.score).toBe(0);
    expect(r.recommendation).toBe('hybrid');
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]?.toward).toBe('neither');
  });

  it('hand-worked: a large firm that stops without IT → managed', () => {
    // weights: size 2, reliance 3, tolerance 3, predictability 2, skills 2, growth 1 → max Σ w × 2 = 26
    // size large (+2 × 2 = 4) + reliance most (+2 × 3 = 6) = 10 → 10 ÷ 26 = 0.385 ≥ 0.25
    const r = scoreAnswers({ ...MIDDLE, size: 'large', reliance: 'most' });
    expect(r.score).toBeCloseTo(10 / 26, 12);
    expect(r.recommendation).toBe('managed');
    expect(r.reasons.map((x) => x.questionId)).toEqual(['reliance', 'size']);
  });

  it('hand-worked: a sole trader who can wait days → break/fix', () => {
    // solo −4, little −6, days −6, not −2, team −2, stable −1 = −21 → −21 ÷ 26 = −0.81
    const r = scoreAnswers({
      size: 'solo',
      reliance: 'little',
      tolerance: 'days',
      predictability: 'not',
      skills: 'team',
      growth: 'stable',
    });
    expect(r.score).toBeCloseTo(-21 / 26, 12);
    expect(r.recommendation).toBe('break-fix');
    expect(r.reasons).toHaveLength(3);
    expect(r.reasons.every((x) => x.toward === 'break-fix')).toBe(true);
    expect(r.reasons[0]?.strength).toBe(6);
  });

  it('hand-worked: mixed answers → hybrid, with the strongest reason on each side', () => {
    // tolerance minutes +6, reliance little −6, skills team −2 → −2 ÷ 26 = −0.077
    const r = scoreAnswers({ ...MIDDLE, tolerance: 'minutes', reliance: 'little', skills: 'team' });
    expect(r.recommendation).toBe('hybrid');
    expect(r.reasons.map((x) => x.toward).sort()).toEqual(['break-fix', 'managed']);
  });

  it('unknown answers count as unanswered, with notices', () => {
    const { answers, notices } = parseScorecardAnswers({ size: 'huge', reliance: '<b>most</b>', growth: 'fast' });
    expect(answers).toMatchObject({ size: UNANSWERED, reliance: UNANSWERED, growth: 'fast' });
    expect(notices).toHaveLength(2);
  });

  it('answers decode from a URL with the question keys', () => {
    const { values } = decodeInputs(SCORECARD_QUESTIONS, 'sz=large&rl=most&to=bogus');
    expect(values).toMatchObject({ size: 'large', reliance: 'most', tolerance: UNANSWERED });
  });

  it('property: every combination gives a verdict consistent with the score and its reasons (2,000 cases)', () => {
    const answers = fc.record(
      Object.fromEntries(SCORECARD_QUESTIONS.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])),
    );
    fc.assert(
      fc.property(answers, (a) => {
        const r = scoreAnswers(a);
        const expected =
          r.score >= SCORECARD_THRESHOLD ? 'managed' : r.score <= -SCORECARD_THRESHOLD ? 'break-fix' : 'hybrid';
        const reasonsAgree = r.recommendation === 'hybrid' || r.reasons.every((x) => x.toward === r.recommendation);
        return r.recommendation === expected && r.reasons.length > 0 && reasonsAgree && Math.abs(r.score) <= 1;
      }),
      { numRuns: 2_000 },
    );
  });
});
