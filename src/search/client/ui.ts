/**
 * Shared by the search dialog and the /search/ page: loads Pagefind's Component UI on demand, puts
 * the query pipeline in front of it (pipeline.ts), and renders results, the status line (count and
 * what was done to the query, in one live region), the empty state and the "could not load" state.
 */
import searchCss from './search.css?url';
import { RANKING } from '../ranking.ts';
import type { PipelineResult } from '../query/pipeline.ts';
import type { Note } from '../query/types.ts';
import { BUNDLE } from './pipeline.ts';
import type { ComponentInstance, ComponentUi, ResultData } from './pagefind-types.ts';

export { BUNDLE };

function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      link.remove();
      reject(new Error(`${href} did not load`));
    });
  });
  document.head.append(link);
  return loaded;
}

let ui: Promise<ComponentUi> | null = null;
/** Failed attempts so far: a retry asks for the script under a new address (a failed import stays failed). */
let attempts = 0;

/**
 * Loads the Component UI script and styles once; later calls reuse them. If they cannot load
 * (offline, blocked), the promise rejects and the next call tries again.
 */
export function loadComponentUi(): Promise<ComponentUi> {
  ui ??= (async () => {
    const script = `${BUNDLE}pagefind-component-ui.js${attempts ? `?retry=${attempts}` : ''}`;
    await Promise.all([
      stylesheet(`${BUNDLE}pagefind-component-ui.css`),
      stylesheet(searchCss),
      import(/* @vite-ignore */ script),
    ]);
    const components = (window as unknown as { PagefindComponents?: ComponentUi }).PagefindComponents;
    if (!components) throw new Error('Pagefind did not start');
    return components;
  })().catch((e: unknown) => {
    ui = null;
    attempts++;
    throw e;
  });
  return ui;
}

/**
 * The named Component UI instance, configured with the site's ranking before it loads Pagefind.
 * Its own announcements are silenced: they go to a live region outside any dialog, and the status
 * line (statusLine) announces the same, with what was done to the query, where the reader is.
 */
export function searchInstance(components: ComponentUi, name: string): ComponentInstance {
  const instance = components.configureInstance(name, { ranking: RANKING });
  instance.announce = () => undefined;
  instance.announceRaw = () => undefined;
  return instance;
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

const quote = (s: string): string => `“${s}”`;
const list = (words: readonly string[]): string => words.map(quote).join(', ');

/** The sentence for one thing the pipeline did, or null when it needs none. */
export function noteText(note: Note): string | null {
  switch (note.kind) {
    case 'corrected':
      return null; // said once, by the "Showing results for" sentence
    case 'unknown':
      return `No page mentions ${list(note.words)}, so ${note.words.length > 1 ? 'they were' : 'it was'} left out.`;
    case 'relaxed':
      return note.matched === 'most'
        ? 'No page has every word, so pages with most of them are shown.'
        : 'No page has every word, so pages with any of them are shown.';
  }
}

/**
 * The status line: how many results, for what (the query as searched, so the count and any
 * correction agree), and what was done to the query. One live region, inside the page or dialog.
 */
export function statusLine(): { el: HTMLElement; show(run: PipelineResult | null, term: string, count: number): void } {
  const el = document.createElement('div');
  el.className = 'search-status';
  el.setAttribute('role', 'status');
  el.setAttribute('aria-live', 'polite');
  el.setAttribute('aria-atomic', 'true');
  const count = text('p', 'search-count', '');
  const correction = text('p', 'search-correction', '');
  const notes = text('p', 'search-notes', '');
  correction.hidden = notes.hidden = true;
  el.append(count, correction, notes);
  return {
    el,
    show(run, term, n) {
      const shown = run && run.notes.some((x) => x.kind === 'corrected') ? run.plan.shown : term;
      count.textContent = term ? `${n === 0 ? 'No' : n} result${n === 1 ? '' : 's'} for ${quote(shown)}.` : '';
      const corrected = Boolean(term && run && shown !== term && n > 0);
      correction.hidden = !corrected;
      if (corrected)
        correction.replaceChildren('Showing results for ', text('strong', '', shown), ` (you typed ${quote(term)}).`);
      const said = (run?.notes ?? []).map(noteText).filter((x): x is string => Boolean(x));
      notes.hidden = said.length === 0 || n === 0;
      notes.textContent = said.join(' ');
    },
  };
}

/** Searches offered when nothing matches: the site's main subjects, each a query known to find them. */
export const SUGGESTED_SEARCHES = ['managed services', 'break/fix', 'pricing', 'cost of downtime', 'SLA', 'hybrid'];

/**
 * The empty state: what was searched, concrete searches to try instead (buttons that run them), and
 * where to browse. `run` is called with a suggestion the reader picks.
 */
export function emptyState(run: (query: string) => void): {
  el: HTMLElement;
  show(term: string | null, unknown: readonly string[]): void;
} {
  const box = document.createElement('div');
  box.className = 'search-empty';
  box.hidden = true;
  const what = document.createElement('p');
  const tryLine = document.createElement('p');
  tryLine.append('Try one of these: ');
  SUGGESTED_SEARCHES.forEach((s, i) => {
    const b = text('button', 'search-suggestion', s) as HTMLButtonElement;
    b.type = 'button';
    b.addEventListener('click', () => run(s));
    tryLine.append(b, i < SUGGESTED_SEARCHES.length - 1 ? ' ' : '');
  });
  const browse = document.createElement('p');
  browse.innerHTML =
    'Or browse <a href="/articles/">all articles</a>, <a href="/calculators/">the calculators</a>, ' +
    '<a href="/glossary/">the glossary</a> or <a href="/faq/">questions and answers</a>.';
  box.append(what, tryLine, browse);
  return {
    el: box,
    show(term, unknown) {
      box.hidden = term === null;
      if (term === null) return;
      const strong = text('strong', '', `Nothing matches ${quote(term)}.`);
      const why = unknown.length
        ? ` The site has no page that mentions ${list(unknown)}.`
        : ' Try fewer or simpler words (“cost” rather than “costing”), or a term from the glossary.';
      what.replaceChildren(strong, why);
    },
  };
}

/**
 * The state shown when the search bundle (/pagefind/) could not load: says so plainly and offers a
 * retry; `retry` resolves once search works again (or rejects if it still cannot load).
 */
export function loadFailure(retry: () => Promise<void>): HTMLElement {
  const box = document.createElement('div');
  box.className = 'search-failed';
  box.setAttribute('role', 'alert');
  const p = text(
    'p',
    '',
    'The search index could not load, so search is not available right now. Check your connection and try again.',
  );
  const button = text('button', 'button search-retry', 'Retry') as HTMLButtonElement;
  button.type = 'button';
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Retrying…';
    retry()
      .catch(() => undefined)
      .finally(() => {
        button.disabled = false;
        button.textContent = 'Retry';
      });
  });
  box.append(p, button);
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
