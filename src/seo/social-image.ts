/**
 * Social card images, drawn at build time: satori lays out the text (with Inter, shipped by the
 * @fontsource/inter package, so nothing is fetched) into SVG and resvg renders it to PNG.
 * In a build the cards are drawn in worker threads and cached (social-image-build.ts).
 */
import { renderAsync } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { SITE_NAME } from '../site.ts';
import { encodePng } from './png.ts';
import { SOCIAL_IMAGE } from './social.ts';

/** What a card says. */
export interface SocialCard {
  /** Small label above the title: "Article", "Calculator" or the tagline. */
  kicker: string;
  title: string;
  description: string;
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;
/** The card fonts (read once). */
export function loadFonts() {
  // Resolved from the project root: the built endpoint runs from the output folder.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (w: number) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${w}-normal.woff`));
  return (fonts ??= [
    { name: 'Inter', data: file(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: file(700), weight: 700, style: 'normal' },
  ]);
}

/** The card's background, also resvg's canvas colour: every pixel is then opaque, as encodePng needs. */
const BACKGROUND = '#0f2740';

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Keeps a long description to about two lines on the card. */
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : s);

/** The card as an SVG string (exported for tests: text must be present, layout must not throw). */
export async function socialCardSvg(card: SocialCard): Promise<string> {
  const tree = el(
    'div',
    {
      // satori sizes boxes without their padding, so the padding comes off the card size here.
      width: SOCIAL_IMAGE.width - 144,
      height: SOCIAL_IMAGE.height - 128,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 64,
      paddingBottom: 64,
      paddingLeft: 72,
      paddingRight: 72,
      background: BACKGROUND,
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', gap: '24px' }, [
        el('div', { fontSize: 30, color: '#9cc8ff', textTransform: 'uppercase', letterSpacing: 2 }, card.kicker),
        el('div', { fontSize: card.title.length > 60 ? 58 : 68, fontWeight: 700, lineHeight: 1.1 }, card.title),
        el('div', { fontSize: 30, color: '#d7e3f0', lineHeight: 1.35 }, clip(card.description, 150)),
      ]),
      el(
        'div',
        { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28, color: '#ffffff' },
        [
          el('div', { fontWeight: 700 }, SITE_NAME),
          el('div', {
            width: 160,
            height: 10,
            background: 'linear-gradient(90deg, #ff9a6b 50%, #7cb8ff 50%)',
            borderRadius: 5,
          }),
        ],
      ),
    ],
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], { ...SOCIAL_IMAGE, fonts: loadFonts() });
}

/** The card as PNG bytes. */
export async function socialCardPng(card: SocialCard): Promise<Uint8Array> {
  const svg = await socialCardSvg(card);
  // renderAsync, not `new Resvg().render()`: with resvg-js 2.6.2 the synchronous path never frees its
  // 3 MB pixmap (about 3 GB over a 1,000-article build), the asynchronous one does.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: SOCIAL_IMAGE.width },
    font: { loadSystemFonts: false },
    background: BACKGROUND,
  });
  return encodePng(image.pixels, image.width, image.height);
}
