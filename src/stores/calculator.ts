/**
 * One calculator's state, as stores: the raw text of each field (`$raw`: its own fields, with the shared
 * profile's on top) → `$parsed`: every value through the model's parse step, with a message for each
 * field that could not be used as typed → the island computes its results from `values`. The address
 * bar is one more listener: edits are written back to it (a new history entry per field edited, none
 * in embeds), and back/forward loads it into the stores. Two placements of one calculator on a page
 * share the same stores, so they stay in step.
 */
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { FormatOptions } from '../model/format';
import { type FieldSpec, isInformational, parseValues } from '../model/inputs';
import { decodeInputs, encodeInputs } from '../model/query';
import { inputStore } from './inputs';
import {
  $link,
  $profile,
  $remembered,
  cleanProfile,
  editProfile,
  forgetProfile,
  isProfileId,
  type ProfileRaw,
} from './profile';

const $profileKept = () => cleanProfile($remembered.get());
import { mergeQuery, onHistory, readQuery, writeQuery } from './url';

import type { RawInputs } from './inputs';

export type { RawInputs };

/** An extra URL field with its own codec (the hybrid planner's systems list). */
export interface ExtraField {
  key: string;
  /** Turn the raw URL text into canonical text plus notices. */
  decode(raw: string | null): { text: string | undefined; notices: string[] };
}

/** Every field parsed: the values a model function takes; per field id, why a text was not used as typed
 * (errors: no verdict until fixed), or how an ambiguous one was read (notes: the value stands). */
export interface Parsed {
  values: Record<string, number | string>;
  errors: Record<string, string>;
  notes: Record<string, string>;
}

/** The stores and actions of one calculator. */
export interface CalculatorStore {
  /** Texts of this calculator's own fields (not the profile's) and extra fields, by id or key. */
  $own: WritableAtom<RawInputs>;
  /** Own texts with the profile's on top: what each field shows. */
  $raw: ReadableAtom<RawInputs>;
  $parsed: ReadableAtom<Parsed>;
  /**
   * The model's results for the parsed values: one computed store per model function, shared by every
   * placement of the calculator on the page, so the model runs once per change however many show it.
   */
  results<R>(model: (values: Parsed['values']) => R): ReadableAtom<R>;
  /** What was changed in values that came from the address bar, as plain sentences. */
  $notices: WritableAtom<string[]>;
  /** The values as a query string (own keys only). */
  encoded(): string;
  /** URL keys this calculator owns. */
  ownKeys: readonly string[];
  specs: readonly FieldSpec[];
  edit(id: string, text: string): void;
  reset(): void;
  /** Load the address bar into the stores (on the first mount of a page, and on back/forward). */
  applyQuery(): void;
  /** Whether the address bar has been loaded on this page. */
  applied: boolean;
  /** Keep the address bar in step with the stores (once per page; `push` adds history entries). */
  syncAddressBar(push: boolean): void;
  /** Stop listening and empty the stores. */
  dispose(): void;
}

/** Equal content (plain data: strings, arrays and records of them). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const WRITE_URL_AFTER_MS = 400;

/** Parse every field through the model (parseValues): settings first, so numbers are read in the page's own format. */
export function parseAll(specs: readonly FieldSpec[], raw: RawInputs): Parsed {
  const isSetting = (s: FieldSpec) => s.id === 'currency' || s.id === 'locale';
  const settings = parseValues(specs.filter(isSetting), raw);
  const fmt = {
    currency: settings.values['currency'] as FormatOptions['currency'],
    locale: (settings.values['locale'] as string) || undefined,
  };
  const fields = parseValues(
    specs.filter((s) => !isSetting(s)),
    raw,
    fmt,
  );
  const values: Record<string, number | string> = { ...settings.values, ...fields.values };
  const errors: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const n of [...settings.notices, ...fields.notices]) (isInformational(n) ? notes : errors)[n.id] = n.message;
  return { values, errors, notes };
}

const stores = new Map<string, CalculatorStore>();

/**
 * The profile fields a query sets, when it carries any calculator's values and they differ from what
 * the browser remembers: shown instead of the remembered profile. Null when the query carries no
 * calculator values, or the same numbers (the address bar of a page showing the reader's own).
 * Every calculator on the page reads the same keys.
 */
function linkFrom(params: URLSearchParams): ProfileRaw | null {
  let differs = false;
  const link: ProfileRaw = {};
  const kept = $profileKept();
  for (const c of stores.values()) {
    if (!c.ownKeys.some((k) => params.has(k))) continue;
    const fromLink = decodeInputs(c.specs, params).values;
    const fromKept = parseAll(c.specs, kept as RawInputs).values;
    for (const s of c.specs) {
      if (!isProfileId(s.id)) continue;
      if (params.has(s.key)) link[s.id] = String(fromLink[s.id]);
      if (fromLink[s.id] !== fromKept[s.id]) differs = true;
    }
  }
  return differs ? link : null;
}

/** The stores of a calculator (created on first use; later calls return the same ones). */
export function calculatorStore(
  slug: string,
  specs: readonly FieldSpec[],
  extras: readonly ExtraField[] = [],
): CalculatorStore {
  const known = stores.get(slug);
  if (known) return known;
  const $own = inputStore(slug);
  const $raw = computed([$own, $profile], (own, profile) => ({ ...own, ...(profile as RawInputs) }));
  const $parsed = computed($raw, (raw) => parseAll(specs, raw));
  const $notices = atom<string[]>([]);
  const ownKeys = [...specs.map((s) => s.key), ...extras.map((e) => e.key)];
  let lastEdited: string | null = null;
  let pushedFor: string | null = null;
  let syncing = false;
  const unsubscribe: (() => void)[] = [];
  // Fields the reader changed before the address bar was first read (the edit that woke the island).
  const early = new Set<string>();

  const encoded = () => {
    const p = new URLSearchParams(encodeInputs(specs, $parsed.get().values));
    for (const e of extras) {
      const t = $own.get()[e.key];
      if (t !== undefined) p.set(e.key, t);
    }
    return p.toString();
  };

  const results = new Map<unknown, ReadableAtom<unknown>>();

  const store: CalculatorStore = {
    $own,
    $raw,
    $parsed,
    results<R>(model: (values: Parsed['values']) => R) {
      if (!results.has(model))
        results.set(
          model,
          computed($parsed, (p) => model(p.values)),
        );
      return results.get(model) as ReadableAtom<R>;
    },
    $notices,
    encoded,
    ownKeys,
    specs,
    applied: false,
    edit(id, text) {
      if (!store.applied) early.add(id);
      lastEdited = id;
      if (isProfileId(id)) editProfile(id, text);
      else $own.set({ ...$own.get(), [id]: text });
    },
    reset() {
      lastEdited = 'reset';
      pushedFor = null;
      $own.set({});
      forgetProfile();
      $notices.set([]);
    },
    applyQuery() {
      store.applied = true;
      const params = new URLSearchParams(readQuery());
      const d = decodeInputs(specs, params);
      const next: RawInputs = {};
      const msgs = d.notices.map((n) => n.message);
      for (const s of specs) {
        if (!params.has(s.key)) continue;
        if (!isProfileId(s.id)) next[s.id] = String(d.values[s.id]);
      }
      for (const e of extras) {
        const r = e.decode(params.get(e.key));
        if (r.text !== undefined) next[e.key] = r.text;
        msgs.push(...r.notices);
      }
      // A link with calculator values shows its profile fields instead of the remembered ones, without
      // replacing them. Another calculator on the page may own the link's keys: only clear when none does.
      const nextLink = linkFrom(params);
      // Stores change only when their content does: an equal new object would re-render the islands.
      // The edit that woke the island came before this first read of the address bar: it stands.
      for (const id of early) if ($own.get()[id] !== undefined) next[id] = $own.get()[id]!;
      early.clear();
      if (!same($own.get(), next)) $own.set(next);
      if (!same($link.get(), nextLink)) $link.set(nextLink);
      if (!same($notices.get(), msgs)) $notices.set(msgs);
      lastEdited = null;
    },
    syncAddressBar(push) {
      if (syncing) return;
      syncing = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let last = encoded();
      const off = $parsed.listen(() => {
        const query = encoded();
        if (query === last) return;
        last = query;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const newEntry = push && lastEdited !== null && lastEdited !== pushedFor;
          writeQuery(mergeQuery(readQuery(), ownKeys, query), newEntry);
          pushedFor = lastEdited;
        }, WRITE_URL_AFTER_MS);
      });
      // The address bar shows what is used: a link's clamped or defaulted values replace what it said.
      const now = mergeQuery(readQuery(), ownKeys, last);
      if (now !== readQuery().replace(/^\?/, '')) writeQuery(now, false);
      const offHistory = onHistory(() => {
        clearTimeout(timer);
        store.applyQuery();
        last = encoded();
      });
      unsubscribe.push(off, offHistory, () => clearTimeout(timer));
    },
    dispose() {
      unsubscribe.splice(0).forEach((f) => f());
      $own.set({});
    },
  };
  stores.set(slug, store);
  return store;
}

/** Forget every calculator's stores and listeners (tests start each case from a fresh page). */
export function resetCalculatorStores(): void {
  for (const s of stores.values()) s.dispose();
  stores.clear();
}
