/**
 * One input of a calculator: label with unit, allowed range, where the default comes from (a source
 * link or "assumption — change it" with its rationale), and an inline error tied to the field.
 */
import { formatNumber } from '../../model/format';
import type { ChoiceSpec, FieldSpec, InputSpec, Unit } from '../../model/inputs';
import { FROZEN, useFrozen, type HydrationContext } from '../hydration/frozen';
import type { Calc } from '../lib/useCalculator';

/** Unit shown beside a label, in words (money units name the chosen currency). */
export function unitText(unit: Unit, currency: string): string {
  const u: Record<Unit, string> = {
    currency,
    currencyPerHour: `${currency} per hour`,
    currencyPerMonth: `${currency} per month`,
    percent: '%',
    hours: 'hours',
    minutes: 'minutes',
    count: 'number',
    months: 'months',
    multiplier: '×',
    perYear: 'per year',
  };
  return u[unit];
}

/** Element id of a field's input, for labels and error-summary links. */
export const fieldId = (c: Calc, id: string) => `${c.uid}-${id}`;

/**
 * Where a default comes from: its source, or "assumption — change it" with the reason. In an embed the
 * links open the site in a new tab (the frame stays on the calculator), and the reason is a link to
 * the calculator page's table of defaults rather than text carried in the frame.
 */
function Provenance({ c, spec }: { c: Calc; spec: FieldSpec }) {
  if (c.variant === 'embed') {
    const away = { target: '_blank', rel: 'noopener' };
    return spec.source ? (
      <a href={`/sources/#${spec.source}`} {...away}>
        source<span class="visually-hidden"> (opens in a new tab)</span>
      </a>
    ) : (
      <>
        assumption — change it (
        <a href={`/calculators/${c.slug}/#defaults`} {...away}>
          why<span class="visually-hidden">: the reason for this default, in a new tab</span>
        </a>
        )
      </>
    );
  }
  return spec.source ? (
    <a href={`/sources/#${spec.source}`}>source</a>
  ) : (
    <details class="assumption">
      <summary>assumption — change it</summary>
      {spec.assumption}
    </details>
  );
}

/** A numeric input (text box with decimal keyboard; the model parses what is typed). */
export function NumberField({ c, spec }: { c: Calc; spec: InputSpec }, context?: HydrationContext) {
  const id = fieldId(c, spec.id);
  const err = c.errors[spec.id];
  const note = c.notes[spec.id];
  const n = (v: number) => formatNumber(v, { ...c.fmt, digits: 6 });
  const frozen = useFrozen(`${c.fmt.locale}|${c.fmt.currency}`, context);
  return (
    <div class={err ? 'field invalid' : 'field'}>
      <label for={id}>
        {spec.label} <span class="unit">({unitText(spec.unit, c.fmt.currency ?? 'USD')})</span>
      </label>
      {/* A div, not a p: the provenance may be a <details>, which a <p> cannot contain (the parser would
          split it, and hydration would then rebuild the DOM and shift the layout). */}
      {/* Hydration keeps the server's hint (the spec is fixed; only the number format can change it). */}
      {frozen ? (
        <div class="hint" id={`${id}-h`} dangerouslySetInnerHTML={FROZEN} />
      ) : (
        <div class="hint" id={`${id}-h`}>
          {n(spec.min)} to {n(spec.max)}. Default {n(spec.default)}, <Provenance c={c} spec={spec} />
          {spec.help && <span class="help"> {spec.help}</span>}
        </div>
      )}
      {err && (
        <p class="error" id={`${id}-e`}>
          <span class="visually-hidden">Error: </span>
          {err}
        </p>
      )}
      {!err && note && (
        <p class="read-as" id={`${id}-e`}>
          {note}
        </p>
      )}
      <input
        id={id}
        name={spec.key}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={c.text(spec.id)}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={err || note ? `${id}-e ${id}-h` : `${id}-h`}
        onInput={(e) => c.set(spec.id, e.currentTarget.value)}
      />
    </div>
  );
}

/** A choice from a whitelist, as a select. */
export function ChoiceField({ c, spec, label }: { c: Calc; spec: ChoiceSpec; label?: string }) {
  const id = fieldId(c, spec.id);
  return (
    <div class="field">
      <label for={id}>{label ?? spec.label}</label>
      <select
        id={id}
        name={spec.key}
        value={String(c.values[spec.id])}
        onChange={(e) => c.set(spec.id, e.currentTarget.value)}
      >
        {spec.options.map((o) => (
          <option value={o.id} key={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The right kind of field for a spec. */
export function Field({ c, spec }: { c: Calc; spec: FieldSpec }) {
  return spec.unit === 'choice' ? <ChoiceField c={c} spec={spec} /> : <NumberField c={c} spec={spec} />;
}

/** A titled group of fields. */
export function FieldGroup({ c, legend, specs }: { c: Calc; legend: string; specs: readonly FieldSpec[] }) {
  return (
    <fieldset class="group">
      <legend>{legend}</legend>
      {specs.map((s) => (
        <Field c={c} spec={s} key={s.id} />
      ))}
    </fieldset>
  );
}
