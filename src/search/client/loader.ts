/**
 * The only search code every page loads: opens the search dialog from the header button,
 * `/` or Ctrl/Cmd-K, and fetches the dialog code (and Pagefind) on first use.
 */
const typing = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

let dialog: Promise<typeof import('./index.ts')> | undefined;

function open(event: Event): void {
  event.preventDefault();
  const page = document.querySelector<HTMLElement>('[data-search-page] input');
  // On /search/ itself the shortcuts go to the page's own search box.
  if (page && event.type === 'keydown') return page.focus();
  const opener = document.activeElement;
  (dialog ??= import('./index.ts')).then((m) => m.openSearchDialog(opener));
}

document.querySelector('[data-search-open]')?.addEventListener('click', open);
document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.isComposing || e.altKey) return;
  const k = e.key.toLowerCase();
  if ((k === 'k' && (e.ctrlKey || e.metaKey)) || (k === '/' && !e.ctrlKey && !e.metaKey && !typing(e.target))) open(e);
});
