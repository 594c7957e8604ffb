/**
 * Structured data (schema.org JSON-LD) built from plain values, and serialised so it is safe
 * inside a `<script type="application/ld+json">` element.
 */
import { SITE_NAME } from '../site.ts';

/** JSON for a script element: `<` is escaped so no string in it can close the element. */
export const jsonLdText = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** Section names for the first path segment; pages deeper than a section get Home › Section › Page. */
const SECTIONS: Record<string, string> = {
  articles: 'Articles',
  calculators: 'Calculators',
  glossary: 'Glossary',
  faq: 'FAQ',
  sources: 'Sources',
  about: 'About',
  search: 'Search',
};

/**
 * The breadcrumb trail of a page from its path: Home, then its section, then the page itself.
 * Empty for the home page and for paths outside the known sections (embeds, 404).
 */
export function breadcrumbs(pathname: string, title: string, site: URL | string): Crumb[] {
  const parts = pathname.split('/').filter(Boolean);
  const section = parts[0] && SECTIONS[parts[0]];
  if (!section) return [];
  const abs = (p: string) => new URL(p, site).href;
  const trail: Crumb[] = [
    { name: 'Home', url: abs('/') },
    { name: section, url: abs(`/${parts[0]}/`) },
  ];
  if (parts.length > 1) trail.push({ name: title, url: abs(pathname) });
  return trail;
}

/** schema.org BreadcrumbList for a trail. */
export function breadcrumbList(trail: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** What an Article's structured data needs. */
export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  image: string;
  /** When the article was last reviewed (there is one date; it is also the publication date we know). */
  updated: Date;
}

/** schema.org Article with its dates, publisher and image. */
export function articleJsonLd(a: ArticleFacts, site: URL | string): Record<string, unknown> {
  const org = { '@type': 'Organization', name: SITE_NAME, url: new URL('/', site).href };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    image: [a.image],
    datePublished: a.updated.toISOString(),
    dateModified: a.updated.toISOString(),
    author: org,
    publisher: org,
    inLanguage: 'en',
  };
}
