import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { prefetchSocialCards, siteCards, socialCardPngOnce } from '../../seo/social-image-build.ts';
import { getArticles } from '../../utils/articles.ts';

/** One social card per article and calculator, plus the site card every other page uses. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const cards = siteCards(articles.map((a) => ({ id: a.id, title: a.data.title, description: a.data.description })));
  // In a build, draw the cards in the background while the other pages render (the dev server draws
  // only the card it is asked for).
  if (!import.meta.env.DEV) prefetchSocialCards(cards.map((c) => c.card));
  return cards.map(({ path, card }) => ({ params: { path }, props: { card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Buffer: the DOM BodyInit type (TS 5.9) rejects the plain Uint8Array<ArrayBufferLike> that resvg returns.
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(Buffer.from(await socialCardPngOnce(props.card)), { headers: { 'Content-Type': 'image/png' } });
