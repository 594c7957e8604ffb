/**
 * A provider's branding on an embed: their name, and a call to action (a label and an https address, such as
 * their contact page, optionally carrying the reader's headline result). Read from the embed's query by the
 * frame (src/embed/provider-view.ts, loaded only when one of these keys is present) and by the builder, which
 * shows a notice for every value it changes. Pure functions; nothing here touches the DOM or throws.
 */

/** Query keys of the provider options, as the loader writes them from the data attributes. */
export const PROVIDER_KEYS = {
  /** `data-provider`: the provider's name. */
  name: 'by',
  /** `data-cta-label`: the call to action's text. */
  label: 'cta',
  /** `data-cta-url`: where it leads (https only). */
  url: 'ctau',
  /** `data-cta-figures="1"`: add the reader's calculator and headline result to the address. */
  figures: 'ctaf',
} as const;

export const MAX_NAME = 60;
export const MAX_LABEL = 40;
export const MAX_URL = 200;
/** Label used when an address is given without one. */
export const DEFAULT_LABEL = 'Talk to us about your numbers';

/** Validated provider options, with a plain-English notice for each value that was changed or refused. */
export interface ProviderOptions {
  name: string | null;
  cta: { label: string; url: string; figures: boolean } | null;
  notices: string[];
}

/** Collapse whitespace, drop control characters, cut at `max` characters (at a word where possible). */
function cleanText(raw: string, max: number): { text: string; cut: boolean } {
  const text = raw
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return { text: (space > max / 2 ? head.slice(0, space) : head).trim(), cut: true };
}

/** An absolute https address without credentials, or null. */
export function parseHttpsUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || !u.hostname.includes('.')) return null;
  return u.href;
}

/** Read and validate the provider options of an embed query. */
export function parseProviderOptions(query: URLSearchParams): ProviderOptions {
  const notices: string[] = [];
  let name: string | null = null;
  const rawName = query.get(PROVIDER_KEYS.name);
  if (rawName !== null) {
    const { text, cut } = cleanText(rawName, MAX_NAME);
    if (cut) notices.push(`The provider name was cut to ${MAX_NAME} characters: “${text}”.`);
    name = text || null;
  }
  let cta: ProviderOptions['cta'] = null;
  const rawUrl = query.get(PROVIDER_KEYS.url);
  const rawLabel = query.get(PROVIDER_KEYS.label);
  if (rawUrl !== null && rawUrl.trim() !== '') {
    const url = rawUrl.length <= MAX_URL ? parseHttpsUrl(rawUrl) : null;
    if (!url)
      notices.push(
        rawUrl.length > MAX_URL
          ? `The call-to-action address is longer than ${MAX_URL} characters, so the button is left out.`
          : 'The call-to-action address must be a full https:// address (such as https://example.com/contact), so the button is left out.',
      );
    else {
      const { text, cut } = cleanText(rawLabel ?? '', MAX_LABEL);
      if (cut) notices.push(`The button text was cut to ${MAX_LABEL} characters: “${text}”.`);
      if (!text) notices.push(`The button has no text, so it reads “${DEFAULT_LABEL}”.`);
      cta = { label: text || DEFAULT_LABEL, url, figures: query.get(PROVIDER_KEYS.figures) === '1' };
    }
  } else if (rawLabel !== null && rawLabel.trim() !== '')
    notices.push('The button text has no address to lead to, so the button is left out.');
  return { name, cta, notices };
}

/** What the loader's events and a call to action carry: the calculator and its headline result as shown. */
export interface HeadlineFigures {
  calculator: string;
  /** The headline result, as the calculator words it (at most 200 characters). */
  headline: string;
}

/** The call to action's address, with `calculator` and `result` added when the provider asked for them. */
export function ctaHref(cta: NonNullable<ProviderOptions['cta']>, figures: HeadlineFigures): string {
  if (!cta.figures) return cta.url;
  const u = new URL(cta.url);
  u.searchParams.set('calculator', figures.calculator);
  u.searchParams.set('result', figures.headline.slice(0, 200));
  return u.href;
}
