import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { CALCULATORS } from '../../calculators.ts';
import { socialCardPng, type SocialCard } from '../../seo/social-image.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../site.ts';
import { getArticles } from '../../utils/articles.ts';

/** One social card per article and calculator, plus the site card every other page uses. */
export const getStaticPaths = (async () => {
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
  return cards;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Buffer: the DOM BodyInit type (TS 5.9) rejects the plain Uint8Array<ArrayBufferLike> that resvg returns.
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(Buffer.from(await socialCardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
