/**
 * The options a pasted calculator address carries into its oEmbed frame. A provider pastes
 * `https://site/calculators/cost-comparison/?theme=dark&provider=Acme+IT&pu=120` into WordPress; WordPress sends
 * that address as the oEmbed request's `url`, and the frame it embeds gets the same options, checked by the
 * parsers the embed page itself runs (theme and accent: ./options.ts; name and call to action: ./provider.ts;
 * inputs, currency and locale: the model's query codec). A value any of them would refuse, or change with a
 * notice, is left out: the reader of the provider's page cannot fix it, so the frame shows the default instead.
 * Pure functions; nothing here throws.
 */
import { CALCULATOR_SLUGS } from '../calculators/registry.ts';
import { CALCULATOR_SPECS } from '../calculators/specs.ts';
import { EXTRAS as HYBRID_EXTRAS } from '../islands/calculators/hybrid-fields.ts';
import { isInformational } from '../model/inputs.ts';
import { decodeInputs, encodeInputs } from '../model/query.ts';
import { SETTINGS_SPECS } from '../model/specs.ts';
import type { ExtraField } from '../stores/calculator.ts';
import { attributeName, ATTRIBUTES } from './attributes.ts';
import { parseEmbedOptions, type EmbedTheme } from './options.ts';
import { parseProviderOptions, PROVIDER_KEYS } from './provider.ts';
import type { CalculatorSlug } from './urls.ts';

/**
 * The loader's attribute names (`currency`, `provider`, `cta-url`, … as written after `data-`), which a provider
 * who has written the loader snippet may also use in an address, and the query key each stands for. The embed
 * page's own keys (`cur`, `by`, `ctau`, …) work as they are and win when both are given.
 */
export const ATTRIBUTE_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ATTRIBUTES)
    .map(([name, key]) => [attributeName(name), key])
    .filter(([name, key]) => name !== key),
);

/** URL fields a calculator reads beside its specs (the hybrid planner's systems list and split). */
const EXTRA_FIELDS: Partial<Record<CalculatorSlug, readonly ExtraField[]>> = { 'hybrid-planner': HYBRID_EXTRAS };

/** The pages a calculator can be pasted by: its own page and its embed page. */
const PASTED_PATH = /^\/(?:calculators|embed)\/([^/]+)\/?$/;

/** What a pasted address points at: a calculator of this site and its query, or another calculator path. */
export type PastedTarget = { slug: CalculatorSlug; query: URLSearchParams } | { unknown: string } | null;

/**
 * Which calculator a pasted address names, when it is one of this site's calculator or embed pages (`origins`:
 * the origins this site answers on). `{ unknown }` for such a path with a slug the registry does not list;
 * null for anything else (another origin, another page, not an address at all).
 */
export function pastedTarget(raw: string | null, origins: readonly string[]): PastedTarget {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!origins.includes(url.origin)) return null;
  const m = PASTED_PATH.exec(url.pathname);
  if (!m) return null;
  let name: string;
  try {
    name = decodeURIComponent(m[1]!);
  } catch {
    return { unknown: m[1]! };
  }
  const slug = CALCULATOR_SLUGS.find((s) => s === name);
  return slug ? { slug, query: url.searchParams } : { unknown: name };
}

/** The query with the loader's attribute names turned into the embed page's keys. */
function embedKeys(query: URLSearchParams): URLSearchParams {
  const q = new URLSearchParams(query);
  for (const [name, key] of Object.entries(ATTRIBUTE_KEYS)) {
    const value = q.get(name);
    q.delete(name);
    if (value !== null && !q.has(key)) q.set(key, value);
  }
  return q;
}

/**
 * The theme the address asks for: a valid `theme` as the embed page reads it, else null. parseEmbedOptions
 * falls back to `auto` for a value it refuses, so a theme counts only when it is what the address says.
 */
function askedTheme(q: URLSearchParams): EmbedTheme | null {
  const raw = q.get('theme');
  if (raw === null) return null;
  const { theme } = parseEmbedOptions(new URLSearchParams({ theme: raw }), false);
  return raw.trim().toLowerCase() === theme ? theme : null;
}

/**
 * The accent, if the embed page would use it on `theme`: readable on its background, and on both backgrounds
 * when the theme follows the visitor's system setting (which the server cannot know).
 */
function usableAccent(q: URLSearchParams, theme: EmbedTheme): string | null {
  const raw = q.get('accent');
  if (raw === null) return null;
  const asked = new URLSearchParams({ theme, accent: raw });
  const light = parseEmbedOptions(asked, false).accent;
  return light !== null && light === parseEmbedOptions(asked, true).accent ? light : null;
}

/**
 * The options of a pasted address that the embed page would take without a notice, in the embed page's keys,
 * canonically written: `theme` and `accent`, the provider's name and call to action (`by`, `cta`, `ctau`,
 * `ctaf`), currency and locale, the calculator's inputs and its extra URL fields. The layout keys (`compact`,
 * `show`) and everything else are left to the caller.
 */
export function pastedOptions(slug: CalculatorSlug, query: URLSearchParams): URLSearchParams {
  const q = embedKeys(query);
  const out = new URLSearchParams();
  const theme = askedTheme(q);
  if (theme) out.set('theme', theme);
  // The oEmbed frame is light unless the address says otherwise, so an accent is checked against that.
  const accent = usableAccent(q, theme ?? 'light');
  if (accent) out.set('accent', accent);

  const provider = parseProviderOptions(q);
  if (provider.name) out.set(PROVIDER_KEYS.name, provider.name);
  if (provider.cta) {
    out.set(PROVIDER_KEYS.label, provider.cta.label);
    out.set(PROVIDER_KEYS.url, provider.cta.url);
    if (provider.cta.figures) out.set(PROVIDER_KEYS.figures, '1');
  }

  // Inputs and settings: kept when their only notices say how the value was read (the value stands),
  // written back in the links' own number form so the frame reads the same value without a note.
  const specs = [...CALCULATOR_SPECS[slug].fields, ...SETTINGS_SPECS];
  const decoded = decodeInputs(specs, q);
  const kept: Record<string, number | string> = {};
  for (const s of specs) {
    if (!q.has(s.key)) continue;
    if (decoded.notices.some((n) => n.key === s.key && !isInformational(n))) continue;
    kept[s.id] = decoded.values[s.id] as number | string;
  }
  for (const [k, v] of new URLSearchParams(encodeInputs(specs, kept))) out.append(k, v);

  for (const extra of EXTRA_FIELDS[slug] ?? []) {
    const r = extra.decode(q.get(extra.key));
    if (r.text !== undefined && r.notices.length === 0) out.set(extra.key, r.text);
  }
  return out;
}
