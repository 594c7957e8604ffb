import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, sourceSchema } from './schemas/content.ts';

/** Articles: one MDX file per article in `content/articles/` (ARTICLES_DIR overrides it for the scale benchmark). */
const articles = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: process.env.ARTICLES_DIR ?? './content/articles' }),
  schema: articleSchema,
});

/** Sources cited by articles and calculator defaults (`<Cite id>` and input specs refer to them). */
const sources = defineCollection({
  loader: file('./content/sources.json'),
  schema: sourceSchema,
});

export const collections = { articles, sources };
