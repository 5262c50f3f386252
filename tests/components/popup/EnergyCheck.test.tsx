import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnergyCheck } from '@/components/popup/EnergyCheck';
import { DAY, startOfLocalDay } from '@/utils/time/local-time';
import { energyStorage, type EnergyAnswer } from '@/utils/storage/storage';
import { READY_IDEA_KEY } from '@/utils/popup/ready/drop-ready-idea';

const NOW = new Date(2026, 5, 10, 9, 0).getTime();
const TODAY = startOfLocalDay(NOW);
const now = (): number => NOW;
const QUESTION = 'How are you today?';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Lets the check's storage read land, so "nothing is shown" is checked after it would have. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

async function renderAsking(): Promise<HTMLElement> {
  render(<EnergyCheck now={now} />);
  return screen.findByRole('group', { name: QUESTION });
}

describe('How are you today?', () => {
  it.each<[string, EnergyAnswer | null]>([
    ['nothing was ever answered', null],
    ['the last answer was yesterday', { level: 'rough', day: TODAY - DAY }],
  ])(
    'asks when %s, with four labelled choices (issue 15 added touched out)',
    async (_case, stored) => {
      await energyStorage.setValue(stored);
      const group = await renderAsking();
      const choices = within(group).getAllByRole('button');
      expect(choices.map((b) => b.textContent)).toEqual([
        'Rough night',
        'Touched out',
        'Okay',
        'Good',
      ]);
      for (const choice of choices) {
        // Real, enabled buttons in the tab order: reachable and pressable from the keyboard.
        expect(choice.tagName).toBe('BUTTON');
        expect(choice.getAttribute('type')).toBe('button');
        expect((choice as HTMLButtonElement).disabled).toBe(false);
        expect(choice.tabIndex).toBe(0);
      }
    },
  );

  it('asks nothing when today was already answered', async () => {
    await energyStorage.setValue({ level: 'good', day: TODAY });
    const { container } = render(<EnergyCheck now={now} />);
    await settle();
    expect(container.textContent).toBe('');
    expect(screen.queryByText(QUESTION)).toBeNull();
  });

  it.each<[string, EnergyAnswer['level'], RegExp]>([
    ['Rough night', 'rough', /^Thank you for saying\. Today brings fewer nudges/],
    ['Okay', 'okay', /^Thanks for telling me\.$/],
    ['Good', 'good', /^Glad to hear it\.$/],
  ])('"%s" stores "%s" for today, thanks, and stops asking', async (label, level, thanks) => {
    const group = await renderAsking();
    fireEvent.click(within(group).getByRole('button', { name: label }));
    const said = await screen.findByText(thanks);
    // Said as a status, and the keyboard goes to the one choice left.
    expect(said.getAttribute('role')).toBe('status');
    expect(said.parentElement?.className).toBe('energy-thanks');
    expect(document.activeElement?.textContent).toBe('Change my answer');
    expect(await energyStorage.getValue()).toEqual({ level, day: TODAY });
    expect(screen.queryByRole('group', { name: QUESTION })).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Change my answer']);
  });

  it('says what an answer changes, and a mis-tap can be changed', async () => {
    const group = await renderAsking();
    expect(group.textContent).toContain('rough night: fewer, tinier ones');
    fireEvent.click(within(group).getByRole('button', { name: 'Rough night' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change my answer' }));
    const again = await screen.findByRole('group', { name: QUESTION });
    expect(document.activeElement?.textContent).toBe('Rough night');
    fireEvent.click(within(again).getByRole('button', { name: 'Good' }));
    await screen.findByText('Glad to hear it.', { exact: false });
    expect(await energyStorage.getValue()).toEqual({ level: 'good', day: TODAY });
  });

  it('is not asked again once answered', async () => {
    fireEvent.click(within(await renderAsking()).getByRole('button', { name: 'Okay' }));
    await screen.findByText('Thanks for telling me.', { exact: false });
    cleanup();
    const { container } = render(<EnergyCheck now={now} />);
    await settle();
    expect(container.textContent).toBe('');
  });

  it('goes quietly away, storing nothing, when the answer cannot be saved', async () => {
    vi.spyOn(energyStorage, 'setValue').mockRejectedValue(new Error('quota'));
    fireEvent.click(within(await renderAsking()).getByRole('button', { name: 'Rough night' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: QUESTION })).toBeNull());
    expect(screen.queryByText(/Thank/)).toBeNull();
    vi.restoreAllMocks();
    expect(await energyStorage.getValue()).toBeNull();
  });

  it('asks nothing when the last answer cannot be read', async () => {
    vi.spyOn(energyStorage, 'getValue').mockRejectedValue(new Error('gone'));
    const { container } = render(<EnergyCheck now={now} />);
    await settle();
    expect(container.textContent).toBe('');
  });
});

describe('How are you today? and the popup’s idea drawn ahead', () => {
  it('drops it once answered: a rough day asks for other ideas', async () => {
    localStorage.setItem(READY_IDEA_KEY, 'an idea');
    const group = await renderAsking();
    fireEvent.click(within(group).getByRole('button', { name: 'Rough night' }));
    await waitFor(() => expect(localStorage.getItem(READY_IDEA_KEY)).toBeNull());
  });
});
