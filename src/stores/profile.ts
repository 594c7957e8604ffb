/**
 * The shared company profile: entered once, it feeds every calculator on the page and on later pages.
 * Values are the raw texts the reader typed; every reader of the store parses them through the model,
 * so whatever storage holds (or a tampered entry) is untrusted like any other input.
 *
 * Two layers. `$remembered` is what this browser keeps (one localStorage entry per field, so two tabs
 * editing different fields merge field by field through storage events); it changes only when the
 * reader edits a profile field, keeps a shared link's numbers, or forgets them. `$link` holds the profile
 * fields of a page opened with calculator values in its address (a shared link, an embed's options,
 * back/forward): they are shown instead of the remembered ones and never saved unless the reader asks.
 * `$profile` is what the calculators show: the link's fields while there is one, else the remembered.
 */
import { persistentMap, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import { LEGACY, PREFIX, PROFILE_IDS, type ProfileId, type ProfileRaw } from '../islands/hydration/start/remembered';

export { PROFILE_IDS, type ProfileId, type ProfileRaw } from '../islands/hydration/start/remembered';

/** True for field ids the profile holds. */
export const isProfileId = (id: string): id is ProfileId => (PROFILE_IDS as readonly string[]).includes(id);

/** Keep only known ids with short string values (storage may hold anything). */
export function cleanProfile(raw: unknown): ProfileRaw {
  const out: ProfileRaw = {};
  if (raw && typeof raw === 'object') {
    for (const id of PROFILE_IDS) {
      const v = (raw as Record<string, unknown>)[id];
      if (typeof v === 'string' && v.length <= 40) out[id] = v;
    }
  }
  return out;
}

/**
 * localStorage behind a facade that never throws: storage may be missing, blocked (private mode,
 * sandboxed embeds) or full, and then the profile lives for this page only.
 */
function safeStorage(): Record<string, string> {
  const ls = (): Storage | undefined => {
    try {
      return typeof localStorage === 'undefined' ? undefined : localStorage;
    } catch {
      return undefined;
    }
  };
  const attempt = <T>(fn: (s: Storage) => T, fallback: T): T => {
    try {
      const s = ls();
      return s ? fn(s) : fallback;
    } catch {
      return fallback;
    }
  };
  return new Proxy({} as Record<string, string>, {
    get: (_, k) => (typeof k === 'string' ? (attempt((s) => s.getItem(k), null) ?? undefined) : undefined),
    set: (_, k, v) => (typeof k === 'string' && attempt((s) => s.setItem(k, String(v)), undefined), true),
    has: (_, k) => typeof k === 'string' && attempt((s) => s.getItem(k) !== null, false),
    deleteProperty: (_, k) => (typeof k === 'string' && attempt((s) => s.removeItem(k), undefined), true),
    ownKeys: () => attempt((s) => Object.keys(s), [] as string[]),
    getOwnPropertyDescriptor: (_, k) =>
      typeof k === 'string' && attempt((s) => s.getItem(k) !== null, false)
        ? { value: attempt((s) => s.getItem(k), ''), enumerable: true, configurable: true, writable: true }
        : undefined,
  });
}

const storage = safeStorage();
setPersistentEngine(storage, windowPersistentEvents);

// An earlier version's single entry becomes per-field entries, once.
const legacy = storage[LEGACY];
if (legacy !== undefined) {
  try {
    const old = cleanProfile(JSON.parse(legacy));
    for (const [k, v] of Object.entries(old)) if (storage[PREFIX + k] === undefined) storage[PREFIX + k] = v;
  } catch {
    /* unreadable: nothing to keep */
  }
  delete storage[LEGACY];
}

/** What this browser remembers (raw, untrusted entries: read through `$profile`). */
export const $remembered = persistentMap<Record<string, string>>(PREFIX, {});

/** A page's link values for the profile fields, shown instead of the remembered ones; null when none. */
export const $link = atom<ProfileRaw | null>(null);

let shown: ProfileRaw = {};
/** The profile the calculators show. The same object while its content is the same, so no listener wakes for nothing. */
export const $profile = computed([$remembered, $link], (kept, link) => {
  const next = link ?? cleanProfile(kept);
  if (JSON.stringify(next) !== JSON.stringify(shown)) shown = next;
  return shown;
});

/** The reader edited a profile field: shown at once, remembered unless a link's values are showing. */
export function editProfile(id: ProfileId, text: string): void {
  const link = $link.get();
  if (link) $link.set({ ...link, [id]: text });
  else $remembered.setKey(id, text);
}

/** Keep the link's numbers as the reader's own (the "use these as my numbers" action). */
export function keepLinkNumbers(): void {
  const link = $link.get();
  if (!link) return;
  $remembered.set({ ...cleanProfile($remembered.get()), ...link });
  $link.set(null);
}

/** Forget everything remembered and any link's values. */
export function forgetProfile(): void {
  $remembered.set({});
  $link.set(null);
}
