/**
 * Size budgets, in bytes of gzip, in one place. Later features add their own rows;
 * the build test matches each built page against the first rule whose pattern fits.
 */
export interface JsBudget {
  /** What kind of page this is, for the failure message. */
  name: string;
  /** Which built pages (URL paths) the budget applies to. */
  match: RegExp;
  /** JavaScript the page loads before any interaction, gzip bytes. */
  maxJsGzip: number;
  /**
   * JavaScript the page has loaded once the reader has used its calculators: the above plus everything
   * their code can load (component, Preact, stores, model, the simulation and the CSV export), gzip bytes.
   */
  maxLiveJsGzip?: number;
}

/**
 * A calculator's code loads when the reader reaches for it (src/islands/hydration/): until then a page
 * runs only the small hydration module beside the site's own scripts (theme, search button).
 */
export const JS_BUDGETS: JsBudget[] = [
  // Live budgets count everything a calculator can load: its component, Preact and the stores, the model,
  // the simulation and the CSV export, plus what the page loaded first. Each is the figure measured on
  // 2026-12-06 rounded up to the next half kilobyte, so a change that adds code shows here. The two calculators
  // that price every option part by part (four options, eleven parts, requests, upkeep, tools and risk) carry
  // the heaviest model: comparison 33,473 B, hybrid planner 32,040 B; quote comparison 25,417 B (it prices
  // left-out services with the comparison's model), downtime 23,894 B, scorecard 22,109 B (its questions' prose
  // travels in the page's HTML, not in its code), uptime 21,805 B. The shared frame (about 17 KB: Preact and
  // hooks 5.2 KB, the stores, the number parser, the shell with its print report and notices) is in all of them.
  // "What to do next" (about 115 B of code, its words in the props) took the scorecard past its old 21.5 KB, and
  // the comparison 435 B under its old 33.5 KB (its three steps' words moved from its code to its props).
  {
    name: 'cost comparison page',
    match: /^\/calculators\/cost-comparison\/$/,
    maxJsGzip: 2.5 * 1024,
    maxLiveJsGzip: 33 * 1024,
  },
  {
    name: 'hybrid planner page',
    match: /^\/calculators\/hybrid-planner\/$/,
    maxJsGzip: 2.5 * 1024,
    maxLiveJsGzip: 31.5 * 1024,
  },
  {
    name: 'quote comparison page',
    match: /^\/calculators\/provider-quotes\/$/,
    maxJsGzip: 2.5 * 1024,
    maxLiveJsGzip: 25 * 1024,
  },
  {
    name: 'downtime page',
    match: /^\/calculators\/downtime-cost\/$/,
    maxJsGzip: 2.5 * 1024,
    maxLiveJsGzip: 23.5 * 1024,
  },
  {
    name: 'scorecard page',
    match: /^\/calculators\/which-model\/$/,
    maxJsGzip: 2.5 * 1024,
    maxLiveJsGzip: 22 * 1024,
  },
  { name: 'calculator page', match: /^\/calculators\/[^/]+\/$/, maxJsGzip: 2.5 * 1024, maxLiveJsGzip: 21.5 * 1024 },
  // The embed builder (/embed/) is a small form with a live preview; its guide ships no widget.
  // The builder validates the provider's presets and call to action with the embed's own parsers.
  { name: 'embed builder', match: /^\/embed\/$/, maxJsGzip: 6.5 * 1024 },
  { name: 'embed guide', match: /^\/embed\/guide\/$/, maxJsGzip: 2 * 1024 },
  // Before interaction an embed runs the start-up module and its frame runtime (theme, notices, height, host
  // events, sandbox-safe links); the provider's name and call to action load only when the embed carries them.
  { name: 'embed page', match: /^\/embed\/[^/]+\/$/, maxJsGzip: 5 * 1024, maxLiveJsGzip: 36 * 1024 },
  // Until the reader touches its calculator card, an article runs what a static page does (the theme, the
  // header's script with search and the glossary tooltips) plus the card's entry and the hydration start-up
  // module; the card's code loads on the first interaction, which still counts (src/islands/hydration/README.md).
  { name: 'article with an inline calculator', match: /^\/articles\/[^/]+\/$/, maxJsGzip: 2 * 1024 },
  { name: 'page without an interactive widget', match: /.*/, maxJsGzip: 2 * 1024 },
];

/** The budget of a page: the first row whose pattern matches its path. */
export function budgetFor(path: string): JsBudget {
  return JS_BUDGETS.find((b) => b.match.test(path))!;
}

/** Gzip bytes of /embed.js, the loader a host page includes. */
export const LOADER_MAX_GZIP = 1536;

/**
 * A whole embedded calculator as it opens (its HTML, its one stylesheet and every script it loads before the
 * reader touches it), gzip bytes. The calculator's own code loads when the reader reaches for it and is held
 * by the embed page's maxLiveJsGzip above.
 */
export const EMBED_MAX_GZIP = 20 * 1024;

/** Gzip bytes of an embed page's one stylesheet: src/styles/embed.css with what it imports. */
export const EMBED_CSS_MAX_GZIP = 4 * 1024;

/** Pages that ship no widget must stay at or under this, whatever else changes. */
export const STATIC_PAGE_JS_GZIP = 2 * 1024;

/**
 * Gzip bytes an article's calculator card adds to its HTML (the placement, the card and its props): the
 * card asks a few questions, so it carries the words of those fields only.
 */
export const ARTICLE_CARD_HTML_GZIP = 1.25 * 1024;

/**
 * Gzip bytes (level 9) of an article page's HTML, head to footer: its text, citations and glossary tips, diagrams and
 * calculator card included. The page is the first thing a reader on a slow connection waits for.
 */
export const ARTICLE_HTML_GZIP = 9 * 1024;
