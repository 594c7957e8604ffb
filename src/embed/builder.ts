/**
 * The embed builder on /embed/: reads the form, validates every value (a notice here for each one it changes
 * or leaves out, so the provider's live page never needs one), builds the snippet (loader, plain iframe or an
 * address), updates the live preview and copies the snippet. The snippet is shown as text only; every value
 * in it comes from a whitelist (selects, checkboxes), a validator or a clamp.
 */
import { attributeName, ATTRIBUTES } from './attributes.ts';
import { isHeightMessage, MAX_HEIGHT, MIN_HEIGHT } from './height.ts';
import { escapeAttribute, iframeSnippet } from './oembed.ts';
import { MIN_ACCENT_CONTRAST, contrast, parseHexColour, THEME_BACKGROUND } from './options.ts';
import { parseProviderOptions, PROVIDER_KEYS } from './provider.ts';
import { frameTitle, type CalculatorSlug } from './urls.ts';

const form = document.querySelector<HTMLFormElement>('form[data-embed-builder]');
const code = document.querySelector<HTMLElement>('[data-snippet]');
const preview = document.querySelector<HTMLIFrameElement>('iframe[data-preview]');
const status = document.querySelector<HTMLElement>('[data-copy-status]');
const noticeBox = document.querySelector<HTMLElement>('[data-builder-notices]');

/** The loader's attribute name for each query key it has a name for (the rest keep their short key). */
const ATTRIBUTE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ATTRIBUTES).map(([name, key]) => [key, attributeName(name)]),
);

/** A number typed in the builder (dot or comma decimals), clamped to the calculator's range, with a notice. */
function preset(input: HTMLInputElement, notices: string[]): string | null {
  const raw = input.value.trim();
  if (!raw) return null;
  const label = input.dataset.label ?? input.name;
  const n = Number(raw.replace(/\s/g, '').replace(',', '.'));
  if (!Number.isFinite(n)) {
    notices.push(`${label}: “${raw.slice(0, 20)}” is not a number, so the calculator’s default is kept.`);
    return null;
  }
  const min = input.dataset.min ? Number(input.dataset.min) : -Infinity;
  const max = input.dataset.max ? Number(input.dataset.max) : Infinity;
  const v = Math.min(max, Math.max(min, n));
  if (v !== n) notices.push(`${label}: ${raw} is outside ${min} to ${max}, so ${v} is used.`);
  return String(v);
}

/** The query the form describes, in the calculators' own keys, and the notices for what was changed. */
function read(f: HTMLFormElement) {
  const data = new FormData(f);
  const slug = String(data.get('calculator')) as CalculatorSlug;
  const query = new URLSearchParams();
  const notices: string[] = [];
  for (const key of ['cur', 'loc']) {
    const v = String(data.get(key) ?? '');
    if (v) query.set(key, v);
  }
  const theme = String(data.get('theme') ?? 'auto');
  if (theme !== 'auto') query.set('theme', theme);
  const rawAccent = String(data.get('accent') ?? '').trim();
  const accent = parseHexColour(rawAccent);
  if (rawAccent && !accent)
    notices.push(`Accent color “${rawAccent.slice(0, 20)}” is not a hex color such as #0b5cad, so it is left out.`);
  else if (accent) {
    // Readable on every background the embed may show: both themes when it follows the visitor.
    const backgrounds =
      theme === 'auto'
        ? [THEME_BACKGROUND.light, THEME_BACKGROUND.dark]
        : [THEME_BACKGROUND[theme as 'light' | 'dark']];
    const worst = Math.min(...backgrounds.map((b) => contrast(accent, b)));
    if (worst < MIN_ACCENT_CONTRAST)
      notices.push(
        `Accent color ${accent} is too faint (${worst.toFixed(1)}:1; links need ${MIN_ACCENT_CONTRAST}:1)${theme === 'auto' ? ' on one of the two themes; pick Light or Dark, or another color' : ''}, so it is left out.`,
      );
    else query.set('accent', accent);
  }
  if (data.get('compact')) query.set('compact', '1');
  const show = data.getAll(`show-${slug}`).map(String);
  if (show.length) query.set('show', show.join(','));
  // Prices and plan, only for a calculator that has those inputs; a plan service left unticked is "not included".
  for (const box of f.querySelectorAll<HTMLElement>('[data-for]')) {
    const used = box.dataset.for!.split(' ').includes(slug);
    box.hidden = !used;
    if (!used) continue;
    for (const input of box.querySelectorAll<HTMLInputElement>('input[data-preset]')) {
      const v = preset(input, notices);
      if (v !== null) query.set(input.name, v);
    }
    for (const input of box.querySelectorAll<HTMLInputElement>('input[data-plan]'))
      if (!input.checked) query.set(input.name, 'no');
  }
  // The provider's name and call to action, as the frame will read them.
  const raw = new URLSearchParams();
  for (const key of Object.values(PROVIDER_KEYS)) {
    const v = String(data.get(key) ?? '').trim();
    if (v) raw.set(key, v);
  }
  const provider = parseProviderOptions(raw);
  notices.push(...provider.notices);
  if (provider.name) query.set(PROVIDER_KEYS.name, provider.name);
  if (provider.cta) {
    query.set(PROVIDER_KEYS.label, provider.cta.label);
    query.set(PROVIDER_KEYS.url, provider.cta.url);
    if (provider.cta.figures) query.set(PROVIDER_KEYS.figures, '1');
  }
  return { slug, query, notices, kind: String(data.get('kind')) };
}

function showNotices(notices: string[]): void {
  if (!noticeBox) return;
  noticeBox.replaceChildren();
  noticeBox.hidden = notices.length === 0;
  if (!notices.length) return;
  const p = document.createElement('p');
  p.textContent = 'Changed before going into the snippet:';
  const list = document.createElement('ul');
  for (const text of notices) {
    const li = document.createElement('li');
    li.textContent = text;
    list.append(li);
  }
  noticeBox.append(p, list);
}

function update(f: HTMLFormElement): void {
  const { slug, query, notices, kind } = read(f);
  const origin = location.origin;
  const q = query.toString();
  for (const box of f.querySelectorAll<HTMLElement>('[data-sections-for]'))
    box.hidden = box.dataset.sectionsFor !== slug;
  showNotices(notices);
  let text: string;
  if (kind === 'iframe') text = iframeSnippet(slug, origin, q);
  else if (kind === 'url') {
    // A calculator page's address with the settings the oEmbed answer carries into WordPress's frame
    // (./pasted-url.ts); the compact layout and its sections are oEmbed's own, so they stay out.
    const pasted = new URLSearchParams([...query].filter(([k]) => k !== 'compact' && k !== 'show')).toString();
    text = `${origin}/calculators/${slug}/${pasted ? `?${pasted}` : ''}`;
  } else if (kind === 'link') text = `${origin}/embed/${slug}/${q ? `?${q}` : ''}`;
  else {
    const data = [...query].map(([k, v]) => ` data-${ATTRIBUTE[k] ?? k}="${escapeAttribute(v)}"`).join('');
    text = `<div data-calculator="${slug}"${data}></div>\n<script src="${origin}/embed.js" async></script>`;
  }
  code!.textContent = text;
  const src = `/embed/${slug}/${q ? `?${q}` : ''}`;
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
