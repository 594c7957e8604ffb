/**
 * Which-model scorecard: six plain-language questions, each answer nudging toward break/fix (negative)
 * or managed (positive), weighted by how much the question matters. The weights and scores are the
 * site's own judgment, not research; the result always comes with the answers that drove it.
 */
import type { ChoiceOption, ChoiceSpec, Notice } from './inputs';
import { parseAnswersWith, type ScorecardAnswers, type ScorecardResult, scoreWith } from './scorecard-score';

/** One answer: its score from −2 (strongly break/fix) to +2 (strongly managed) and why. */
export interface ScorecardOption extends ChoiceOption {
  score: -2 | -1 | 0 | 1 | 2;
  /** Plain-language reason shown when this answer drives the recommendation. */
  reason: string;
}

/** One question; a choice spec whose options carry scores. */
export interface ScorecardQuestion extends ChoiceSpec<string, string> {
  /** The question as asked. */
  prompt: string;
  /** How much the question counts (1–3). */
  weight: number;
  options: readonly ScorecardOption[];
}

/** A recommendation. */
export type Recommendation = 'break-fix' | 'managed' | 'hybrid';

const JUDGMENT = 'Weights and scores are the site’s own judgment, not research.';

/** The answer of a question nobody has answered yet: no option is preselected. */
export const UNANSWERED = '';

function q(
  id: string,
  key: string,
  label: string,
  prompt: string,
  weight: number,
  options: ScorecardOption[],
): ScorecardQuestion {
  return { id, key, label, prompt, weight, unit: 'choice', default: UNANSWERED, options, assumption: JUDGMENT };
}

/** The questions, in the order asked. */
export const SCORECARD_QUESTIONS: readonly ScorecardQuestion[] = [
  q('size', 'sz', 'Size', 'How many people use a computer for their work?', 2, [
    {
      id: 'solo',
      label: '1 to 5',
      score: -2,
      reason: 'With only a few people, a per-user monthly fee usually costs more than the occasional call-out.',
    },
    {
      id: 'small',
      label: '6 to 20',
      score: 0,
      reason: 'At 6 to 20 people, either model can be the cheaper one; the other answers decide.',
    },
    {
      id: 'mid',
      label: '21 to 75',
      score: 1,
      reason: 'With 21 to 75 people, problems come often enough that a fixed fee starts to pay its way.',
    },
    {
      id: 'large',
      label: 'More than 75',
      score: 2,
      reason: 'With more than 75 people, someone needs to look after IT every day.',
    },
  ]),
  q('reliance', 'rl', 'Reliance on IT', 'When computers or the internet stop, how much of your work stops?', 3, [
    {
      id: 'little',
      label: 'Little: we can carry on by hand',
      score: -2,
      reason: 'Your work carries on without IT, so outages cost you little.',
    },
    { id: 'some', label: 'Some of it', score: 0, reason: 'Part of your work stops when IT fails.' },
    {
      id: 'most',
      label: 'Most or all of it',
      score: 2,
      reason: 'Most of your work stops when IT fails, so preventing outages is worth paying for.',
    },
  ]),
  q('tolerance', 'to', 'Tolerance of outages', 'How long could you manage without your main system?', 3, [
    {
      id: 'days',
      label: 'A day or more',
      score: -2,
      reason: 'You can wait a day or more for a fix, which break/fix usually manages.',
    },
    {
      id: 'hours',
      label: 'A few hours',
      score: 0,
      reason: 'You can cope for a few hours, which some break/fix providers can meet and some cannot.',
    },
    {
      id: 'minutes',
      label: 'Minutes at most',
      score: 2,
      reason:
        'You need problems fixed within minutes, which takes someone watching your systems and a contract that sets fix times, not only response times.',
    },
  ]),
  q('predictability', 'bp', 'Budget predictability', 'How much does a predictable monthly IT bill matter?', 2, [
    {
      id: 'not',
      label: 'Not much: we can absorb a surprise bill',
      score: -1,
      reason: 'A surprise repair bill would not hurt you.',
    },
    { id: 'somewhat', label: 'Somewhat', score: 0, reason: 'A steady bill would be nice but is not essential.' },
    {
      id: 'very',
      label: 'A lot: we budget to the month',
      score: 2,
      reason: 'You need a steady monthly bill, which only a fixed fee gives.',
    },
  ]),
  q('skills', 'sk', 'In-house skills', 'Does anyone on your staff look after IT?', 2, [
    {
      id: 'team',
      label: 'Yes, we have IT staff',
      score: -1,
      reason: 'Your own IT staff can do the routine upkeep; a co-managed plan or break/fix calls can cover the rest.',
    },
    {
      id: 'someone',
      label: 'Someone does it on the side',
      score: 0,
      reason: 'Someone handles IT on the side, which covers small jobs only.',
    },
    {
      id: 'none',
      label: 'No one',
      score: 2,
      reason: 'No one on staff looks after IT, so nobody does the upkeep that prevents failures.',
    },
  ]),
  q('growth', 'gr', 'Growth', 'Over the next two years, how much will your people or systems change?', 1, [
    {
      id: 'stable',
      label: 'Little change',
      score: -1,
      reason: 'Your systems will stay much the same, so there is little new to manage.',
    },
    { id: 'some', label: 'Some change', score: 0, reason: 'Some change is coming.' },
    {
      id: 'fast',
      label: 'Fast growth or a big move',
      score: 1,
      reason: 'Fast growth brings new people and systems, which a provider can plan for with you.',
    },
  ]),
];

export type { ScorecardAnswers, ScorecardReason, ScorecardResult } from './scorecard-score';
export { SCORECARD_THRESHOLD } from './scorecard-score';

/** Validate answers against the whitelists (unknown values count as unanswered, with notices). */
export function parseScorecardAnswers(raw: object | null | undefined): {
  answers: ScorecardAnswers;
  notices: Notice[];
} {
  return parseAnswersWith(SCORECARD_QUESTIONS, raw);
}

/** Score the answers and recommend break/fix, managed or hybrid, with the reasons. */
export function scoreAnswers(raw: object | null | undefined): ScorecardResult {
  return scoreWith(SCORECARD_QUESTIONS, raw);
}
