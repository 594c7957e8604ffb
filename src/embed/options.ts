/**
 * Embed-only options read from an embed page's query string: theme, accent colour and the WordPress
 * secret. Calculator inputs, currency, locale, `show` and `compact` are not parsed here: the islands
 * read those through the model's parser. Pure functions; nothing here touches the DOM or throws.
 */

/** Colour scheme of an embed; `auto` follows the visitor's system setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/**
 * Query keys that configure the embed itself and mean nothing to the calculators: theme, accent, the
 * provider's name and call to action (src/embed/provider.ts), and `long`, the loader's list of attributes
 * it refused for their length.
 */
export const EMBED_ONLY_KEYS = ['theme', 'accent', 'by', 'cta', 'ctau', 'ctaf', 'long'] as const;

/** The query keys of the provider options (src/embed/provider.ts names each). */
export const PROVIDER_QUERY_KEYS = ['by', 'cta', 'ctau', 'ctaf'] as const;

/**
 * True when the query carries any provider option. Here rather than in provider.ts, so an embed without
 * them loads none of the provider code.
 */
export function hasProviderOptions(query: URLSearchParams): boolean {
  return PROVIDER_QUERY_KEYS.some((k) => query.has(k));
}

/** Longest attribute value the loader forwards (src/embed/loader.ts); longer ones get a notice in the frame. */
export const MAX_ATTRIBUTE_LENGTH = 200;

/** What an embed page was asked for, after validation, with a plain-English notice per rejected value. */
export interface EmbedOptions {
  theme: EmbedTheme;
  /** A validated `#rrggbb` colour, or null for the site's own accent. */
  accent: string | null;
  notices: string[];
}

const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Normalise a hex colour (`#abc`, `abc`, `#AABBCC`) to lower-case `#rrggbb`; anything else gives null. */
export function parseHexColour(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const m = HEX.exec(raw.trim());
  if (!m) return null;
  const h = m[1]!.toLowerCase();
  return '#' + (h.length === 3 ? [...h].map((c) => c + c).join('') : h);
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour for buttons filled with the accent: whichever of white or near-black reads better. */
export function accentForeground(accent: string): string {
  return contrast(accent, '#ffffff') >= contrast(accent, '#0c1420') ? '#ffffff' : '#0c1420';
}

/** Page backgrounds of the site's two themes (global.css `--bg`); an accent must read as link text on them. */
export const THEME_BACKGROUND = { light: '#ffffff', dark: '#14171b' } as const;

/** Minimum contrast of the accent against the page background: WCAG AA for body-size link text. */
export const MIN_ACCENT_CONTRAST = 4.5;

/** Shorten a hostile value for a notice (it is shown as text, never as markup). */
function quote(raw: string): string {
  const s = raw.length > 40 ? raw.slice(0, 40) + '…' : raw;
  return `“${s}”`;
}

/**
 * Read theme and accent from an embed page's query. `dark` says which theme will actually show (for
 * `auto`, the visitor's system setting), so an accent that would be unreadable on it is refused.
 */
export function parseEmbedOptions(query: URLSearchParams, dark: boolean): EmbedOptions {
  const notices: string[] = [];
  let theme: EmbedTheme = 'auto';
  const rawTheme = query.get('theme');
  if (rawTheme !== null) {
    const t = rawTheme.trim().toLowerCase() as EmbedTheme;
    if (THEMES.includes(t)) theme = t;
    else notices.push(`Theme ${quote(rawTheme)} is not one of light, dark or auto, so auto is used.`);
  }
  let accent: string | null = null;
  const rawAccent = query.get('accent');
  if (rawAccent !== null && rawAccent.trim() !== '') {
    const hex = parseHexColour(rawAccent);
    const isDark = theme === 'dark' || (theme === 'auto' && dark);
    if (!hex)
      notices.push(
        `Accent color ${quote(rawAccent)} is not a hex color such as #0b5cad, so the default color is used.`,
      );
    else {
      const ratio = contrast(hex, isDark ? THEME_BACKGROUND.dark : THEME_BACKGROUND.light);
      if (ratio < MIN_ACCENT_CONTRAST) {
        notices.push(
          `Accent color ${hex} is too faint on this background (${ratio.toFixed(1)}:1; links need ${MIN_ACCENT_CONTRAST}:1), so the default color is used.`,
        );
      } else accent = hex;
    }
  }
  // Names of attributes the loader dropped for their length (dataset names: letters only).
  const long = (query.get('long') ?? '')
    .split(',')
    .filter((n) => /^[A-Za-z]{1,40}$/.test(n))
    .slice(0, 10);
  for (const name of long)
    notices.push(
      `The ${name} setting is longer than ${MAX_ATTRIBUTE_LENGTH} characters, so it was not used and its default applies.`,
    );
  return { theme, accent, notices };
}

/** The WordPress embed secret from a `#?secret=…` hash (letters and digits only, as WordPress checks), or null. */
export function wordPressSecret(hash: string): string | null {
  const s = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return s && /^[A-Za-z0-9]{1,64}$/.test(s) ? s : null;
}

/** The embed id the loader put in the hash (`#id=…`), for the site's own height message. */
export function embedId(hash: string): string {
  const id = new URLSearchParams(hash.replace(/^#\??/, '')).get('id') ?? '';
  return /^[\w-]{1,40}$/.test(id) ? id : '';
}

/** Query for the full calculator page: everything the embed received except embed-only keys. */
export function fullCalculatorQuery(search: string): string {
  const p = new URLSearchParams(search);
  for (const k of [...EMBED_ONLY_KEYS, 'show', 'compact']) p.delete(k);
  const q = p.toString();
  return q ? '?' + q : '';
}
