/**
 * The provider's name and call to action inside an embed frame. Loaded by frame.ts only when the embed's
 * query carries provider options, so other embeds download none of it. Invalid values were refused with a
 * notice in the builder; here they are left out silently, because the reader of the provider's page cannot fix them.
 */
import { ctaHref, parseProviderOptions, type HeadlineFigures } from './provider.ts';

/**
 * Fill the `[data-embed-provider]` box: "From <name>" and a button to the provider's address, opened in the
 * whole window (`_top`: the reader leaves the article for the provider's own page). `sandboxed` frames
 * cannot navigate the window, so the address is shown as text instead. `onCta` runs on each click.
 */
export function showProvider(
  doc: Document,
  query: URLSearchParams,
  figures: () => HeadlineFigures,
  sandboxed: boolean,
  onCta: () => void,
): void {
  const box = doc.querySelector<HTMLElement>('[data-embed-provider]');
  const { name, cta } = parseProviderOptions(query);
  if (!box || (!name && !cta)) return;
  if (cta) {
    const p = doc.createElement('p');
    if (sandboxed) {
      p.textContent = `${cta.label}: ${cta.url}`;
    } else {
      const a = doc.createElement('a');
      a.className = 'button';
      a.target = '_top';
      a.rel = 'noopener';
      a.textContent = cta.label;
      a.dataset.embedCta = '';
      const sync = () => (a.href = ctaHref(cta, figures()));
      sync();
      for (const type of ['pointerdown', 'focus', 'mouseenter']) a.addEventListener(type, sync);
      a.addEventListener('click', () => {
        sync();
        onCta();
      });
      p.append(a);
    }
    box.append(p);
  }
  if (name) {
    const p = doc.createElement('p');
    p.className = 'embed-provider-name';
    p.textContent = `From ${name}`;
    box.append(p);
  }
  box.hidden = false;
}
