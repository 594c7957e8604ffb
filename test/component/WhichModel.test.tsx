// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { calculator } from '../../src/calculators/registry';
import WhichModel from '../../src/islands/calculators/WhichModel';
import { islandSpecs } from '../../src/islands/props';
import { islandProps } from '../../src/islands/island-props';
import type { IslandProps } from '../../src/islands/lib/useCalculator';
import type { ScorecardQuestion } from '../../src/model/scorecard';
import { SCORECARD_QUESTIONS, scoreAnswers } from '../../src/model/scorecard';
import { scoreWith } from '../../src/model/scorecard-score';
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

  it('says what to do next for the suggestion it gives, and nothing before it gives one', async () => {
    const { container } = render(<WhichModel {...(islandProps('which-model', 'page') as IslandProps)} />);
    const next = () => container.querySelector('.results .next');
    expect(next()).toBeNull();
    for (const label of ['6 to 20', 'Some of it', 'A few hours', 'Somewhat', 'Someone does it on the side'])
      fireEvent.click(screen.getByLabelText(label));
    fireEvent.click(screen.getByLabelText('Some change'));
    // Hybrid: plan the split.
    await waitFor(() => expect(next()?.querySelector('a[href="/calculators/hybrid-planner/"]')).toBeTruthy(), SLOW);
    expect(next()?.textContent).toContain('What to do next');
    fireEvent.click(screen.getByLabelText('Most or all of it'));
    fireEvent.click(screen.getByLabelText('Minutes at most'));
    fireEvent.click(screen.getByLabelText('No one'));
    fireEvent.click(screen.getByLabelText('Little change'));
    // Managed: quotes, the same questions for each provider, the contract.
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('Managed services'), SLOW);
    expect(next()?.querySelector('a[href$="#step-2-ask-every-provider-the-same-questions"]')).toBeTruthy();
    expect(next()?.querySelector('a[href="/articles/managed-services-contract/"]')).toBeTruthy();
    for (const label of [
      '1 to 5',
      'Little: we can carry on by hand',
      'A day or more',
      'Not much: we can absorb a surprise bill',
      'Yes, we have IT staff',
    ])
      fireEvent.click(screen.getByLabelText(label));
    // Break/fix: keep up the upkeep between calls.
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('Break/fix'), SLOW);
    expect(next()?.querySelector('a[href$="#the-routine-task-by-task"]')).toBeTruthy();
  });

  it('leaves the next step to the provider in an embed', async () => {
    fresh('which-model', '?sz=small&rl=most&to=minutes&sk=none&gr=some&bp=somewhat');
    const { container } = render(<WhichModel {...(islandProps('which-model', 'embed') as IslandProps)} />);
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('Managed services'), SLOW);
    expect(container.querySelector('.next')).toBeNull();
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

  it('asks for no number format (the reader types no number) yet shows its score in the one the address gives', async () => {
    fresh('which-model', '?sz=small&rl=most&to=minutes&sk=none&gr=some&bp=somewhat&loc=de-DE');
    const { container } = render(<WhichModel specs={specs} />);
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('Managed services'), SLOW);
    // The same answers as above: 16 ÷ 26 = 0.62, written the German way, and the hybrid band with it.
    expect(container.textContent).toContain('Score 0,62 on a scale');
    expect(container.textContent).toContain('hybrid between −0,25 and +0,25');
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

describe('WhichModel in a compact embed (one question at a time)', () => {
  const sections = calculator('which-model').sections;
  const embed = () => render(<WhichModel specs={specs} sections={sections} variant="embed" />);
  /** The question shown (embed.css hides every other one in the compact layout). */
  const current = (container: Element) => {
    const shown = container.querySelectorAll<HTMLFieldSetElement>('fieldset.step-current');
    expect(shown).toHaveLength(1);
    return shown[0]!;
  };
  const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

  beforeEach(() => fresh('which-model', '?compact=1&theme=light'));

  it('steps through the questions with Back and Next, focus on the question shown, keeping every answer', async () => {
    const { container } = embed();
    await waitFor(() => expect(container.querySelector('.calc.compact')).toBeTruthy(), SLOW);
    expect(current(container).querySelector('legend')?.textContent).toBe(
      'Question 1 of 6How many people use a computer for their work?',
    );
    expect(button('Back').disabled).toBe(true);
    fireEvent.click(within(current(container)).getByLabelText('21 to 75'));
    await waitFor(
      () => expect(byIdSuffix(container, '-headline').textContent).toBe('Answer 5 more questions to see a suggestion'),
      SLOW,
    );
    expect(container.querySelector('[data-answer]')?.textContent).toContain('Answer 5 more questions');

    fireEvent.click(button('Next'));
    await waitFor(() => expect(current(container).querySelector('.step-of')?.textContent).toBe('Question 2 of 6'));
    // Nothing answered here yet: focus is on the first option, not checking it.
    const first = within(current(container)).getByLabelText('Little: we can carry on by hand') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(first.checked).toBe(false);
    expect(button('Back').disabled).toBe(false);
    fireEvent.click(within(current(container)).getByLabelText('Most or all of it'));

    fireEvent.click(button('Back'));
    await waitFor(() => expect(current(container).querySelector('.step-of')?.textContent).toBe('Question 1 of 6'));
    // Back on an answered question, focus is on its answer, which is still checked.
    const answered = within(current(container)).getByLabelText('21 to 75') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(answered));
    expect(answered.checked).toBe(true);
    await waitFor(() => expect(location.search).toContain('rl=most'), SLOW);
    expect(location.search).toContain('sz=mid');
    // The change is announced politely, as on the full page.
    await waitFor(
      () =>
        expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe(
          'Answer 4 more questions to see a suggestion.',
        ),
      SLOW,
    );
  });

  it('gives the suggestion in the answer bar once the last question is answered; Next stops there', async () => {
    const { container } = embed();
    await waitFor(() => expect(container.querySelector('.calc.compact')).toBeTruthy(), SLOW);
    for (const label of ['6 to 20', 'Some of it', 'A few hours', 'Somewhat', 'Someone does it on the side']) {
      fireEvent.click(within(current(container)).getByLabelText(label));
      fireEvent.click(button('Next'));
    }
    await waitFor(() => expect(current(container).querySelector('.step-of')?.textContent).toBe('Question 6 of 6'));
    expect(button('Next').disabled).toBe(true);
    expect(container.querySelector('[data-answer]')?.textContent).toContain('Answer 1 more question');
    fireEvent.click(within(current(container)).getByLabelText('Some change'));
    await waitFor(() => expect(container.querySelector('[data-answer]')?.textContent).toContain('A hybrid of the two'));
    expect(byIdSuffix(container, '-headline').textContent).toBe('A hybrid of the two');
  });

  it("starts at the first question a link's answers leave open", async () => {
    fresh('which-model', '?compact=1&sz=solo&rl=little&bp=not');
    const { container } = embed();
    await waitFor(() => expect(current(container).querySelector('.step-of')?.textContent).toBe('Question 3 of 6'));
    // Starting there is no move: focus stays where the reader's host page has it.
    expect(container.contains(document.activeElement)).toBe(false);
    expect(container.querySelector('[data-answer]')?.textContent).toContain('Answer 3 more questions');
  });

  it('shows every question and no stepper outside the compact layout and on the full page', async () => {
    fresh('which-model', '?theme=light');
    const { container, unmount } = embed();
    await waitFor(() => expect(container.querySelector('.calc-embed')).toBeTruthy(), SLOW);
    expect(container.querySelector('.calc.compact')).toBeNull();
    // The embed renders the stepper for its compact layout; embed.css keeps it out of view without compact=1.
    expect(container.querySelectorAll('fieldset.radios')).toHaveLength(6);
    unmount();
    fresh('which-model');
    const page = render(<WhichModel specs={specs} />).container;
    expect(page.querySelectorAll('fieldset.radios')).toHaveLength(6);
    expect(page.querySelector('.steps, .step-of, .step-current')).toBeNull();
  });
});

describe('WhichModel scores the questions its props carry', () => {
  // The island scores the questions it receives as props, so their prose stays out of its JavaScript. An
  // article's card gets them without their words: it must still reach the full scorecard's verdict.
  const questions = (variant: 'page' | 'card') =>
    islandProps('which-model', variant).specs.filter((s): s is ScorecardQuestion => 'prompt' in s);

  it('gets every question, in order, on the page and in a card', () => {
    for (const v of ['page', 'card'] as const)
      expect(questions(v).map((q) => q.id)).toEqual(SCORECARD_QUESTIONS.map((q) => q.id));
    expect(questions('card').flatMap((q) => q.options.map((o) => o.label + (o.reason ?? '')))).toEqual(
      questions('card').flatMap((q) => q.options.map(() => '')),
    );
  });

  it("a card's word-free questions give the same verdict and score as the full ones, for every set of answers", () => {
    const lean = questions('card');
    const pick = (i: number) =>
      Object.fromEntries(
        SCORECARD_QUESTIONS.map((q, k) => [q.id, q.options[Math.floor(i / 4 ** k) % q.options.length]!.id]),
      );
    for (let i = 0; i < 4 ** SCORECARD_QUESTIONS.length; i += 7) {
      const answers = pick(i);
      const full = scoreAnswers(answers);
      const card = scoreWith(lean, answers);
      expect([card.recommendation, card.score, card.remaining]).toEqual([
        full.recommendation,
        full.score,
        full.remaining,
      ]);
    }
  });
});
