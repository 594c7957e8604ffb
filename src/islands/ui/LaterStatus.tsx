/**
 * The heavy results (src/islands/lib/useLater.ts) when they could not be worked out for the numbers shown:
 * in place of figures that belong to the previous numbers, a visible note saying so and a button to try
 * again. While they are current (or on their way), the figures themselves.
 */
import type { ComponentChildren } from 'preact';
import type { Later } from '../lib/useLater';

/** Short text standing in for one out-of-date figure (in a list of stats, say). */
export const OUT_OF_DATE = 'out of date: see the note below';

/** `children` while `later` is current or loading; the out-of-date note with its retry button once it failed. */
export function LaterStatus({
  later,
  what,
  children,
}: {
  later: Later<unknown>;
  what: string;
  children?: ComponentChildren;
}) {
  if (later.state !== 'failed') return <>{children}</>;
  return (
    <div class="notice later-failed" role="status" data-later="failed" data-failures={later.failures}>
      <p>
        <strong>Out of date:</strong> {what} could not be worked out for your latest numbers (the code for it did not
        load: you may be offline), so the figures for your previous numbers are not shown.
        {later.failures > 1 && ' If trying again does not help, reload the page: your numbers are kept in its address.'}
      </p>
      <button type="button" class="button secondary" onClick={later.retry}>
        Try again
      </button>{' '}
      {later.failures > 1 && (
        <button type="button" class="button secondary" onClick={() => location.reload()}>
          Reload the page
        </button>
      )}
    </div>
  );
}
