// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLater } from '../../src/islands/lib/useLater';
import { LaterStatus } from '../../src/islands/ui/LaterStatus';

/** A figure worked out later from `n`; `load` decides whether that works. */
function Probe({ n, load }: { n: number; load: (n: number) => Promise<number> }) {
  const later = useLater(() => load(n), String(n), 0);
  return (
    <div>
      <p data-testid="state">{later.state}</p>
      <LaterStatus later={later} what="The figure">
        <p data-testid="figure">{later.value}</p>
      </LaterStatus>
    </div>
  );
}

describe('useLater: heavy results that cannot load are out of date, with a retry', () => {
  afterEach(cleanup);

  it('current at first (the precomputed value), then the loaded value after a change', async () => {
    const { rerender } = render(<Probe n={0} load={async (n) => n * 10} />);
    expect(screen.getByTestId('state').textContent).toBe('current');
    rerender(<Probe n={2} load={async (n) => n * 10} />);
    await waitFor(() => expect(screen.getByTestId('figure').textContent).toBe('20'));
    expect(screen.getByTestId('state').textContent).toBe('current');
  });

  it('a failed load: the previous figure is not shown, the note says so, Try again loads it', async () => {
    let online = false;
    const load = (n: number) => (online ? Promise.resolve(n * 10) : Promise.reject(new TypeError('Failed to fetch')));
    const { rerender } = render(<Probe n={1} load={load} />);
    rerender(<Probe n={3} load={load} />);
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('failed'));
    expect(screen.queryByTestId('figure')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Out of date');
    expect(screen.queryByText('Reload the page')).toBeNull();
    // A retry that fails too offers a reload (a browser may keep a failed module fetch failed).
    await act(() => screen.getByText('Try again').click());
    await waitFor(() => expect(screen.getByText('Reload the page')).toBeTruthy());
    online = true;
    await act(() => screen.getByText('Try again').click());
    await waitFor(() => expect(screen.getByTestId('figure').textContent).toBe('30'));
    expect(screen.getByTestId('state').textContent).toBe('current');
  });
  // Coming back online (the 'online' event) is proven in the browser: test/e2e/faults.spec.ts.
});
