/**
 * Size budgets, in bytes of gzip, in one place. Later features add their own rows;
 * the build test matches each built page against the first rule whose pattern fits.
 */
export interface JsBudget {
  /** What kind of page this is, for the failure message. */
  name: string;
  /** Which built pages (URL paths) the budget applies to. */
  match: RegExp;
  /** Total JavaScript the page loads before any interaction, gzip bytes. */
  maxJsGzip: number;
}

export const JS_BUDGETS: JsBudget[] = [
  // The two calculators that price every option part by part (four options, eleven parts, requests,
  // upkeep, tools and risk) and read numbers in the page's format carry the heaviest model: a budget of
  // their own, so the other calculators stay held to 20 KB.
  { name: 'cost comparison page', match: /^\/calculators\/cost-comparison\/$/, maxJsGzip: 26.5 * 1024 },
  { name: 'hybrid planner page', match: /^\/calculators\/hybrid-planner\/$/, maxJsGzip: 26.5 * 1024 },
  { name: 'calculator page', match: /^\/calculators\/[^/]+\/$/, maxJsGzip: 20 * 1024 },
  // The embed builder (/embed/) is a small form with a live preview; its guide ships no widget.
  { name: 'embed builder', match: /^\/embed\/$/, maxJsGzip: 5 * 1024 },
  { name: 'embed guide', match: /^\/embed\/guide\/$/, maxJsGzip: 2 * 1024 },
  { name: 'embed page', match: /^\/embed\/[^/]+\/$/, maxJsGzip: 30 * 1024 },
  // The heaviest inline calculators are the comparison and the hybrid planner (see above).
  { name: 'article with an inline calculator', match: /^\/articles\/[^/]+\/$/, maxJsGzip: 27 * 1024 },
  { name: 'page without an interactive widget', match: /.*/, maxJsGzip: 2 * 1024 },
];

/** The budget of a page: the first row whose pattern matches its path. */
export function budgetFor(path: string): JsBudget {
  return JS_BUDGETS.find((b) => b.match.test(path))!;
}

/**
 * The comparison and the hybrid planner show server-computed simulations until the reader edits; the
 * simulation code (about 3 KB gzip) loads on the first edit. What a calculator page has loaded after
 * that first edit stays under this; the heaviest is the fair comparison, which prices four options.
 */
export const AFTER_EDIT_JS_GZIP = 30 * 1024;

/** Gzip bytes of /embed.js, the loader a host page includes. */
export const LOADER_MAX_GZIP = 1536;

/**
 * A whole embedded calculator (HTML + CSS + JS), gzip bytes. The comparison and the hybrid planner
 * embed the same model as their pages; the others stay far below.
 */
export const EMBED_MAX_GZIP = 40 * 1024;

/** Gzip bytes of an embed page's one stylesheet: src/styles/embed.css with what it imports. */
export const EMBED_CSS_MAX_GZIP = 3.5 * 1024;

/** Pages that ship no widget must stay at or under this, whatever else changes. */
export const STATIC_PAGE_JS_GZIP = 2 * 1024;
