import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, faqSchema, glossarySchema, sourceSchema } from './schemas/content.ts';

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

/** Glossary terms (`<Term id>`, /glossary/, search). */
const glossary = defineCollection({ loader: file('./content/glossary.json'), schema: glossarySchema });

/** Questions and answers (/faq/, search). */
const faq = defineCollection({ loader: file('./content/faq.json'), schema: faqSchema });

export const collections = { articles, sources, glossary, faq };
