/**
 * How Pagefind ranks results on this site. The defaults favour short pages strongly, which let a
 * two-line glossary entry that mentions "hour" outrank the article about hourly rates; articles are long
 * by nature, so page length counts for little here, and a match in a title counts for most.
 * The browser UI and the ranking tests both use this object.
 */
export const RANKING = {
  /** 0 ignores page length, 1 fully normalises by it (Pagefind's default is 0.75). */
  pageLength: 0.1,
  /** Matches in the title outweigh matches elsewhere (Pagefind's default title weight is lower). */
  metaWeights: { title: 10 },
} as const;
