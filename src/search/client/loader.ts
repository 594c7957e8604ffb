/**
 * The only search code every page loads: opens the search dialog from the header button,
 * `/` or Ctrl/Cmd-K, and fetches the dialog code (and Pagefind) on first use. Keys typed while
 * that loads are kept and handed to the search box, so a fast typist loses nothing.
 */
const typing = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

let dialog: Promise<typeof import('./index.ts')> | undefined;
let buffer: string | null = null;

function open(event: Event): void {
  event.preventDefault();
  const page = document.querySelector<HTMLElement>('[data-search-page] input');
  // On /search/ itself the shortcuts go to the page's own search box.
  if (page && event.type === 'keydown') return page.focus();
  const opener = document.activeElement;
  buffer ??= '';
  // Keys are buffered until the dialog's input has focus; it takes them then.
  (dialog ??= import('./index.ts'))
    .then((m) =>
      m.openSearchDialog(opener, () => {
        const typed = buffer ?? '';
        buffer = null;
        return typed;
      }),
    )
    .catch(() => {
      // Search could not load (offline?): stop swallowing keys and fall back to the search page.
      buffer = null;
      dialog = undefined;
      location.href = '/search/';
    });
}

document.querySelector('[data-search-open]')?.addEventListener('click', open);
document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.isComposing || e.altKey) return;
  const k = e.key.toLowerCase();
  if (buffer !== null && k.length === 1 && !e.ctrlKey && !e.metaKey) {
    buffer += e.key;
    e.preventDefault();
  } else if ((k === 'k' && (e.ctrlKey || e.metaKey)) || (k === '/' && !e.ctrlKey && !e.metaKey && !typing(e.target)))
    open(e);
});
