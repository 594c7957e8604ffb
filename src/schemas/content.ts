import { z } from 'astro/zod';

import { CALCULATOR_SLUGS, TOPICS } from '../calculators/registry.ts';

export { CALCULATOR_SLUGS, TOPICS };

/** Frontmatter of an article in `content/articles/`. */
export const articleSchema = z
  .object({
    /** The question or topic, in plain English; also the page title. */
    title: z.string().min(5).max(90),
    /** Meta description and summary on listings. */
    description: z.string().min(50).max(170),
    /** When the article was last reviewed; shown on the page. */
    updated: z.coerce.date(),
    /** Topic used for related articles and search filters. */
    topic: z.enum(TOPICS),
    /** Reading order on the articles index (1 first). */
    order: z.number().int().min(1),
    /** Drafts are built in dev only. Default: false. */
    draft: z.boolean().default(false),
    /** Ids (in `content/sources.json`) of the sources the article cites. Default: none. */
    sources: z.array(z.string()).default([]),
    /** The calculator that answers this reader's question. */
    calculator: z.enum(CALCULATOR_SLUGS).optional(),
    /** Slugs of hand-picked related articles; topic siblings fill the rest. */
    related: z.array(z.string()).default([]),
  })
  .strict();

/** One published source of a figure. */
export const sourceSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  /** Year of publication; null when the source is undated. */
  year: z.number().int().nullable(),
  /** Public address, when there is one. */
  url: z.string().url().optional(),
  /** How much weight the figure bears: peer-reviewed, survey, enterprise-only, vendor or weak. */
  strength: z.enum(['peer', 'survey', 'enterprise', 'vendor', 'weak']),
  /** What the source measures and its caveats. */
  note: z.string(),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
