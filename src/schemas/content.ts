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
  /** Why no year is given, when `year` is null (shown on /sources/). */
  undated: z.string().optional(),
  /** Public address, when there is one. */
  url: z.string().url().optional(),
  /** Why there is no address to link to, when `url` is absent (shown on /sources/). */
  noUrl: z.string().optional(),
  /**
   * How much weight the figure bears: peer-reviewed, survey, official (government guidance or a
   * standard), enterprise-only, vendor or weak.
   */
  strength: z.enum(['peer', 'survey', 'official', 'enterprise', 'vendor', 'weak']),
  /** What the source measures and its caveats. */
  note: z.string(),
});

/** One glossary term in `content/glossary.json` (shown on /glossary/, by `<Term>` and in search). */
export const glossarySchema = z
  .object({
    /** Anchor on /glossary/ and the id `<Term id>` uses. */
    id: z.string(),
    /** The term as a reader would write it. */
    term: z.string(),
    /** One sentence: the tooltip of `<Term>` and the search summary. */
    short: z.string(),
    /** The full definition on /glossary/. */
    definition: z.string(),
    /** Ids of related terms. Default: none. */
    related: z.array(z.string()).default([]),
    /** A page that explains it at length. */
    see: z.string().optional(),
    /** Ids in `content/sources.json` the definition cites. Default: none. */
    sources: z.array(z.string()).default([]),
    /** Other words readers search for this term with ("IT outsourcing" for managed services); search expands them. Default: none. */
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** One question in `content/faq.json` (shown on /faq/, as FAQPage JSON-LD and in search). */
export const faqSchema = z
  .object({
    /** Anchor on /faq/. */
    id: z.string(),
    question: z.string(),
    answer: z.string(),
    /** Where to read more. Default: none. */
    links: z.array(z.object({ href: z.string(), label: z.string() }).strict()).default([]),
    /** Ids in `content/sources.json` the answer cites. Default: none. */
    sources: z.array(z.string()).default([]),
  })
  .strict();

export type ArticleData = z.infer<typeof articleSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type FaqEntry = z.infer<typeof faqSchema>;
