/**
 * What the search dialog and the /search/ page both show, for one Component UI instance: the search box, the
 * status line, the note a dev build without an index shows, the results (our template) and the empty state,
 * with the query pipeline in front of every search. Each places them in its own layout.
 */
import type { PipelineResult } from '../query/pipeline.ts';
import { usePipeline } from './pipeline.ts';
import { emptyState, renderResult, statusLine } from './ui.ts';
import type { ComponentInstance, ResultData } from './pagefind-types.ts';

/** Makes the elements of one instance: Component UI ties them together by their `instance` attribute. */
export function instancePart(name: string) {
  return <T extends HTMLElement = HTMLElement>(
    tag: string,
    attrs: Record<string, string> = {},
    ...children: Node[]
  ) => {
    const el = document.createElement(tag) as T;
    el.setAttribute('instance', name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.append(...children);
    return el;
  };
}

/**
 * The shared parts, wired to the instance. A search the empty state suggests goes into the box, then to
 * `suggest`; `onRun` hears each search the pipeline finishes; a cleared box clears what the last search said.
 */
export function searchParts(
  instance: ComponentInstance,
  name: string,
  suggest: (query: string, box: HTMLInputElement | null) => void,
  onRun: (run: PipelineResult | null) => void = () => undefined,
) {
  const part = instancePart(name);
  const status = statusLine();
  const devNote = Object.assign(document.createElement('p'), { className: 'search-dev-note', hidden: true });
  const input = part('pagefind-input', { placeholder: 'Search articles, calculators, glossary, FAQ', debounce: '60' });
  const empty = emptyState((q) => {
    const box = input.querySelector('input');
    if (box) box.value = q;
    suggest(q, box);
  });
  const pipeline = usePipeline(instance, (run, term) => {
    const n = run ? run.results.length : -1;
    status.show(run, term, Math.max(n, 0));
    empty.show(term && n === 0 ? term : null, run?.notes.flatMap((x) => (x.kind === 'unknown' ? x.words : [])) ?? []);
    onRun(run);
  });
  const results = part<HTMLElement & { resultTemplate: (d: ResultData) => HTMLElement }>('pagefind-results');
  results.resultTemplate = (data) => renderResult(data, instance);
  // A cleared box runs no search: clear what the last one said.
  instance.on('search', (term) => {
    if (term.trim()) return;
    status.show(null, '', 0);
    empty.show(null, []);
  });
  return { part, status, devNote, input, empty, results, pipeline };
}
