/**
 * Embed options read from the query: which sections to show and the compact layout. Parsed against a
 * whitelist of section ids; the values are only ever compared, never rendered.
 */

/** Sections to show and layout, as parsed from a query string. */
export interface EmbedOptions {
  /** Section ids to show; null means all. */
  show: string[] | null;
  compact: boolean;
}

/** Parse `show` (comma list of ids from `allowed`) and `compact=1`. Unknown ids are dropped; none left means all. */
export function parseEmbedOptions(query: string, allowed: readonly string[]): EmbedOptions {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(query);
  } catch {
    return { show: null, compact: false };
  }
  const wanted = (p.get('show') ?? '').slice(0, 200).split(',').map((s) => s.trim());
  const show = allowed.filter((id) => wanted.includes(id));
  return { show: show.length ? show : null, compact: p.get('compact') === '1' };
}
