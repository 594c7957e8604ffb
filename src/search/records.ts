/**
 * Search records that are not whole pages: every glossary term and every FAQ answer is its own
 * result, linking to its anchor on the glossary or FAQ page. They are indexed as small HTML
 * documents (not bare custom records) so the term or question can carry the title weight.
 */
import type { FaqEntry as Faq, GlossaryEntry as Glossary } from '../schemas/content.ts';
import { SEARCH_TYPES } from './types.ts';

/** The fields of a glossary entry (src/schemas/content.ts) that search needs. */
export type GlossaryEntry = Pick<Glossary, 'id' | 'term' | 'short' | 'definition'> &
  Partial<Pick<Glossary, 'see' | 'aliases'>>;
/** The fields of an FAQ entry that search needs. */
export type FaqEntry = Pick<Faq, 'id' | 'question' | 'answer'> & Partial<Pick<Faq, 'links'>>;

/** The topic (as shown in the Topic filter) of a page, by URL; records take the topic of the page they point to. */
export type TopicOf = (url: string) => string | undefined;

/** An HTML document for Pagefind's `addHTMLFile`, with the URL its result links to. */
export interface SearchDocument {
  url: string;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function document(
  url: string,
  type: string,
  title: string,
  paragraphs: string[],
  topic: string | undefined,
): SearchDocument {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  // Pagefind reads one filter per attribute: the topic sits on the title, the type on the article.
  const topicAttr = topic ? ` data-pagefind-filter="topic:${escapeHtml(topic)}"` : '';
  return {
    url,
    html:
      `<!doctype html><html lang="en"><head><title>${escapeHtml(title)}</title></head><body>` +
      `<article data-pagefind-body data-pagefind-filter="type:${type}" data-pagefind-meta="type:${type}">` +
      `<h1 data-pagefind-weight="10"${topicAttr}>${escapeHtml(title)}</h1>${body}</article></body></html>`,
  };
}

/**
 * One search document per glossary term, linking to `/glossary/#<id>`, under the topic of the page it
 * points to (`see`), so a Topic filter keeps the terms that belong to it.
 */
export function glossaryDocuments(
  entries: readonly GlossaryEntry[],
  topicOf: TopicOf = () => undefined,
): SearchDocument[] {
  return entries.map((e) =>
    document(
      `/glossary/#${encodeURIComponent(e.id)}`,
      SEARCH_TYPES.glossary,
      e.term,
      [e.short, e.definition],
      e.see ? topicOf(e.see) : undefined,
    ),
  );
}

/** One search document per FAQ answer, linking to `/faq/#<id>`, under the topic of its first "read more" page. */
export function faqDocuments(entries: readonly FaqEntry[], topicOf: TopicOf = () => undefined): SearchDocument[] {
  return entries.map((e) =>
    document(
      `/faq/#${encodeURIComponent(e.id)}`,
      SEARCH_TYPES.faq,
      e.question,
      [e.answer],
      (e.links ?? []).map((l) => topicOf(l.href)).find(Boolean),
    ),
  );
}
