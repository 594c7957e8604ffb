/**
 * Per-calculator input stores: the raw text of each own field, keyed by model field id (extra fields
 * by URL key). Profile fields live in `$profile` instead, so calculators on one page share them. One
 * store per calculator, so two placements of the same calculator on a page stay in step; the parsed
 * values and the address-bar sync built on it are in ./calculator.ts.
 */
import { atom, type WritableAtom } from 'nanostores';

/** Raw field texts of one calculator; a missing id means "the field's default". */
export type RawInputs = Record<string, string>;

const stores = new Map<string, WritableAtom<RawInputs>>();

/** The input store of a calculator (created on first use). */
export function inputStore(slug: string): WritableAtom<RawInputs> {
  let s = stores.get(slug);
  if (!s) stores.set(slug, (s = atom<RawInputs>({})));
  return s;
}
