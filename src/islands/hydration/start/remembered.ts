/**
 * The profile's keys in storage, and how to read them without loading any store: the hydration code
 * (./mount.ts) asks whether a remembered profile exists before any calculator's code
 * has loaded, and src/stores/profile.ts builds its stores on the same keys.
 */

/** Model field ids the profile holds: staff, revenue, operating hours, currency and locale. */
export const PROFILE_IDS = ['staffAffected', 'annualRevenue', 'operatingHours', 'currency', 'locale'] as const;
/** One field id of the profile. */
export type ProfileId = (typeof PROFILE_IDS)[number];
/** Raw profile texts; a missing id means "the field's default". */
export type ProfileRaw = Partial<Record<ProfileId, string>>;

/** Each remembered field is one localStorage entry: this prefix and the field id. */
export const PREFIX = 'itse:profile:';
/** The single JSON entry earlier versions kept; read once and replaced by per-field entries. */
export const LEGACY = 'itse:profile';

/**
 * Whether this browser remembers any profile field (storage may be missing, blocked or hold anything). The
 * earlier single entry was written by `JSON.stringify`, so a field kept there reads `"id":"` in its text.
 */
export function hasRememberedProfile(): boolean {
  try {
    return PROFILE_IDS.some((id) => localStorage[PREFIX + id] || localStorage[LEGACY]?.includes(`"${id}":"`));
  } catch {
    return false;
  }
}
