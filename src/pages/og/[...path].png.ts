import type { APIRoute, GetStaticPaths } from 'astro';
import { prefetchSocialCards, siteCards, socialCardPngOnce } from '../../seo/social-image-build.ts';
import type { SocialCard } from '../../seo/social-image.ts';
import { getArticles } from '../../utils/articles.ts';

/** One social card per article and calculator, plus the site card every other page uses. */
export const getStaticPaths: GetStaticPaths = async () => {
  const articles = await getArticles();
  const cards = siteCards(articles.map((a) => ({ id: a.id, title: a.data.title, description: a.data.description })));
  // In a build, draw the cards in the background while the other pages render (the dev server draws
  // only the card it is asked for).
  if (!import.meta.env.DEV) prefetchSocialCards(cards.map((c) => c.card));
  return cards.map(({ path, card }) => ({ params: { path }, props: { card } }));
};

export const GET: APIRoute = async ({ props }) =>
  new Response(Buffer.from(await socialCardPngOnce((props as { card: SocialCard }).card)), { headers: { 'Content-Type': 'image/png' } });
