/**
 * Shared by the search dialog and the /search/ page: loads Pagefind's Component UI on demand,
 * adds forgiving search, and renders results with their type and highlighted excerpt.
 */
import searchCss from './search.css?url';
import { RANKING } from '../ranking.ts';
import { correctQuery, makeVocabulary, type Vocabulary } from '../spelling.ts';
import type {
  ComponentInstance,
  ComponentUi,
  Filters,
  PagefindApi,
  ResultData,
  SearchResponse,
} from './pagefind-types.ts';

/** Where the search bundle lives (the build and the dev server both serve it here). */
export const BUNDLE = '/pagefind/';
/** Below this many results, a corrected query is tried too. */
const FEW_RESULTS = 2;

function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

let ui: Promise<ComponentUi> | null = null;

/** Loads the Component UI script and styles once; later calls reuse them. */
export function loadComponentUi(): Promise<ComponentUi> {
  ui ??= (async () => {
    const script = `${BUNDLE}pagefind-component-ui.js`;
    await Promise.all([
      stylesheet(`${BUNDLE}pagefind-component-ui.css`),
      stylesheet(searchCss),
      import(/* @vite-ignore */ script),
    ]);
    return (window as unknown as { PagefindComponents: ComponentUi }).PagefindComponents;
  })();
  return ui;
}

/** The named Component UI instance, configured with the site's ranking before it loads Pagefind. */
export function searchInstance(components: ComponentUi, name: string): ComponentInstance {
  return components.configureInstance(name, { ranking: RANKING });
}

let vocabulary: Promise<Vocabulary> | null = null;
const loadVocabulary = (): Promise<Vocabulary> =>
  (vocabulary ??= fetch(`${BUNDLE}site-vocabulary.json`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => [])
    .then(makeVocabulary));

/** Several ticked values of one filter mean "any of them" (Pagefind's default would be "all"). */
function anyOf(filters: Filters | undefined): Filters | undefined {
  if (!filters) return filters;
  const out: Filters = {};
  for (const [k, v] of Object.entries(filters)) out[k] = Array.isArray(v) && v.length > 1 ? { any: v } : v;
  return out;
}

/**
 * Makes an instance forgiving: when a query finds fewer than two results, each unknown word is
 * corrected against the site vocabulary and the corrected query is run; if it finds more, its results
 * are shown and `onCorrection` is told the query used (or null when the query was used as typed).
 * Hooks the Pagefind API object the instance loads, so every Component UI element benefits.
 */
export function makeForgiving(instance: ComponentInstance, onCorrection: (used: string | null) => void): void {
  let api: PagefindApi | null = null;
  let latest = 0;
  const already = (instance as unknown as { __pagefind__: PagefindApi | null }).__pagefind__;
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => api,
    set: wrap,
  });
  wrap(already);

  function wrap(loaded: PagefindApi | null): void {
    if (!loaded) return void (api = loaded);
    const search = loaded.search.bind(loaded);
    async function forgivingSearch(
      term: string | null,
      options: { filters?: Filters; sort?: unknown } = {},
    ): Promise<SearchResponse> {
      const id = ++latest;
      const opts = { ...options, filters: anyOf(options.filters) };
      const first = await search(term, opts);
      let used: string | null = null;
      let response = first;
      if (term && term.trim() && first.results.length < FEW_RESULTS) {
        const corrected = correctQuery(term, await loadVocabulary());
        if (corrected.changed) {
          const second = await search(corrected.query, opts);
          if (second.results.length > first.results.length) [response, used] = [second, corrected.query];
        }
      }
      if (id === latest) onCorrection(used);
      return response;
    }
    api = new Proxy(loaded, {
      get(target, prop) {
        if (prop === 'search') return forgivingSearch;
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}

const text = (tag: string, className: string, content: string): HTMLElement => {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
};

/** Pagefind's excerpt is HTML it built from our own indexed text, with matches in `<mark>`. */
const excerpt = (className: string, html: string): HTMLElement => {
  const p = document.createElement('p');
  p.className = className;
  p.innerHTML = html;
  return p;
};

/**
 * One result: its type, its title link, the excerpt with the match highlighted, and up to three
 * sub-results that link straight to the matching heading. Everything but Pagefind's excerpt is text.
 */
export function renderResult(data: ResultData, instance: ComponentInstance): HTMLElement {
  const li = document.createElement('li');
  li.className = 'pf-result search-result';
  const type = data.meta['type'] ?? 'Page';
  li.dataset['type'] = type;
  // Same card structure as Pagefind's own template, so its CSS (whole-card click target) fits.
  const card = document.createElement('div');
  card.className = 'pf-result-card';
  const content = document.createElement('div');
  content.className = 'pf-result-content';
  const title = document.createElement('p');
  title.className = 'pf-result-title';
  const link = text('a', 'pf-result-link', data.meta['title'] ?? data.url) as HTMLAnchorElement;
  link.href = data.url;
  title.append(link);
  content.append(text('p', 'search-result-type', type), title);
  if (data.excerpt) content.append(excerpt('pf-result-excerpt', data.excerpt));
  card.append(content);
  li.append(card);
  const subs = instance.getDisplaySubResults(data, 3);
  if (subs.length) {
    const list = document.createElement('ul');
    list.className = 'pf-heading-chips';
    list.setAttribute('aria-label', `Sections of ${data.meta['title'] ?? 'this page'}`);
    for (const sub of subs) {
      const item = document.createElement('li');
      item.className = 'pf-heading-chip';
      const a = text('a', 'pf-heading-link', sub.title) as HTMLAnchorElement;
      a.href = sub.url;
      item.append(a, excerpt('pf-heading-excerpt', sub.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/**
 * Wires the notes around the results: "Showing results for …" after a correction, and a helpful
 * empty state (with links to browse instead) when nothing matches.
 */
export function wireNotes(
  instance: ComponentInstance,
  correction: HTMLElement,
  empty: HTMLElement,
): (used: string | null) => void {
  instance.on('results', (response) => {
    const nothing = Boolean(instance.searchTerm.trim()) && response.results.length === 0;
    empty.hidden = !nothing;
    const term = empty.querySelector('[data-search-term]');
    if (term) term.textContent = instance.searchTerm;
  });
  return (used) => {
    correction.hidden = used === null;
    if (used === null) return;
    correction.replaceChildren('Showing results for ', text('strong', '', used), '.');
    instance.announceRaw(`No exact matches. Showing results for ${used}.`);
  };
}

/** The empty state: what to try, and where to browse. */
export function emptyState(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'search-empty';
  box.hidden = true;
  box.innerHTML =
    '<p><strong>Nothing matches “<span data-search-term></span>”.</strong> Try fewer words, a simpler word ' +
    '(“cost” rather than “costing”), or a term from the glossary.</p><p>Or browse: ' +
    '<a href="/articles/">all articles</a>, <a href="/calculators/">calculators</a>, ' +
    '<a href="/glossary/">glossary</a>, <a href="/faq/">questions and answers</a>.</p>';
  return box;
}

/** In `astro dev`, says how fresh the dev server's search index is (the build's is always current). */
export async function devIndexNote(target: HTMLElement): Promise<void> {
  if (!import.meta.env.DEV) return;
  const status = (await fetch(`${BUNDLE}dev-status.json`)
    .then((r) => r.json())
    .catch(() => null)) as { builtAt: string | null; pages: number; stale: boolean; error: string | null } | null;
  if (!status) return;
  const at = status.builtAt ? new Date(status.builtAt).toLocaleTimeString() : 'not yet';
  target.textContent = status.error
    ? `Dev search index failed to build: ${status.error}`
    : `Development search index of ${status.pages} pages, built ${at}.` +
      (status.stale
        ? ' Content has changed since; it is being rebuilt, so results may be stale.'
        : ' It rebuilds a few seconds after you save.');
  target.hidden = false;
}
