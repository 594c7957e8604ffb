/**
 * The loader's named attributes and the embed page's query key each stands for, in one table: the loader
 * (/embed.js) turns a host element's attributes into the frame's query with it, the builder writes snippets
 * with it, and a pasted address may use either form (./pasted-url.ts). Names are as `dataset` spells them
 * (`ctaLabel` for `data-cta-label`). Plain literals: the loader bundles this file and nothing else of the site.
 */
export const ATTRIBUTES: Readonly<Record<string, string>> = {
  currency: 'cur',
  locale: 'loc',
  theme: 'theme',
  accent: 'accent',
  compact: 'compact',
  show: 'show',
  provider: 'by',
  ctaLabel: 'cta',
  ctaUrl: 'ctau',
  ctaFigures: 'ctaf',
};

/** A `dataset` name as an HTML attribute is written, without `data-`: `ctaLabel` → `cta-label`. */
export const attributeName = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
