/** Average adult silent-reading speed for plain prose, in words per minute. */
const WORDS_PER_MINUTE = 220;

/** Counts the words of an MDX/Markdown body, ignoring frontmatter, tags, imports and markup. */
export function countWords(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read a body, at least 1. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}
