// An article's MDX as the plain Markdown of a Starlight docs page, for the Starlight benchmark.
/**
 * Plain Markdown of an MDX article (`slug` names it in errors), with its citations as footnotes from
 * `sources` (content/sources.json), and what was left out or turned into something else.
 */
export function articleToMarkdown(mdx, sources, slug) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error(`content/articles/${slug}.mdx has no frontmatter.`);
  const field = (name) => {
    const m = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(match[1]);
    return m ? m[1].trim().replace(/^(["'])(.*)\1$/, '$2') : '';
  };
  const dropped = [];
  const cited = [];
  const attr = (tag, name) => new RegExp(`\\b${name}=(["'])(.*?)\\1`).exec(tag)?.[2] ?? '';
  const footnote = (id) => {
    if (!cited.includes(id)) cited.push(id);
    return `[^${id}]`;
  };
  let body = mdx
    .slice(match[0].length)
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<InShort[^>]*>/g, '## In short')
    .replace(/<\/InShort>/g, '')
    .replace(/<Callout([^>]*)>/g, (tag, attrs) => {
      const type = { note: 'note', tip: 'tip', warning: 'caution' }[attr(attrs, 'type') || 'note'] ?? 'note';
      const title = attr(attrs, 'title');
      return `:::${type}${title ? `[${title}]` : ''}`;
    })
    .replace(/<\/Callout>/g, ':::')
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<Cite\s+id=(["'])(.*?)\1\s*\/>/g, (_, __, id) => footnote(id))
    .replace(/<KeyFigure\b([^<>]*)\/>/g, (_, attrs) => {
      const source = attr(attrs, 'source');
      return `**${attr(attrs, 'value')}**: ${attr(attrs, 'label')}${source ? ` ${footnote(source)}` : ''}`;
    })
    .replace(/<ProsCons\b([^<>]*)\/>/g, (_, attrs) => {
      const list = (name) =>
        [...(new RegExp(`${name}=\\{\\[([\\s\\S]*?)\\]\\}`).exec(attrs)?.[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)]
          .map((m) => `- ${m[1]}`)
          .join('\n');
      const title = attr(attrs, 'title');
      return `**${title}: pros**\n\n${list('pros')}\n\n**${title}: cons**\n\n${list('cons')}`;
    })
    // Anything else self-closing (the calculator card, diagrams) has no plain-text form: left out, and named.
    .replace(/<([A-Z][A-Za-z]*)\b[^<>]*\/>/g, (tag, name) => {
      dropped.push(name === 'Calculator' ? `a calculator card (${attr(tag, 'slug')})` : name);
      return '';
    })
    // Wrappers such as <WideTable>: their Markdown content stays.
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const notes = cited.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`<Cite id="${id}"> in ${slug}.mdx: no such source in content/sources.json.`);
    return `[^${id}]: ${s.publisher}, ${s.title}${s.year ? ` (${s.year})` : ''}.`;
  });
  if (notes.length) body += `\n\n${notes.join('\n')}`;
  const yaml = (s) => JSON.stringify(s);
  return {
    markdown: `---\ntitle: ${yaml(field('title'))}\ndescription: ${yaml(field('description'))}\n---\n\n${body}\n`,
    dropped,
  };
}
