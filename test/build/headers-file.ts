/** Reading a Netlify / Cloudflare Pages `_headers` file and the CSP a built page carries. */

/** One rule: a path pattern and its headers (names lower-cased), in file order. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** Parses `_headers` text; throws on a line that is neither a pattern nor an indented header. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!m || !rules.length) throw new Error(`unparsable _headers line: ${line}`);
    rules.at(-1)!.headers.push([m[1]!.toLowerCase(), m[2]!.trim()]);
  }
  return rules;
}

/** Whether a pattern matches a URL path: `*` matches any characters (even none), `:name` one segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/**
 * The headers a host sends for a path: every matching rule's headers, grouped by name. A name with
 * more than one value means two rules both set it (hosts then merge or duplicate them).
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, Array<{ value: string; pattern: string }>> {
  const out = new Map<string, Array<{ value: string; pattern: string }>>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers)
      out.set(name, [...(out.get(name) ?? []), { value, pattern: rule.pattern }]);
  }
  return out;
}

/** A CSP as directive name → value (sources joined by single spaces). */
export function parseCsp(policy: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources.join(' '));
  }
  return out;
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or null. */
export function metaCsp(html: string): string | null {
  const tag = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return tag ? (/\bcontent="([^"]*)"/.exec(tag)?.[1]?.replace(/&#39;|&apos;/g, "'") ?? null) : null;
}
