import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, sourceSchema } from './schemas/content.ts';

/** Articles: one MDX file per article in the top-level `content/articles/` folder. */
const articles = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/articles' }),
  schema: articleSchema,
});

/** Sources cited by articles and calculator defaults (`<Cite id>` and input specs refer to them). */
const sources = defineCollection({
  loader: file('./content/sources.json'),
  schema: sourceSchema,
});

export const collections = { articles, sources };
