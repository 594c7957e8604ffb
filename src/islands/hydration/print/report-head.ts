/**
 * A printed calculator report's head carries the date and the address that restores it, which the live island
 * writes. Printing a page whose island is not live yet fills them in on the server's HTML at once, since the
 * browser lays out the printed page right after `beforeprint`, before any calculator code could load; the
 * island wakes then too. Only islands that print a report head load this (./ReportHead.astro, which
 * ../IslandRoot.astro renders): an article's card has none.
 */
addEventListener('beforeprint', () => {
  for (const root of document.querySelectorAll('[data-island][data-ssr]')) {
    for (const el of root.querySelectorAll<HTMLElement>('[data-print-date],[data-print-link]')) {
      const { printDate, printLink } = el.dataset;
      el.textContent =
        printLink === undefined
          ? new Date().toLocaleDateString(printDate || [], { dateStyle: 'long' })
          : location.origin + (printLink || location.pathname + location.search);
    }
    // ../start/mount.ts hears this on the root (as it does when a store the island reads has changed).
    root.dispatchEvent(new Event('island-wake'));
  }
});
