/**
 * The shared company profile: entered once, it feeds every calculator on the page and on later pages.
 * Values are the raw texts the reader typed; every reader of the store parses them through the model,
 * so whatever storage holds (or a tampered entry) is untrusted like any other input.
 */
import { atom } from 'nanostores';

/** Model field ids the profile holds: staff, revenue, operating hours, currency and locale. */
export const PROFILE_IDS = ['staffAffected', 'annualRevenue', 'operatingHours', 'currency', 'locale'] as const;
/** One field id of the profile. */
export type ProfileId = (typeof PROFILE_IDS)[number];
/** Raw profile texts; a missing id means "the field's default". */
export type ProfileRaw = Partial<Record<ProfileId, string>>;

const KEY = 'itse:profile';

/** The shared profile. Starts empty (all defaults) until `loadProfile` runs in the browser. */
export const $profile = atom<ProfileRaw>({});

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

let loaded = false;

/**
 * Read the remembered profile (once per page) and remember later changes. Storage may be missing,
 * full or blocked (private mode, sandboxed embeds); then the profile lives for this page only.
 */
export function loadProfile(): void {
  if (loaded) return;
  loaded = true;
  try {
    const saved = localStorage.getItem(KEY);
    if (saved) $profile.set({ ...cleanProfile(JSON.parse(saved)), ...$profile.get() });
  } catch {
    /* no storage: the page still works */
  }
  $profile.listen((value) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(value));
    } catch {
      /* ignore */
    }
  });
}
