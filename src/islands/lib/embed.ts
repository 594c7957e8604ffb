/**
 * An embed's layout read from the query: which sections to show and the compact layout (its theme and
 * accent are src/embed/options.ts's). Parsed against a
 * whitelist of section ids; the values are only ever compared, never rendered.
 */

/** Sections to show and layout, as parsed from a query string. */
export interface EmbedLayout {
  /** Section ids to show; null means all. */
  show: string[] | null;
  compact: boolean;
  /** What was left out of `show`, as plain sentences. */
  notices?: string[];
}

/**
 * Parse `show` (comma list of ids from `allowed`) and `compact=1`. Unknown ids are dropped; none left means all.
 * src/layouts/EmbedLayout.astro applies the same `show` rule before the island wakes (its SECTIONS script): change
 * both together (test/e2e/embed-pages.spec.ts checks that they agree).
 */
export function parseEmbedLayout(query: string, allowed: readonly string[]): EmbedLayout {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(query);
  } catch {
    return { show: null, compact: false };
  }
  const raw = p.get('show') ?? '';
  const wanted = raw
    .slice(0, 200)
    .split(',')
    .map((s) => s.trim());
  const show = allowed.filter((id) => wanted.includes(id));
  const unknown = wanted.filter((id) => id && !allowed.includes(id));
  const notices: string[] = [];
  if (raw.length > 200)
    notices.push('The list of sections to show was longer than 200 characters; the rest was left out.');
  if (unknown.length)
    notices.push(
      `Sections to show must be among ${allowed.join(', ')}; ${unknown.length === 1 ? 'one other name was' : `${unknown.length} other names were`} left out${show.length ? '' : ', so every section is shown'}.`,
    );
  const opts: EmbedLayout = { show: show.length ? show : null, compact: p.get('compact') === '1' };
  if (notices.length) opts.notices = notices;
  return opts;
}
