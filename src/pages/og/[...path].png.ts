import type { APIRoute, GetStaticPaths } from 'astro';
import { CALCULATORS } from '../../calculators.ts';
import { prefetchSocialCards, socialCardPngOnce } from '../../seo/social-image-build.ts';
import type { SocialCard } from '../../seo/social-image.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../site.ts';
import { getArticles } from '../../utils/articles.ts';

/** One social card per article and calculator, plus the site card every other page uses. */
export const getStaticPaths: GetStaticPaths = async () => {
  const articles = await getArticles();
  const cards: { params: { path: string }; props: { card: SocialCard } }[] = [
    { params: { path: 'site' }, props: { card: { kicker: 'Independent guide', title: SITE_NAME, description: SITE_TAGLINE } } },
    ...articles.map((a) => ({
      params: { path: `articles/${a.id}` },
      props: { card: { kicker: 'Article', title: a.data.title, description: a.data.description } },
    })),
    ...CALCULATORS.map((c) => ({
      params: { path: `calculators/${c.slug}` },
      props: { card: { kicker: 'Calculator', title: c.title, description: c.question } },
    })),
  ];
  // In a build, draw the cards in the background while the other pages render (the dev server draws
  // only the card it is asked for).
  if (!import.meta.env.DEV) prefetchSocialCards(cards.map((c) => c.props.card));
  return cards;
};

export const GET: APIRoute = async ({ props }) =>
  new Response(Buffer.from(await socialCardPngOnce((props as { card: SocialCard }).card)), { headers: { 'Content-Type': 'image/png' } });
