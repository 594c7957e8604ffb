/**
 * The search dialog opened from the header: Pagefind's Component UI modal (a native modal
 * `<dialog>`: focus stays inside, Escape closes) with our result template, forgiving search,
 * empty state and a link to the full search page. Loaded on first use only.
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

const INSTANCE = 'dialog';

interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

let modal: Promise<ModalElement> | null = null;
let returnTo: HTMLElement | null = null;
let devNote: HTMLElement | null = null;

function part<T extends HTMLElement = HTMLElement>(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: Node[]
): T {
  const el = document.createElement(tag) as T;
  el.setAttribute('instance', INSTANCE);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

async function create(): Promise<ModalElement> {
  const components = await loadComponentUi();
  const instance = searchInstance(components, INSTANCE);
  const correction = Object.assign(document.createElement('p'), { className: 'search-correction', hidden: true });
  devNote = Object.assign(document.createElement('p'), { className: 'search-dev-note', hidden: true });
  const empty = emptyState();
  makeForgiving(instance, wireNotes(instance, correction, empty));

  const results = part<HTMLElement & { resultTemplate: (d: ResultData) => HTMLElement }>('pagefind-results');
  results.resultTemplate = (data) => renderResult(data, instance);
  const fullSearch = Object.assign(document.createElement('a'), {
    href: '/search/',
    textContent: 'Full search with filters',
  });
  fullSearch.className = 'search-full-link';
  instance.on('search', (term) => {
    fullSearch.href = term ? `/search/?q=${encodeURIComponent(term)}` : '/search/';
  });

  const el = part<ModalElement>(
    'pagefind-modal',
    { id: 'site-search', class: 'search-dialog' },
    part(
      'pagefind-modal-header',
      {},
      part('pagefind-input', { placeholder: 'Search articles, calculators, glossary, FAQ' }),
    ),
    part('pagefind-modal-body', {}, devNote, correction, part('pagefind-summary'), results, empty),
    part('pagefind-modal-footer', {}, fullSearch, part('pagefind-keyboard-hints')),
  );
  document.body.append(el);
  const dialogEl = el.querySelector('dialog')!;
  dialogEl.setAttribute('aria-label', 'Search the site');
  dialogEl.addEventListener('keydown', (e) => trapTab(dialogEl, e));
  dialogEl.addEventListener('focusout', (e) => keepFocus(dialogEl, e));
  dialogEl.addEventListener('close', () => {
    // Focus goes back to whatever opened the dialog (the header button, or where the shortcut was pressed).
    if (returnTo?.isConnected) returnTo.focus();
  });
  return el;
}

/**
 * Keeps Tab and Shift+Tab cycling inside the dialog. A modal <dialog> makes the page inert, but
 * browsers still let Tab leave for their own toolbar; this keeps keyboard users in the search.
 */
function trapTab(dialogEl: HTMLDialogElement, e: KeyboardEvent): void {
  if (e.key !== 'Tab') return;
  const focusable = [
    ...dialogEl.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])',
    ),
  ].filter((x) => x.getClientRects().length > 0);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * Results are replaced while a search is typed (each keystroke's results render over the last), and a
 * focused result link removed that way drops focus to the page behind the dialog. Focus goes back to the
 * link's replacement (the same address), or else to the search box.
 */
function keepFocus(dialogEl: HTMLDialogElement, e: FocusEvent): void {
  const gone = e.target;
  if (e.relatedTarget || !(gone instanceof HTMLElement)) return;
  const href = gone.getAttribute('href');
  setTimeout(() => {
    if (gone.isConnected || !dialogEl.open || dialogEl.contains(document.activeElement)) return;
    const same = href
      ? [...dialogEl.querySelectorAll<HTMLElement>('a[href]')].find((a) => a.getAttribute('href') === href)
      : undefined;
    (same ?? dialogEl.querySelector<HTMLElement>('pagefind-input input'))?.focus();
  }, 0);
}

/**
 * Opens the dialog (creating it on first call), remembers where focus should return, and puts
 * anything typed while it loaded into the search box.
 */
export async function openSearchDialog(opener: Element | null, takeTyped: () => string = () => ''): Promise<void> {
  modal ??= create();
  const el = await modal;
  if (el.isOpen) {
    takeTyped();
    return;
  }
  returnTo =
    opener instanceof HTMLElement && opener !== document.body
      ? opener
      : document.querySelector<HTMLElement>('[data-search-open]');
  el.open();
  // In dev, say how fresh the index is each time (it rebuilds as content is edited).
  if (devNote) void devIndexNote(devNote);
  const input = el.querySelector<HTMLInputElement>('pagefind-input input');
  input?.focus();
  const typed = takeTyped();
  if (input && typed) {
    input.value += typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
