// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import WhichModel from '../../src/islands/calculators/WhichModel';
import { islandSpecs } from '../../src/islands/props';
import { byIdSuffix, fresh, SLOW } from './helpers';

const specs = islandSpecs('which-model');

describe('WhichModel island', () => {
  beforeEach(() => fresh('which-model'));

  it('recommends hybrid for the all-middle default answers, with a reason', async () => {
    const { container } = render(<WhichModel specs={specs} />);
    expect(byIdSuffix(container, '-headline').textContent).toBe('A hybrid of the two');
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(12);
    expect(container.querySelector('.results li')?.textContent).toBeTruthy();
  });

  it('moves to managed when the answers lean that way, listing the reasons', async () => {
    const { container } = render(<WhichModel specs={specs} />);
    fireEvent.click(screen.getByLabelText('Most or all of it'));
    fireEvent.click(screen.getByLabelText('Minutes at most'));
    fireEvent.click(screen.getByLabelText('No one'));
    // Score: (3×2 + 3×2 + 2×2) ÷ (2×(2+3+3+2+2+1)) = 16 ÷ 26 = 0.62 ≥ 0.25 → managed.
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('Managed services'), SLOW);
    expect(container.textContent).toContain('0.62');
    expect(container.querySelectorAll('.results li').length).toBe(3);
  });

  it('reads answers from the URL and ignores values outside the whitelist', async () => {
    fresh('which-model', '?sz=solo&rl=little&to=days&bp=%3Cscript%3E');
    const { container } = render(<WhichModel specs={specs} />);
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('Break/fix'), SLOW);
    expect(container.querySelector('.notice')?.textContent).toContain('Budget predictability');
    expect(container.querySelector('.notice script')).toBeNull();
  });
});
