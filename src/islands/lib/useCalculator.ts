/**
 * One calculator island's view of its stores (src/stores/calculator.ts): the parsed values and field
 * messages, the URL notices, this placement's embed options, and the actions. Parsing, the address-bar
 * sync and the profile live in the stores; this hook only subscribes, holds what is per placement
 * (element ids, the moment errors appear) and renders the server's defaults until it has mounted.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Currency, FormatOptions } from '../../model/format';
import type { FieldSpec } from '../../model/inputs';
import { calculatorStore, type ExtraField, parseAll, type RawInputs } from '../../stores/calculator';
import { $link, keepLinkNumbers } from '../../stores/profile';
import { mergeQuery, readQuery } from '../../stores/url';
import { useStore } from '../../stores/useStore';
import { type EmbedLayout, parseEmbedLayout } from './embed';
import type { NextSteps } from '../ui/NextStep';

export type { ExtraField };

/** Where an island is placed: its own page, inside an article, or in an embed frame. */
/** `card`: an article's compact card (a few inputs, the headline, a link to the full calculator). */
export type Variant = 'page' | 'inline' | 'card' | 'embed';

/** What an island gets from `useCalculator`. */
export interface Calc {
  slug: string;
  variant: Variant;
  /** Prefix for element ids, unique per placement. */
  uid: string;
  specs: readonly FieldSpec[];
  /** The spec of a field by id. */
  spec(id: string): FieldSpec;
  /** The text shown in each field (typed text, or the value's plain form). */
  text(id: string): string;
  values: Record<string, number | string>;
  /** Raw text of an extra field, if set. */
  extra(key: string): string | undefined;
  /** Validation messages by field id, shown a moment after typing stops. */
  errors: Record<string, string>;
  /** How an ambiguous text was read, by field id (the value stands). */
  notes: Record<string, string>;
  /** What was changed in values that came from the URL, as plain text. */
  notices: string[];
  /** True while a link's numbers are shown instead of the reader's remembered ones. */
  fromLink: boolean;
  /** Keep the link's numbers as the reader's own. */
  keepLink(): void;
  set(id: string, text: string): void;
  reset(): void;
  /** A link that restores the current state. */
  link(): string;
  fmt: FormatOptions;
  show(section: string): boolean;
  compact: boolean;
  /** Heading tag for the island's sections: h3 inline (under the placement's h2), else h2. */
  H: 'h2' | 'h3';
  /** The inputs the card variant asks. */
  card: readonly string[];
}

const SHOW_ERRORS_AFTER_MS = 500;

/** Equal content (plain data: strings, arrays and records of them). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Props every calculator island takes; `Precomputed` is what its heavy results look like, if it has any. */
export interface IslandProps<Precomputed = never> {
  variant?: Variant;
  /** Prefix of the island's element ids, unique on the page (the server numbers placements). */
  uid?: string;
  /** The island's field specs then the settings, from `islandSpecs(slug)` (src/islands/props.ts). */
  specs: readonly FieldSpec[];
  /** The heavy results for the default inputs, computed by the server so hydration need not (see useLater). */
  precomputed?: Precomputed;
  /** Section ids an embed may show with `?show=` (the registry's `sections`, passed by the server). */
  sections?: readonly string[];
  /** The inputs a card variant asks (the registry's `card`). */
  card?: readonly string[];
  /** What to do next, by answer (src/calculators/next-steps.ts); absent in embeds and cards. */
  next?: NextSteps;
}

/** State and actions of one calculator placement. `specs` includes the settings (currency, locale). */
export function useCalculator(
  slug: string,
  { specs, variant = 'page', uid = 'c', sections = [], card = [] }: IslandProps<unknown>,
  extras: readonly ExtraField[] = [],
): Calc {
  const store = calculatorStore(slug, specs, extras);
  const parsed = useStore(store.$parsed);
  const rawLive = useStore(store.$raw);
  const notices = useStore(store.$notices);
  const link = useStore($link);
  // Until mounted, render the defaults exactly as the server did, so hydration matches. A ref, not
  // state: mounting re-renders only if the URL or the stored profile changed something (the stores
  // then notify), so a page opened with the defaults does no second full render right after hydrating.
  const mounted = useRef(false);
  const ready = mounted.current;
  const [, rerender] = useState(0);
  const [shownErrors, setShownErrors] = useState<Record<string, string>>({});
  const [embed, setEmbed] = useState<EmbedLayout>({ show: null, compact: false });
  // Inside an article a calculator leaves the address bar to the article.
  const syncsUrl = variant !== 'inline' && variant !== 'card';
  const defaults = useMemo(() => parseAll(specs, {}), [specs]);
  const { values, errors, notes } = ready ? parsed : defaults;
  const raw: RawInputs = ready ? rawLive : {};

  // Every render after the hydrating one shows the stores: an edit replayed right after hydration
  // (src/islands/hydration/live.ts) must not be drawn over with the defaults before the effects below run.
  useLayoutEffect(() => {
    mounted.current = true;
  }, []);
  useEffect(() => {
    if (variant === 'embed') {
      const opts = parseEmbedLayout(readQuery(), sections);
      setEmbed((prev) => (same(prev, opts) ? prev : opts));
    }
    if (!store.applied) store.applyQuery();
    // An embed never adds entries to its host's history.
    if (syncsUrl) store.syncAddressBar(variant !== 'embed');
    // Stores another placement already filled (and left unchanged here) still need showing.
    if (Object.keys(store.$raw.get()).length) rerender(1);
  }, []);

  // Errors appear once typing pauses, not on every keystroke.
  const errorKey = JSON.stringify(errors);
  useEffect(() => {
    const t = setTimeout(() => setShownErrors((prev) => (same(prev, errors) ? prev : errors)), SHOW_ERRORS_AFTER_MS);
    return () => clearTimeout(t);
  }, [errorKey]);

  const currency = values['currency'] as Currency;
  return {
    slug,
    variant,
    uid,
    specs,
    spec: (id) => specs.find((s) => s.id === id)!,
    text: (id) => raw[id] ?? String(values[id] ?? ''),
    values,
    extra: (key) => raw[key],
    errors: shownErrors,
    notes,
    notices: ready ? [...notices, ...(embed.notices ?? [])] : [],
    fromLink: ready && link !== null,
    keepLink: keepLinkNumbers,
    set: store.edit,
    reset: store.reset,
    link() {
      if (typeof location === 'undefined') return '';
      const query = ready ? store.encoded() : '';
      const base = syncsUrl ? location.origin + location.pathname : `${location.origin}/calculators/${slug}/`;
      const q = syncsUrl ? mergeQuery(readQuery(), store.ownKeys, query) : query;
      return base + (q ? `?${q}` : '');
    },
    fmt: { currency, locale: (values['locale'] as string) || undefined },
    show: (id) => !embed.show || embed.show.includes(id),
    compact: embed.compact,
    H: variant === 'inline' || variant === 'card' ? 'h3' : 'h2',
    card,
  };
}

/**
 * The model's results for what a placement shows: the calculator's computed results store (shared by
 * every placement, so the model runs once per change) once mounted, and the defaults' results during
 * hydration, when the placement still shows what the server rendered.
 */
export function useResults<R>(c: Calc, model: (values: Calc['values']) => R): R {
  const store = calculatorStore(c.slug, c.specs);
  const live = useStore(store.results(model));
  const fromStore = c.values === store.$parsed.get().values;
  const hydrating = useMemo(() => (fromStore ? null : { r: model(c.values) }), [fromStore, c.values]);
  return hydrating ? hydrating.r : live;
}
