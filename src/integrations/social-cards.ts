import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefetchSocialCards, siteCards } from '../seo/social-image-build.ts';

/** The frontmatter fields a card needs, read from one line each (`key: value`, plain or quoted). */
export function cardFields(mdx: string): { title?: string; description?: string; draft: boolean } {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1] ?? '';
  const field = (key: string): string | undefined => {
    const raw = new RegExp(`^${key}:[ \\t]*(.+?)[ \\t]*$`, 'm').exec(block)?.[1];
    if (raw === undefined) return undefined;
    try {
      if (raw.startsWith('"')) return JSON.parse(raw) as string;
    } catch {
      return undefined;
    }
    if (raw.startsWith("'")) return raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : undefined;
    return raw.replace(/\s+#.*$/, '');
  };
  const title = field('title');
  const description = field('description');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}), draft: field('draft') === 'true' };
}

/** Published articles' ids, titles and descriptions, straight from the files (as the content collection globs them). */
export function articleHeads(dir: string): { id: string; title: string; description: string }[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const full = join(d, name);
      return statSync(full).isDirectory() ? walk(full) : /^[^_].*\.mdx?$/.test(name) ? [full] : [];
    });
  return walk(dir).flatMap((file) => {
    const { title, description, draft } = cardFields(readFileSync(file, 'utf8'));
    const id = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.mdx?$/, '');
    return title && description && !draft ? [{ id, title, description }] : [];
  });
}

/**
 * Starts drawing the social cards when the build starts, so the worker threads use the core that
 * bundling leaves idle. Cards are keyed by their text: one this guess gets wrong (a frontmatter line it
 * cannot read) is only drawn later, when the og route asks for what the content collection says.
 */
export default function socialCardsIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'site:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        try {
          const articles = articleHeads(resolve(root, process.env.ARTICLES_DIR ?? 'content/articles'));
          const cards = siteCards(articles).map((c) => c.card);
          prefetchSocialCards(cards);
          logger.info(`Drawing ${cards.length} social cards in the background.`);
        } catch (error) {
          // The og route queues every card again at getStaticPaths; starting early is only a head start.
          logger.warn(`Social cards not started early: ${String(error)}`);
        }
      },
    },
  };
}
