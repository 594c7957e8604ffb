/**
 * The full search page: Component UI input, type and topic filters, results with sub-results,
 * and the query and filters kept in the URL (`/search/?q=sla&type=Article`) so a search can be linked.
 */
import {
  devIndexNote,
  emptyState,
  loadComponentUi,
  makeForgiving,
  renderResult,
  searchInstance,
  wireNotes,
} from './ui.ts';
import type { ResultData } from './pagefind-types.ts';

const INSTANCE = 'page';
/** Filters the page reads from and writes to the URL. */
const URL_FILTERS = ['type', 'topic'] as const;

function part<T extends HTMLElement = HTMLElement>(tag: string, attrs: Record<string, string> = {}): T {
  const el = document.createElement(tag) as T;
  el.setAttribute('instance', INSTANCE);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Reads `?q=` and the filters from a query string. */
export function readSearchUrl(search: string): { q: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of URL_FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The query string for a search, in a stable order. */
export function writeSearchUrl(q: string, filters: Record<string, string[]>): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const key of URL_FILTERS) for (const v of filters[key] ?? []) params.append(key, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Replaces the page's fallback form with the live search UI and runs the search in the URL. */
export async function mountSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const components = await loadComponentUi();
  const instance = searchInstance(components, INSTANCE);
  const correction = Object.assign(document.createElement('p'), { className: 'search-correction', hidden: true });
  const devNote = Object.assign(document.createElement('p'), { className: 'search-dev-note', hidden: true });
  const empty = emptyState();
  makeForgiving(instance, wireNotes(instance, correction, empty));

  const results = part<HTMLElement & { resultTemplate: (d: ResultData) => HTMLElement }>('pagefind-results');
  results.resultTemplate = (data) => renderResult(data, instance);
  root
    .querySelector('[data-search-box]')!
    .replaceChildren(part('pagefind-input', { placeholder: 'Search articles, calculators, glossary, FAQ' }));
  root.querySelector('[data-search-filters]')!.replaceChildren(part('pagefind-filter-pane', { expanded: '' }));
  root
    .querySelector('[data-search-output]')!
    .replaceChildren(devNote, correction, part('pagefind-summary'), results, empty);

  instance.on('search', (term, filters) => {
    const url = `${location.pathname}${writeSearchUrl(term, filters ?? {})}`;
    if (url !== location.pathname + location.search) history.replaceState(null, '', url);
  });
  void devIndexNote(devNote);
  await instance.triggerLoad();
  const { q, filters } = readSearchUrl(location.search);
  if (q || Object.keys(filters).length) instance.triggerSearchWithFilters(q, filters);
  const input = root.querySelector<HTMLInputElement>('pagefind-input input');
  if (input) {
    input.value = q;
    input.focus();
  }
}
