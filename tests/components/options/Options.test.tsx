import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOptions, seeded, settle, storedPreferences } from './render-options';
import { allKindsBut } from '../../support/kinds';
import { Options } from '@/components/options/Options';
import { categories, categoryLabel } from '@/utils/library/nudge';
import { DAY, HOUR, MINUTE } from '@/utils/time/local-time';
import { boundedState, PAUSE_LONGEST } from '@/utils/schedule/next-nudge-time';
import type { Preferences } from '@/utils/storage/preferences';
import { preferencesStorage } from '@/utils/storage/storage';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Only `Date` is fake: storage, IndexedDB and waitFor keep their real timers. */
function freezeClock(at = NOW): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}

const checkbox = (name: string): HTMLInputElement => screen.getByRole('checkbox', { name });
const pauseStatus = (): string =>
  screen
    .getByRole('heading', { name: 'Need a break?' })
    .parentElement?.querySelector('[role="status"]')?.textContent ?? '';

/** Stored preferences of the wrong types, as an old or broken version could leave them. */
async function renderOverMalformedStorage(): Promise<void> {
  await preferencesStorage.setValue({
    perDay: 'lots',
    quietHours: 'x',
    partnerName: 42,
  } as unknown as Preferences);
  render(<Options />);
  await screen.findByRole('heading', { name: 'Still Us' });
}

describe('Options page', () => {
  it('shows defaults when nothing is stored', async () => {
    await renderOptions(null);
    expect(screen.getByLabelText<HTMLInputElement>(/partner/i).value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('About how many nudges a day').value).toBe('4');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /A small popup/ }).checked).toBe(
      true,
    );
  });

  it.each<[string, unknown]>([
    ['fields of the wrong type', { perDay: 'lots', quietHours: 'x', partnerName: 42 }],
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
    [
      'bad nested values',
      { quietHours: [{ start: 'noon', end: 5 }], kindsOff: 'nope', delivery: 'pigeon' },
    ],
  ])('still renders, with defaults, over %s in storage', async (_case, stored) => {
    await preferencesStorage.setValue(stored as Preferences);
    render(<Options />);
    await screen.findByRole('heading', { name: 'Still Us' });
    expect(screen.getByLabelText<HTMLInputElement>(/partner/i).value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('About how many nudges a day').value).toBe('4');
    expect(screen.getByLabelText<HTMLInputElement>('Never more than this many a day').value).toBe(
      '6',
    );
    for (const label of categories.map(categoryLabel)) expect(checkbox(label).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /A small popup/ }).checked).toBe(
      true,
    );
    expect(screen.getByText('Nudges are on.')).toBeTruthy();
  });

  it('shows the default quiet hours when the stored ones are not a list', async () => {
    await renderOverMalformedStorage();
    expect(screen.getByLabelText<HTMLInputElement>('Quiet time 1 from').value).toBe('21:30');
    expect(screen.getByLabelText<HTMLInputElement>('Quiet time 1 until').value).toBe('07:30');
  });

  it('a change over malformed storage saves whole, valid preferences', async () => {
    await renderOverMalformedStorage();
    fireEvent.click(screen.getByRole('radio', { name: /A notification only/ }));
    await waitFor(async () => expect((await storedPreferences()).delivery).toBe('notification'));
    expect(await storedPreferences()).toMatchObject({
      partnerName: '',
      perDay: 4,
      quietHours: [{ start: '21:30', end: '07:30' }],
    });
  });
});

describe('Kinds of nudge', () => {
  it('saves a kind turned off or on', async () => {
    await renderOptions();
    fireEvent.click(checkbox('Kind act'));
    await waitFor(async () =>
      expect(await storedPreferences()).toEqual({
        ...seeded,
        kindsOff: allKindsBut('reassurance'),
      }),
    );
    fireEvent.click(checkbox('Check-in'));
    await waitFor(async () =>
      expect((await storedPreferences()).kindsOff).toEqual(allKindsBut('reassurance', 'check-in')),
    );
  });

  it('will not turn off the last kind', async () => {
    await renderOptions({ ...seeded, kindsOff: allKindsBut('reassurance') });
    fireEvent.click(checkbox('Reassurance'));
    await screen.findByText('Please keep at least one kind on.');
    await settle();
    expect((await storedPreferences()).kindsOff).toEqual(allKindsBut('reassurance'));
  });
});

describe('How nudges arrive', () => {
  it('shows the stored choice and saves a new one', async () => {
    await renderOptions();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Just a heart/ }).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: /A notification only/ }));
    await waitFor(async () =>
      expect(await storedPreferences()).toEqual({ ...seeded, delivery: 'notification' }),
    );
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: /A notification only/ }).checked,
    ).toBe(true);
  });
});

describe('Pause', () => {
  it('"Pause for an hour" pauses until an hour from now', async () => {
    freezeClock();
    await renderOptions();
    expect(pauseStatus()).toBe('Nudges are on.');
    expect(screen.queryByRole('button', { name: 'Resume now' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    await waitFor(async () => expect((await storedPreferences()).pausedUntil).toBe(NOW + HOUR));
    expect(pauseStatus()).toMatch(/^Paused until 4:00\sPM/);
    expect(screen.getByRole('button', { name: 'Resume now' })).toBeTruthy();
  });

  it('"Pause until tomorrow morning" pauses until 8:00 tomorrow', async () => {
    freezeClock();
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Pause until tomorrow morning' }));
    await waitFor(async () =>
      expect((await storedPreferences()).pausedUntil).toBe(new Date(2026, 5, 11, 8, 0).getTime()),
    );
    expect(pauseStatus()).toMatch(/^Paused until tomorrow, 8:00\sAM/);
  });

  it('"Resume now" clears the pause', async () => {
    freezeClock();
    await renderOptions({ ...seeded, pausedUntil: NOW + 30 * MINUTE });
    expect(pauseStatus()).toMatch(/^Paused until 3:30\sPM/);
    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    await waitFor(async () => expect(await storedPreferences()).toEqual(seeded));
    expect(pauseStatus()).toBe('Nudges are on.');
    expect(screen.queryByRole('button', { name: 'Resume now' })).toBeNull();
  });

  // A pause set while the clock ran ahead (issue 14): the schedule ignores one reaching past
  // PAUSE_LONGEST (boundedState), so the page must not say "paused" for it either.
  it.each([
    ['an hour ahead', HOUR, true],
    ['just within the longest pause', PAUSE_LONGEST, true],
    ['just past the longest pause', PAUSE_LONGEST + MINUTE, false],
    ['10 days ahead', 10 * DAY, false],
  ])('a pause %s reads as the schedule takes it', async (_what, ahead, paused) => {
    freezeClock();
    const prefs = { ...seeded, pausedUntil: NOW + ahead };
    const state = { prefs, snoozedUntil: null, shownTimes: [] };
    expect(boundedState(state, NOW).prefs.pausedUntil !== null).toBe(paused);
    await renderOptions(prefs);
    expect(pauseStatus().startsWith('Paused until')).toBe(paused);
    expect(screen.queryByRole('button', { name: 'Resume now' }) !== null).toBe(paused);
  });

  it('a pause that has ended reads as on', async () => {
    freezeClock();
    await renderOptions({ ...seeded, pausedUntil: NOW - MINUTE });
    expect(pauseStatus()).toBe('Nudges are on.');
    expect(screen.queryByRole('button', { name: 'Resume now' })).toBeNull();
  });

  it('follows a pause set somewhere else', async () => {
    freezeClock();
    await renderOptions();
    await preferencesStorage.setValue({ ...seeded, pausedUntil: NOW + HOUR });
    await waitFor(() => expect(pauseStatus()).toMatch(/^Paused until/));
  });
});
