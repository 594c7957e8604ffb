/**
 * Answer first: the few plain questions that move a calculator's answer most come first, open; every
 * other input sits in a named group, collapsed, whose summary line shows its current values and says
 * when any of them differs from the default. A reader who answers nothing still gets the default answer.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FieldSpec } from '../../model/inputs';
import type { Calc } from '../lib/useCalculator';
import { pick } from '../lib/format';
import { Field } from './Field';
import { shortValue } from '../lib/report-value';

/** The label up to its first parenthesis or comma: enough to name the value in a summary. */
const shortLabel = (label: string) => label.split(/\s[(,]|,/)[0]!;

/** True when any of these fields holds something other than its default. */
export function changed(c: Calc, specs: readonly FieldSpec[]): boolean {
  return specs.some((s) => c.values[s.id] !== s.default);
}

/** The quick path: the plain questions, always open. */
export function QuickPath({
  c,
  ids,
  legend = 'Your business in a few questions',
}: {
  c: Calc;
  ids: readonly string[];
  legend?: string;
}) {
  return (
    <fieldset class="group quick">
      <legend>{legend}</legend>
      {pick(c.specs, ids).map((s) => (
        <Field c={c} spec={s} key={s.id} />
      ))}
    </fieldset>
  );
}

/**
 * A collapsed group of further inputs; its summary names the first values and marks a changed group.
 * Its fields are rendered only once it opens (or holds an error, or the page is printed), so a page or
 * an embed carries the markup of the questions a reader actually opens.
 */
export function MoreGroup({
  c,
  legend,
  specs,
  children,
}: {
  c: Calc;
  legend: string;
  specs: readonly FieldSpec[];
  children?: ComponentChildren;
}) {
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const all = () => setOpened(true);
    addEventListener('beforeprint', all);
    return () => removeEventListener('beforeprint', all);
  }, []);
  const shown = specs.slice(0, 3).map((s) => `${shortLabel(s.label)}: ${shortValue(c, s)}`);
  const rest = specs.length - shown.length;
  const edited = changed(c, specs);
  // A group holding a field in error opens, so the error summary's link can reach the field.
  const invalid = specs.some((s) => c.errors[s.id]) || undefined;
  const live = opened || invalid;
  return (
    <details
      class={edited ? 'group more edited' : 'group more'}
      open={invalid}
      onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}
    >
      <summary>
        <span class="legend">{legend}</span>
        {edited && <span class="badge">changed</span>}
        <span class="summary-line">
          {shown.join(' · ')}
          {rest > 0 && ` · and ${rest} more`}
        </span>
      </summary>
      {live && (
        <div role="group" aria-label={legend}>
          {children ?? specs.map((s) => <Field c={c} spec={s} key={s.id} />)}
        </div>
      )}
    </details>
  );
}
