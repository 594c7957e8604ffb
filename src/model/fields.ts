/**
 * What a calculator field is (its spec: identity, unit, range, default, provenance) and what parsing
 * a value for it can report. Types only; ./inputs.ts does the parsing.
 */
import type { FormatOptions } from './format';

/** Units a numeric input can carry. Percent inputs hold percentage points (37 means 37%). */
export type Unit =
  | 'currency'
  | 'currencyPerHour'
  | 'currencyPerMonth'
  | 'percent'
  | 'hours'
  | 'minutes'
  | 'count'
  | 'months'
  | 'multiplier'
  | 'perYear';

/** Fields shared by numeric and choice specs: identity, label and provenance. */
interface SpecBase<Id extends string> {
  /** Property name in the calculator's input object. */
  id: Id;
  /** Short, stable URL key (1–4 chars), unique within one calculator. */
  key: string;
  /** Plain-language label for forms and messages. */
  label: string;
  /** Id in content/sources.json backing the default. */
  source?: string;
  /** What the source says, in our words, and how the default follows from it. */
  sourceNote?: string;
  /** Rationale for the default when no source supports it. */
  assumption?: string;
  /** One-sentence help text for the field. */
  help?: string;
  /** Id of another field whose value this one takes until the reader sets it (e.g. users follow staff). */
  follows?: string;
}

/** A numeric input: bounds, step and default. Every spec has `source` or `assumption`. */
export interface InputSpec<Id extends string = string> extends SpecBase<Id> {
  unit: Unit;
  min: number;
  max: number;
  /** Smallest meaningful increment; its decimals are the most a value may carry. */
  step: number;
  default: number;
}

/** One allowed value of a choice input. */
export interface ChoiceOption<V extends string = string> {
  id: V;
  label: string;
}

/** A non-numeric input whose value must be one of a whitelist. */
export interface ChoiceSpec<Id extends string = string, V extends string = string> extends SpecBase<Id> {
  unit: 'choice';
  options: readonly ChoiceOption<V>[];
  default: V;
}

/** Any field of a calculator. Discriminate on `unit === 'choice'`. */
export type FieldSpec<Id extends string = string> = InputSpec<Id> | ChoiceSpec<Id>;

/** Why a raw value was not taken as-is, or (`read-as`, `duplicate-key`) how it was read. */
export type ParseIssueCode =
  | 'empty'
  | 'not-a-number'
  | 'not-finite'
  | 'negative'
  | 'below-min'
  | 'above-max'
  | 'too-many-decimals'
  | 'junk'
  | 'not-allowed'
  | 'read-as'
  | 'duplicate-key';

/** What parse did with a value, in plain English naming the field and its allowed range. */
export interface ParseIssue {
  code: ParseIssueCode;
  message: string;
}

/** Result of parsing one value: always a usable value, plus an issue when it was changed or read a particular way. */
export interface Parsed<T> {
  value: T;
  issue?: ParseIssue;
}

/**
 * The page's number format for reading and for messages, as for formatting. `from: 'link'` marks text a
 * link or attribute carried: a plain point decimal ("2.5", what `encodeInputs` writes) is then read
 * without a notice in any format, since links are written the same way for every reader.
 */
export interface ParseOptions extends FormatOptions {
  from?: 'form' | 'link';
}
