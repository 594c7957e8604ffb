/**
 * The embed builder on /embed/: reads the form, builds the snippet (loader, plain iframe or address
 * for WordPress), updates the live preview and copies the snippet. The snippet is shown as text
 * only; every value in it comes from a whitelist (selects, checkboxes) or the hex validator.
 */
import { isHeightMessage, MAX_HEIGHT, MIN_HEIGHT } from './height.ts';
import { escapeAttribute, iframeSnippet } from './oembed.ts';
import { parseHexColour } from './options.ts';
import { frameTitle, type CalculatorSlug } from './urls.ts';

const form = document.querySelector<HTMLFormElement>('form[data-embed-builder]');
const code = document.querySelector<HTMLElement>('[data-snippet]');
const preview = document.querySelector<HTMLIFrameElement>('iframe[data-preview]');
const status = document.querySelector<HTMLElement>('[data-copy-status]');

/** The query the form describes, in the calculators' own keys, plus the same as loader attributes. */
function read(f: HTMLFormElement) {
  const data = new FormData(f);
  const slug = String(data.get('calculator')) as CalculatorSlug;
  const query = new URLSearchParams();
  const attrs: Array<[string, string]> = [];
  const add = (key: string, attr: string, value: string) => {
    query.set(key, value);
    attrs.push([attr, value]);
  };
  for (const [key, attr] of [
    ['cur', 'currency'],
    ['loc', 'locale'],
    ['theme', 'theme'],
  ] as const) {
    const v = String(data.get(key) ?? '');
    if (v && v !== 'auto') add(key, attr, v);
  }
  const accent = parseHexColour(String(data.get('accent') ?? ''));
  if (accent) add('accent', 'accent', accent);
  if (data.get('compact')) add('compact', 'compact', '1');
  const show = data.getAll(`show-${slug}`).map(String);
  if (show.length) add('show', 'show', show.join(','));
  return { slug, query: query.toString(), attrs, kind: String(data.get('kind')) };
}

function update(f: HTMLFormElement): void {
  const { slug, query, attrs, kind } = read(f);
  const origin = location.origin;
  for (const box of f.querySelectorAll<HTMLElement>('[data-sections-for]'))
    box.hidden = box.dataset.sectionsFor !== slug;
  let text: string;
  if (kind === 'iframe') text = iframeSnippet(slug, origin, query);
  else if (kind === 'url') text = `${origin}/calculators/${slug}/`;
  else {
    const data = attrs.map(([a, v]) => ` data-${a}="${escapeAttribute(v)}"`).join('');
    text = `<div data-calculator="${slug}"${data}></div>\n<script src="${origin}/embed.js" async></script>`;
  }
  code!.textContent = text;
  const src = `/embed/${slug}/${query ? `?${query}` : ''}`;
  if (preview && preview.getAttribute('src') !== src) {
    preview.src = src;
    preview.title = `Preview: ${frameTitle(slug)}`;
  }
}

if (form && code) {
  // `/embed/?calculator=<slug>` (from a calculator page) preselects it; only listed slugs are taken.
  const picker = form.elements.namedItem('calculator') as HTMLSelectElement;
  const wanted = new URLSearchParams(location.search).get('calculator');
  if ([...picker.options].some((o) => o.value === wanted)) picker.value = wanted!;
  form.addEventListener('input', () => update(form));
  form.addEventListener('change', () => update(form));
  update(form);
  document.querySelector('[data-copy]')?.addEventListener('click', async () => {
    let done = false;
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      done = true;
    } catch {
      // Clipboard refused (permissions, insecure context): select the text so Ctrl+C works.
      getSelection()?.selectAllChildren(code);
    }
    if (status)
      status.textContent = done
        ? 'Copied. Paste it into your page.'
        : 'Could not copy automatically: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
  });
}

// The preview reports its height like any embed; only messages from that frame on this origin count.
addEventListener('message', (e: MessageEvent) => {
  if (!preview || e.origin !== location.origin || e.source !== preview.contentWindow || !isHeightMessage(e.data))
    return;
  preview.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, e.data.height))}px`;
});
