/**
 * What the glossary terms' tooltips (./Term.astro) need beyond CSS, for every term on the page. It rides in
 * the header's script (./SiteHeader.astro), which every page with terms loads already: one file fewer.
 */

// Escape dismisses the tooltip under the pointer or focus (WCAG 1.4.13); it returns the next time the term is reached.
addEventListener('keydown', (e) => {
  if (e.key === 'Escape')
    for (const term of document.querySelectorAll<HTMLElement>('.term:hover,.term:focus-within'))
      term.dataset.dismissed = '';
});

// A term reached (the pointer or focus coming in from outside it) shows its tooltip again. One opening near an
// edge of the screen (a term at the end of a line on a phone) shifts sideways to stay whole inside it:
// measured as it opens, moved through CSSOM (which the CSP allows, unlike style attributes).
for (const type of ['mouseover', 'focusin'])
  addEventListener(type, (e) => {
    const term = (e.target as Element).closest?.<HTMLElement>('.term');
    if (!term || term.contains((e as MouseEvent).relatedTarget as Node | null)) return;
    delete term.dataset.dismissed;
    const tip = term.querySelector<HTMLElement>('.tip')!;
    tip.style.translate = '';
    // Only the right edge needs it: a tooltip starts where its term does, inside the page's padding. 16 px
    // from the edge leaves room for a desktop scrollbar (innerWidth counts it).
    tip.style.translate = `${Math.min(0, innerWidth - 16 - tip.getBoundingClientRect().right)}px`;
  });
