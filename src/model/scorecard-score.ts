/**
 * Scoring the which-model scorecard, apart from its questions (src/model/scorecard.ts): the island passes the
 * questions it received as props, so their prose travels in the page's HTML and not in its JavaScript.
 */
import type { Notice } from './inputs';
import { parseChoice } from './inputs';
import type { Recommendation, ScorecardQuestion } from './scorecard';

/** Answers keyed by question id (option ids). A missing answer is unanswered. */
export type ScorecardAnswers = Record<string, string>;

/** One answer that drove the recommendation. */
export interface ScorecardReason {
  questionId: string;
  /** The option's reason text. */
  text: string;
  /** Which way it pulls ('neither' only for the note given when no answer leans either way). */
  toward: 'break-fix' | 'managed' | 'neither';
  /** weight × |score|: how hard it pulls. */
  strength: number;
}

/** Result of the scorecard. */
export interface ScorecardResult {
  /** Null until every question is answered. */
  recommendation: Recommendation | null;
  /** Questions still to answer before there is a recommendation. */
  remaining: number;
  /** −1 (all answers strongly break/fix) to +1 (all strongly managed). */
  score: number;
  /** The answers behind the recommendation, strongest first (up to 3; for hybrid, the strongest on each side). */
  reasons: ScorecardReason[];
  /** The answers used, after validation. */
  answers: ScorecardAnswers;
}

/** Scores at or beyond ±this make a clear recommendation; between them, hybrid. */
export const SCORECARD_THRESHOLD = 0.25;

/** Validate answers to `questions` against their whitelists (unknown values count as unanswered, with notices). */
export function parseAnswersWith(
  questions: readonly ScorecardQuestion[],
  raw: object | null | undefined,
): {
  answers: ScorecardAnswers;
  notices: Notice[];
} {
  const answers: ScorecardAnswers = {};
  const notices: Notice[] = [];
  for (const question of questions) {
    const has = raw != null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, question.id);
    const p = has ? parseChoice(question, (raw as Record<string, unknown>)[question.id]) : { value: question.default };
    answers[question.id] = p.value;
    if (p.issue) notices.push({ id: question.id, key: question.key, ...p.issue });
  }
  return { answers, notices };
}

/** Score the answers to `questions` and recommend break/fix, managed or hybrid, with the reasons. */
export function scoreWith(questions: readonly ScorecardQuestion[], raw: object | null | undefined): ScorecardResult {
  const { answers } = parseAnswersWith(questions, raw);
  let total = 0;
  let max = 0;
  const pulls: ScorecardReason[] = [];
  let remaining = 0;
  for (const question of questions) {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (!option) {
      remaining++;
      continue;
    }
    total += question.weight * option.score;
    max += question.weight * 2;
    if (option.score !== 0) {
      pulls.push({
        questionId: question.id,
        text: option.reason,
        toward: option.score > 0 ? 'managed' : 'break-fix',
        strength: question.weight * Math.abs(option.score),
      });
    }
  }
  const score = max > 0 ? total / max : 0;
  const lean: Recommendation =
    score >= SCORECARD_THRESHOLD ? 'managed' : score <= -SCORECARD_THRESHOLD ? 'break-fix' : 'hybrid';
  const recommendation = remaining ? null : lean;
  pulls.sort((a, b) => b.strength - a.strength);
  let reasons: ScorecardReason[];
  if (recommendation === null) {
    reasons = [];
  } else if (recommendation === 'hybrid') {
    const m = pulls.find((p) => p.toward === 'managed');
    const b = pulls.find((p) => p.toward === 'break-fix');
    reasons = [m, b].filter((r): r is ScorecardReason => r !== undefined);
    if (reasons.length === 0) {
      reasons = [
        {
          questionId: '',
          text: 'None of your answers leans either way, so a mix of the two is the safe starting point.',
          toward: 'neither',
          strength: 0,
        },
      ];
    }
  } else {
    reasons = pulls.filter((p) => p.toward === recommendation).slice(0, 3);
  }
  return { recommendation, remaining, score, reasons, answers };
}
