/**
 * The full search page: Component UI input and results behind the query pipeline, the status line,
 * multi-select Type and Topic filters (checkboxes; several values in a group mean any of them, and a
 * topic keeps the glossary terms and answers that belong to it), and the query and filters kept in
 * the URL (`/search/?q=sla&type=Article&topic=Pricing`) so a search can be linked. Until the search
 * bundle loads, and if it cannot, the page's own form still searches (a plain GET to this page).
 */
import { SEARCH_TYPES, TOPIC_LABELS } from '../types.ts';
import type { PipelineResult } from '../query/pipeline.ts';
import { searchParts } from './parts.ts';
import { devIndexNote, loadComponentUi, loadFailure, searchInstance } from './ui.ts';
import type { ComponentInstance } from './pagefind-types.ts';

const INSTANCE = 'page';
/** Filters the page reads from and writes to the URL. */
const URL_FILTERS = ['type', 'topic'] as const;
/** Each filter group's label and values, in the order shown. */
const GROUPS: Record<(typeof URL_FILTERS)[number], { label: string; values: string[] }> = {
  type: { label: 'Type', values: Object.values(SEARCH_TYPES) },
  topic: { label: 'Topic', values: Object.values(TOPIC_LABELS) },
};

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

/**
 * The filter pane: a disclosure (closed on phones, so results come first; open on wide screens)
 * with one fieldset of checkboxes per group. Counts follow each search.
 */
function filterPane(
  instance: ComponentInstance,
  chosen: Record<string, string[]>,
): { el: HTMLElement; update(run: PipelineResult | null): void } {
  const details = document.createElement('details');
  details.className = 'search-filter-pane';
  details.open = matchMedia('(min-width: 48rem)').matches;
  const summary = document.createElement('summary');
  details.append(summary);
  const boxes: { group: string; value: string; input: HTMLInputElement; count: HTMLElement }[] = [];
  const selected = () => {
    const out: Record<string, string[]> = {};
    for (const b of boxes) if (b.input.checked) (out[b.group] ??= []).push(b.value);
    return out;
  };
  const label = () => {
    const n = boxes.filter((b) => b.input.checked).length;
    summary.textContent = n ? `Filters (${n} chosen)` : 'Filters';
  };
  for (const group of URL_FILTERS) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = GROUPS[group].label;
    fieldset.append(legend);
    for (const value of GROUPS[group].values) {
      const l = document.createElement('label');
      const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: group, value });
      input.checked = chosen[group]?.includes(value) ?? false;
      const count = document.createElement('span');
      count.className = 'search-filter-count';
      l.append(input, ` ${value} `, count);
      fieldset.append(l);
      boxes.push({ group, value, input, count });
      input.addEventListener('change', () => {
        label();
        instance.triggerSearchWithFilters(instance.searchTerm, selected());
      });
    }
    details.append(fieldset);
  }
  label();
  return {
    el: details,
    update(run) {
      for (const b of boxes) {
        const n = run?.counts[b.group]?.[b.value];
        b.count.textContent = run ? `(${n ?? 0})` : '';
      }
    },
  };
}

/** Replaces the page's fallback form with the live search UI and runs the search in the URL. */
export async function mountSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const output = root.querySelector<HTMLElement>('[data-search-output]')!;
  let components;
  try {
    components = await loadComponentUi();
  } catch {
    // The form above still works (it reloads this page with ?q=); say why live search is missing.
    output.replaceChildren(loadFailure(() => mountSearchPage()));
    return;
  }
  const instance = searchInstance(components, INSTANCE);
  const { q, filters } = readSearchUrl(location.search);
  const pane = filterPane(instance, filters);
  const { status, devNote, input, empty, results } = searchParts(
    instance,
    INSTANCE,
    (s) => instance.triggerSearchWithFilters(s, instance.searchFilters ?? {}),
    (run) => pane.update(run),
  );
  instance.on('error', () => output.replaceChildren(loadFailure(async () => location.reload())));
  root.querySelector('[data-search-box]')!.replaceChildren(input);
  root.querySelector('[data-search-filters]')!.replaceChildren(pane.el);
  output.replaceChildren(devNote, status.el, results, empty.el);
  instance.on('search', (term, chosen) => {
    const url = `${location.pathname}${writeSearchUrl(term, chosen ?? {})}`;
    if (url !== location.pathname + location.search) history.replaceState(null, '', url);
  });
  void devIndexNote(devNote);
  await instance.triggerLoad();
  if (q || Object.keys(filters).length) instance.triggerSearchWithFilters(q, filters);
  const box = root.querySelector<HTMLInputElement>('pagefind-input input');
  if (box) {
    box.value = q;
    box.focus();
  }
}
