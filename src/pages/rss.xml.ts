import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../site.ts';
import { articleUrl, getArticles } from '../utils/articles.ts';

/** RSS feed of the articles, newest review first. Linked from every page's head and footer. */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await getArticles()).sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
  return rss({
    title: `${SITE_NAME}: articles`,
    description: SITE_TAGLINE,
    site: site!,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: articleUrl(a.id),
      pubDate: a.data.updated,
      categories: [a.data.topic],
    })),
    customData: '<language>en</language>',
  });
};
