/** First-cut search: loads Pagefind only when this page runs, renders titles and excerpts as text. */
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind { search(q: string): Promise<{ results: PagefindResult[] }> }

export async function runSearch(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const out = document.querySelector<HTMLElement>('#search-results');
  if (!input || !out) return;
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  if (!q.trim()) return;
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  const { results } = await pagefind.search(q);
  const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
  const list = document.createElement('ol');
  for (const d of data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    li.append(a);
    list.append(li);
  }
  const count = document.createElement('p');
  count.textContent = `${data.length} result${data.length === 1 ? '' : 's'} for “${q}”`;
  out.replaceChildren(count, list);
}
