// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import WhichModel from '../../src/islands/calculators/WhichModel';
import { islandSpecs } from '../../src/islands/props';
import { byIdSuffix, fresh, SLOW } from './helpers';

const specs = islandSpecs('which-model');

describe('WhichModel island', () => {
  beforeEach(() => fresh('which-model'));

  it('preselects nothing and says how many questions remain until a verdict', async () => {
    const { container } = render(<WhichModel specs={specs} />);
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(12);
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
    expect(byIdSuffix(container, '-headline').textContent).toBe('Answer the six questions to see a suggestion');
    fireEvent.click(screen.getByLabelText('6 to 20'));
    await waitFor(
      () => expect(byIdSuffix(container, '-headline').textContent).toBe('Answer 5 more questions to see a suggestion'),
      SLOW,
    );
    expect(container.querySelector('.results li')).toBeNull();
  });

  it('recommends hybrid when every answer is the middle one, with a reason', async () => {
    const { container } = render(<WhichModel specs={specs} />);
    for (const label of [
      '6 to 20',
      'Some of it',
      'A few hours',
      'Somewhat',
      'Someone does it on the side',
      'Some change',
    ])
      fireEvent.click(screen.getByLabelText(label));
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('A hybrid of the two'), SLOW);
    expect(container.querySelector('.results li')?.textContent).toBeTruthy();
  });

  it('moves to managed when the answers lean that way, listing the reasons', async () => {
    const { container } = render(<WhichModel specs={specs} />);
    for (const label of ['6 to 20', 'Somewhat', 'Some change']) fireEvent.click(screen.getByLabelText(label));
    fireEvent.click(screen.getByLabelText('Most or all of it'));
    fireEvent.click(screen.getByLabelText('Minutes at most'));
    fireEvent.click(screen.getByLabelText('No one'));
    // Score: (3×2 + 3×2 + 2×2) ÷ (2×(2+3+3+2+2+1)) = 16 ÷ 26 = 0.62 ≥ 0.25 → managed.
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('Managed services'), SLOW);
    expect(container.textContent).toContain('0.62');
    expect(container.querySelectorAll('.results li').length).toBe(3);
  });

  it('reads answers from the URL and ignores values outside the whitelist', async () => {
    fresh('which-model', '?sz=solo&rl=little&to=days&sk=team&gr=stable&bp=%3Cscript%3E');
    const { container } = render(<WhichModel specs={specs} />);
    // The rejected answer counts as unanswered: one question is left before a verdict.
    await waitFor(
      () => expect(byIdSuffix(container, '-headline').textContent).toBe('Answer 1 more question to see a suggestion'),
      SLOW,
    );
    fireEvent.click(screen.getByLabelText('Not much: we can absorb a surprise bill'));
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('Break/fix'), SLOW);
    expect(container.querySelector('.notice')?.textContent).toContain('Budget predictability');
    expect(container.querySelector('.notice script')).toBeNull();
  });
});
