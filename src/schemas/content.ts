import { z } from 'astro/zod';

/** Topics an article can belong to; search filters and related-article lists use them. */
export const TOPICS = ['basics', 'costs', 'pricing', 'operations', 'choosing'] as const;

/** Slugs of the site's calculators (pages under `/calculators/<slug>/`). */
export const CALCULATOR_SLUGS = [
  'downtime-cost',
  'cost-comparison',
  'hybrid-planner',
  'uptime',
  'which-model',
] as const;

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
