/**
 * The search dialog opened from the header: Pagefind's Component UI modal (a native modal
 * `<dialog>`: focus stays inside, Escape closes) with our result template, the query pipeline, one
 * status line inside the dialog (so screen readers hear it), an empty state with searches to try,
 * and a link to the full search page. Enter in the search box opens the first result.
 * Loaded on first use only; if the search bundle cannot load, a small dialog says so and can retry.
 */
import { searchParts } from './parts.ts';
import { devIndexNote, loadComponentUi, loadFailure, searchInstance } from './ui.ts';

const INSTANCE = 'dialog';

interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

let modal: Promise<ModalElement> | null = null;
let returnTo: HTMLElement | null = null;
let devNote: HTMLElement | null = null;

async function create(): Promise<ModalElement> {
  const components = await loadComponentUi();
  const instance = searchInstance(components, INSTANCE);
  const shared = searchParts(instance, INSTANCE, (q, box) => {
    box?.focus();
    instance.triggerSearch(q);
  });
  const { part, status, input, results, empty, pipeline } = shared;
  devNote = shared.devNote;
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
    part('pagefind-modal-header', {}, input),
    part('pagefind-modal-body', {}, devNote, status.el, results, empty.el),
    part('pagefind-modal-footer', {}, fullSearch, part('pagefind-keyboard-hints')),
  );
  document.body.append(el);
  const dialogEl = el.querySelector('dialog')!;
  dialogEl.setAttribute('aria-label', 'Search the site');
  dialogEl.addEventListener('keydown', (e) => {
    trapTab(dialogEl, e);
    openFirst(e, () => pipeline.latest());
  });
  dialogEl.addEventListener('focusout', (e) => keepFocus(dialogEl, e));
  dialogEl.addEventListener('close', () => {
    // Focus goes back to whatever opened the dialog (the header button, or where the shortcut was pressed).
    if (returnTo?.isConnected) returnTo.focus();
  });
  return el;
}

/**
 * Enter in the search box opens the first result, once the search for what was typed has finished
 * (a fast typist's Enter waits for it rather than opening a stale result).
 */
function openFirst(e: KeyboardEvent, latest: () => Promise<{ results: { url: string }[] } | null>): void {
  const target = e.target;
  if (e.key !== 'Enter' || e.isComposing || !(target instanceof HTMLInputElement) || !target.closest('pagefind-input'))
    return;
  e.preventDefault();
  const typed = target.value.trim();
  if (!typed) return;
  void latest().then((run) => {
    const first =
      run?.results[0]?.url ??
      target.closest('dialog')?.querySelector<HTMLAnchorElement>('pagefind-results a.pf-result-link')?.href;
    if (first && target.value.trim() === typed) location.assign(first);
  });
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
 * When the search bundle cannot load: a small modal dialog that says so, with Retry (which opens the
 * real search once it loads) and the same one close button.
 */
function showFailure(opener: Element | null, takeTyped: () => string): void {
  document.getElementById('search-failed')?.remove();
  const d = document.createElement('dialog');
  d.id = 'search-failed';
  d.className = 'search-failed-dialog';
  d.setAttribute('aria-label', 'Search could not load');
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
  close.className = 'button search-failed-close';
  close.addEventListener('click', () => d.close());
  d.append(
    loadFailure(async () => {
      modal = null;
      await loadComponentUi();
      d.close();
      await openSearchDialog(opener, takeTyped);
    }),
    close,
  );
  d.addEventListener('close', () => {
    d.remove();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });
  document.body.append(d);
  d.showModal();
  d.querySelector<HTMLButtonElement>('.search-retry')?.focus();
}

/**
 * Pagefind's modal header draws a close button for phones and another for wide screens; one is
 * enough (Escape closes too), and it gets a name that says what it closes.
 */
function oneCloseButton(el: HTMLElement): void {
  // The last one sits in the header's row, beside the search box.
  const buttons = [...el.querySelectorAll<HTMLButtonElement>('.pf-modal-close')];
  buttons.slice(0, -1).forEach((b) => b.remove());
  buttons.at(-1)?.setAttribute('aria-label', 'Close search');
}

/**
 * Opens the dialog (creating it on first call), remembers where focus should return, and puts
 * anything typed while it loaded into the search box.
 */
export async function openSearchDialog(opener: Element | null, takeTyped: () => string = () => ''): Promise<void> {
  modal ??= create();
  let el: ModalElement;
  try {
    el = await modal;
  } catch {
    modal = null;
    takeTyped();
    return showFailure(opener, takeTyped);
  }
  if (el.isOpen) {
    takeTyped();
    return;
  }
  returnTo =
    opener instanceof HTMLElement && opener !== document.body
      ? opener
      : document.querySelector<HTMLElement>('[data-search-open]');
  el.open();
  oneCloseButton(el);
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
