/**
 * Build-time half of forgiving search: the words a reader is likely to type, taken from
 * what names things on the site (titles, headings, descriptions, glossary terms, FAQ questions).
 * The result is a small JSON list fetched only when a search needs correcting.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of an HTML fragment: tags dropped, common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The texts that name things on one indexed page: its headings (h1–h4), its title and meta description.
 * Parts marked `data-pagefind-ignore="all"` are skipped, so "Related articles" lists and the
 * table of contents do not count twice.
 */
export function namingTexts(html: string): string[] {
  const body = html.replace(/<(nav|footer|aside)\b[^>]*data-pagefind-ignore="all"[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const texts: string[] = [];
  for (const m of body.matchAll(/<h([1-4])\b[^>]*>([\s\S]*?)<\/h\1>/g)) texts.push(htmlToText(m[2]!));
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  if (description) texts.push(htmlToText(description));
  return texts.filter(Boolean);
}

/** Letters-only words of three or more characters, lower-cased. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).filter((w) => w.length >= 3);
}

/** Every distinct word in `texts`, most frequent first, then alphabetical (stable output, stable tests). */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of wordsOf(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}
