// @vitest-environment happy-dom
/**
 * What a reader does while a calculator's code loads is not lost (src/islands/hydration/live.ts): it is
 * replayed on the live island; a failed load says so and reopens the page with the typed values; printing
 * before anything loaded still fills in the report head (src/islands/hydration/print/report-head.ts).
 */
import { render } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../../src/islands/hydration/start/mount';
// What a page whose islands print a report head loads beside them (src/islands/hydration/print/ReportHead.astro).
import '../../src/islands/hydration/print/report-head';
import { cleanUp, Counter, Form, live, load, place, settle, stubObserver } from './mount-helpers';

describe('replay while a calculator loads', () => {
  beforeEach(stubObserver);
  afterEach(cleanUp);

  it('replays what the reader did while the code loaded: typing, an opened group, several clicks', async () => {
    document.body.insertAdjacentHTML('beforeend', `<div data-island="form" data-ssr>${render(<Form />)}</div>`);
    const root = document.body.lastElementChild as HTMLElement;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    mount('form', () => held.then(() => ({ default: Form as never })));
    const input = root.querySelector('input')!;
    // What the browser does for a reader typing "21": focus, the text in the field, an input event each.
    input.dispatchEvent(new Event('focusin', { bubbles: true }));
    input.value = '2';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.value = '21';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const details = root.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    // Enter in the field while no script owns the form: no submission (it would reload the page).
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(root.querySelector('output')!.textContent).toBe('twice: 10');
    release();
    await live(root);
    await settle();
    expect(input.value).toBe('21');
    expect(root.querySelector('output')!.textContent).toBe('twice: 42');
    expect(root.querySelector('.more')?.textContent).toBe('more fields');

    const counter = place('counter', '{"label":"Clicks"}', { label: 'Clicks' });
    let go!: () => void;
    const wait = new Promise<void>((r) => (go = r));
    mount('counter', () => wait.then(() => ({ default: Counter as never })));
    const button = counter.querySelector('button')!;
    button.click();
    button.click();
    go();
    await live(counter);
    await settle();
    expect(button.textContent).toBe('Clicks: 2');
  });

  it('says so when the code cannot load (offline), and trying again reopens the page with what was typed', async () => {
    document.body.insertAdjacentHTML('beforeend', `<div data-island="form" data-ssr>${render(<Form />)}</div>`);
    const root = document.body.lastElementChild as HTMLElement;
    root.querySelector('input')!.setAttribute('name', 'n');
    history.replaceState(null, '', '/articles/x/?theme=dark#calc');
    mount('form', () => Promise.reject(new Error('offline')));
    const input = root.querySelector('input')!;
    input.value = '21';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const note = await vi.waitFor(() => {
      const p = root.previousElementSibling as HTMLElement;
      expect(p.matches('.island-failed[role="alert"]')).toBe(true);
      return p;
    });
    expect(note.textContent).toContain('could not load');
    expect(root.hasAttribute('data-ssr')).toBe(true);
    const retry = note.querySelector('a')!;
    expect(retry.textContent).toBe('Try again');
    // The link is written as it is followed: the page's address with the reader's values by their URL keys.
    document.addEventListener('click', (e) => e.preventDefault(), { once: true });
    retry.click();
    expect(retry.getAttribute('href')).toBe('/articles/x/?theme=dark&n=21#calc');
    // Failing again does not add a second note, nor say it again (no alert on every keystroke).
    const said = note.innerHTML;
    note.firstChild!.textContent = 'unchanged';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    await settle();
    expect(document.querySelectorAll('.island-failed')).toHaveLength(1);
    expect(note.firstChild!.textContent).toBe('unchanged');
    expect(said).toContain('Try again');
  });

  it('printing before an island is live fills in its report head at once, then wakes every placement', async () => {
    document.body.insertAdjacentHTML('beforeend', `<div data-island="form" data-ssr>${render(<Form />)}</div>`);
    const a = document.body.lastElementChild as HTMLElement;
    const b = place('counter', '{}');
    mount('form', load(Form));
    mount('counter', load(Counter));
    dispatchEvent(new Event('beforeprint'));
    // Synchronously: the browser lays out the printed page right after the event's listeners.
    expect(a.querySelector('[data-print-date]')!.textContent).toMatch(/^\w+ \d{1,2}, \d{4}$/);
    expect(a.querySelector('[data-print-link]')!.textContent).toBe(`${location.origin}/calculators/x/`);
    await live(a);
    await live(b);
  });
});
