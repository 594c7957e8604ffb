// @vitest-environment happy-dom
import { render } from 'preact-render-to-string';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../../src/islands/mount';

/** A tiny island: shows its props and counts clicks (so we can tell it hydrated). */
function Counter({ label = 'none' }: { label?: string }) {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {label}: {n}
    </button>
  );
}

/** IntersectionObserver stand-in: `show(el)` reports an element as visible. */
let observed: Element[] = [];
let callback: IntersectionObserverCallback | undefined;
const show = (el: Element) => callback!([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);

function place(slug: string, props: string | null, ssrProps: { label?: string } = {}) {
  const json = props === null ? '' : `<script type="application/json" data-island-props>${props}</script>`;
  document.body.insertAdjacentHTML('beforeend', `${json}<div data-island="${slug}" data-ssr>${render(<Counter {...ssrProps} />)}</div>`);
  return document.body.lastElementChild!;
}

describe('mount (island hydration)', () => {
  beforeEach(() => {
    observed = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(cb: IntersectionObserverCallback) {
          callback = cb;
        }
        observe(el: Element) {
          observed.push(el);
        }
        unobserve(el: Element) {
          observed = observed.filter((o) => o !== el);
        }
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('hydrates a placement with its serialized props only once it is visible, keeping the server DOM', () => {
    const root = place('counter', '{"label":"Visits"}', { label: 'Visits' });
    const button = root.querySelector('button')!;
    mount('counter', Counter as never);
    expect(observed).toEqual([root]);
    button.click();
    expect(button.textContent).toBe('Visits: 0'); // not hydrated yet: nothing listens
    show(root);
    expect(root.hasAttribute('data-ssr')).toBe(false);
    expect(root.querySelector('button')).toBe(button); // hydrated in place, not re-created
    button.click();
    return Promise.resolve().then(() => new Promise((r) => setTimeout(r, 0))).then(() => {
      expect(button.textContent).toBe('Visits: 1');
      expect(observed).toEqual([]);
    });
  });

  it('hydrates each placement of its own slug only', () => {
    const a = place('counter', '{"label":"A"}', { label: 'A' });
    const b = place('counter', '{"label":"B"}', { label: 'B' });
    const other = place('other', '{}');
    mount('counter', Counter as never);
    expect(observed).toEqual([a, b]);
    expect(observed).not.toContain(other);
  });

  it('falls back to default props when the props block is missing or not JSON', () => {
    const missing = place('counter', null);
    const broken = place('counter', '{"label":');
    mount('counter', Counter as never);
    show(missing);
    show(broken);
    expect(missing.textContent).toBe('none: 0');
    expect(broken.textContent).toBe('none: 0');
    expect(document.querySelectorAll('[data-ssr]')).toHaveLength(0);
  });
});
