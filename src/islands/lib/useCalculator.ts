/**
 * The state of one calculator island: raw field texts (calculator store + shared profile), parsed
 * values, validation errors, URL notices, and the address-bar sync. Every value, whether typed, stored
 * or from the URL, goes through the model's parse step before a model function sees it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '../../stores/useStore';
import type { Currency, FormatOptions } from '../../model/format';
import { parseField, type FieldSpec } from '../../model/inputs';
import { decodeInputs, encodeInputs } from '../../model/query';
import { $profile, isProfileId, type ProfileRaw } from '../../stores/profile';
import { inputStore, type RawInputs } from '../../stores/inputs';
import { mergeQuery, onHistory, readQuery, writeQuery } from '../../stores/url';
import { parseEmbedOptions } from './embed';

/** Where an island is placed: its own page, inside an article, or in an embed frame. */
export type Variant = 'page' | 'inline' | 'embed';

/** An extra URL field with its own codec (the hybrid planner's systems list). */
export interface ExtraField {
  key: string;
  /** Turn the raw URL text into canonical text plus notices. */
  decode(raw: string | null): { text: string | undefined; notices: string[] };
}

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
  /** What was changed in values that came from the URL, as plain text. */
  notices: string[];
  set(id: string, text: string): void;
  reset(): void;
  /** A link that restores the current state. */
  link(): string;
  fmt: FormatOptions;
  show(section: string): boolean;
  compact: boolean;
  /** Heading tag for the island's sections: h3 inline (under the placement's h2), else h2. */
  H: 'h2' | 'h3';
}

const SHOW_ERRORS_AFTER_MS = 500;

/** Equal content (plain data: strings, arrays and records of them). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const WRITE_URL_AFTER_MS = 400;

/** Props every calculator island takes; `Seed` is what its heavy results look like, if it has any. */
export interface IslandProps<Seed = never> {
  variant?: Variant;
  /** Prefix of the island's element ids, unique on the page (the server numbers placements). */
  uid?: string;
  /** The island's field specs then the settings, from `islandSpecs(slug)` (src/islands/props.ts). */
  specs: readonly FieldSpec[];
  /** The heavy results for the default inputs, computed by the server so hydration need not (see useLater). */
  seed?: Seed;
  /** Section ids an embed may show with `?show=` (the registry's `sections`, passed by the server). */
  sections?: readonly string[];
}

/** State, validation and URL sync for one calculator. `specs` includes the settings (currency, locale). */
export function useCalculator(
  slug: string,
  { specs, variant = 'page', uid = 'c', sections: given }: IslandProps<unknown>,
  legacySections?: readonly string[],
  extras: readonly ExtraField[] = [],
): Calc {
  const store = inputStore(slug);
  const own = useStore(store);
  const profile = useStore($profile);
  // Until mounted, render defaults exactly as the server did, so hydration matches. A ref, not state:
  // mounting re-renders only if the URL or the stored profile changed something (the stores then
  // notify), so a page opened with the defaults does no second full render right after hydrating.
  const mounted = useRef(false);
  const ready = mounted.current;
  const [, rerender] = useState(0);
  const [notices, setNotices] = useState<string[]>([]);
  const [shownErrors, setShownErrors] = useState<Record<string, string>>({});
  const [embed, setEmbed] = useState({ show: null as string[] | null, compact: false });
  const lastEdited = useRef<string | null>(null);
  const pushedFor = useRef<string | null>(null);
  const syncsUrl = variant !== 'inline';

  const raw: RawInputs = ready ? { ...own, ...(profile as RawInputs) } : {};
  const { values, errors } = useMemo(() => {
    const values: Record<string, number | string> = {};
    const errors: Record<string, string> = {};
    for (const s of specs) {
      const r = raw[s.id];
      if (r === undefined) values[s.id] = s.default;
      else {
        const p = parseField(s, r);
        values[s.id] = p.value;
        if (p.issue) errors[s.id] = p.issue.message;
      }
    }
    return { values, errors };
    // raw is rebuilt each render; its content is what matters
  }, [specs, ready, own, profile]);

  const ownKeys = [...specs.map((s) => s.key), ...extras.map((e) => e.key)];
  const encoded = () => {
    const p = new URLSearchParams(encodeInputs(specs, values));
    for (const e of extras) {
      const t = own[e.key];
      if (t !== undefined) p.set(e.key, t);
    }
    return p.toString();
  };

  /** Load the state from the address bar (on mount and on back/forward). */
  const applyQuery = (initial: boolean) => {
    const q = readQuery();
    const params = new URLSearchParams(q);
    const d = decodeInputs(specs, params);
    const next: RawInputs = {};
    const nextProfile: ProfileRaw = initial && !ownKeys.some((k) => params.has(k)) ? $profile.get() : {};
    const msgs = d.notices.map((n) => n.message);
    for (const s of specs) {
      if (!params.has(s.key)) continue;
      const t = String(d.values[s.id]);
      if (isProfileId(s.id)) nextProfile[s.id] = t;
      else next[s.id] = t;
    }
    for (const e of extras) {
      const r = e.decode(params.get(e.key));
      if (r.text !== undefined) next[e.key] = r.text;
      msgs.push(...r.notices);
    }
    // Stores and state change only when their content does: an equal new object would re-render the island.
    if (!same(store.get(), next)) store.set(next);
    if (!same($profile.get(), nextProfile)) $profile.set(nextProfile);
    setNotices((prev) => (same(prev, msgs) ? prev : msgs));
    lastEdited.current = null;
  };

  useEffect(() => {
    mounted.current = true;
    // The remembered profile is already in $profile: src/islands/mount.ts loads it before hydrating.
    if (variant === 'embed') {
      const opts = parseEmbedOptions(readQuery(), given ?? legacySections ?? []);
      setEmbed((prev) => (same(prev, opts) ? prev : opts));
    }
    applyQuery(true);
    // Stores another placement already filled (and left unchanged here) still need showing.
    if (Object.keys(store.get()).length || Object.keys($profile.get()).length) rerender(1);
    return syncsUrl ? onHistory(() => applyQuery(false)) : undefined;
  }, []);

  // Errors appear once typing pauses, not on every keystroke.
  const errorKey = JSON.stringify(errors);
  useEffect(() => {
    const t = setTimeout(() => setShownErrors((prev) => (same(prev, errors) ? prev : errors)), SHOW_ERRORS_AFTER_MS);
    return () => clearTimeout(t);
  }, [errorKey]);

  // The address bar follows the state; edits to one field share one history entry.
  const query = ready ? encoded() : '';
  useEffect(() => {
    if (!ready || !syncsUrl) return;
    const t = setTimeout(() => {
      const push = lastEdited.current !== null && lastEdited.current !== pushedFor.current;
      writeQuery(mergeQuery(readQuery(), ownKeys, query), push);
      pushedFor.current = lastEdited.current;
    }, WRITE_URL_AFTER_MS);
    return () => clearTimeout(t);
  }, [query, ready]);

  const currency = values['currency'] as Currency;
  return {
    slug,
    variant,
    uid,
    specs,
    spec: (id) => specs.find((s) => s.id === id)!,
    text: (id) => raw[id] ?? String(specs.find((s) => s.id === id)?.default ?? ''),
    values,
    extra: (key) => raw[key],
    errors: shownErrors,
    notices,
    set(id, text) {
      lastEdited.current = id;
      if (isProfileId(id)) $profile.set({ ...$profile.get(), [id]: text });
      else store.set({ ...store.get(), [id]: text });
    },
    reset() {
      lastEdited.current = 'reset';
      pushedFor.current = null;
      store.set({});
      $profile.set({});
      setNotices([]);
    },
    link() {
      if (typeof location === 'undefined') return '';
      const base = syncsUrl ? location.origin + location.pathname : `${location.origin}/calculators/${slug}/`;
      const q = syncsUrl ? mergeQuery(readQuery(), ownKeys, query) : query;
      return base + (q ? `?${q}` : '');
    },
    fmt: { currency, locale: (values['locale'] as string) || undefined },
    show: (id) => !embed.show || embed.show.includes(id),
    compact: embed.compact,
    H: variant === 'inline' ? 'h3' : 'h2',
  };
}
