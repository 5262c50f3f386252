import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { Popup } from '@/components/popup/Popup';
import { appendHistory, readHistory } from '@/utils/history/history';
import { formatClock, MINUTE } from '@/utils/time/local-time';
import {
  nextNudgeAtStorage,
  pendingNudgeStorage,
  preferencesStorage,
} from '@/utils/storage/storage';
import { defaultPreferences } from '@/utils/storage/preferences';
import { shownNudge } from '@/utils/library/shown-nudge';
import { getMessageFrom } from '../../i18n/get-message';
import { libraryNudge } from '../../support/library-nudge';

// Issue 14, item 15: "Not now" says when the next nudge will really come: the 30-minute gap
// after a scheduled nudge, quiet hours or a pause can make it later than the choice. The
// worker (running here) re-arms on the snooze; the popup says the time it armed.
const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const now = (): number => NOW;

/** A nudge the schedule brought `ago` ms before now, waiting in the popup. */
async function scheduledNudge(ago: number): Promise<void> {
  const nudge = libraryNudge('flirty-text-08', NOW - ago);
  await appendHistory({ at: NOW - ago, ...shownNudge(nudge), action: 'shown', delivery: 'popup' });
  await pendingNudgeStorage.setValue(nudge);
}

async function snoozeFor(choice: string, notNow = 'Not now'): Promise<string> {
  render(<Popup now={now} />);
  await screen.findByTestId('nudge-text');
  fireEvent.click(screen.getByRole('button', { name: notNow }));
  fireEvent.click(await screen.findByRole('button', { name: choice }));
  await expect.poll(() => screen.getByRole('status').textContent).not.toBe('');
  return screen.getByRole('status').textContent ?? '';
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  background.main();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('"Not now" says when the next nudge really comes', () => {
  it('after a scheduled nudge, the gap makes "15 minutes" 25', async () => {
    await scheduledNudge(5 * MINUTE);
    expect(await snoozeFor('15 minutes')).toBe('Okay. The next one comes in about 25 minutes.');
    expect((await readHistory()).map((e) => e.action)).toEqual(['snoozed', 'shown']);
  });

  it('"the rest of today" lasts until tonight’s quiet hours end, and says so', async () => {
    await scheduledNudge(40 * MINUTE);
    expect(await snoozeFor('The rest of today')).toMatch(
      /^Okay\. The next one comes tomorrow at about /,
    );
  });

  it('"the rest of today" says the check-in still comes tonight', async () => {
    const prefs = await preferencesStorage.getValue();
    await preferencesStorage.setValue({
      ...prefs,
      checkIn: { time: '20:30', days: [0, 1, 2, 3, 4, 5, 6] },
    });
    await scheduledNudge(40 * MINUTE);
    expect(await snoozeFor('The rest of today')).toMatch(
      /^Okay\. The next one comes tomorrow at about .+\. Your check-in is today at .+\.$/,
    );
  });

  it('the choice itself when the gap is already over', async () => {
    await scheduledNudge(40 * MINUTE);
    expect(await snoozeFor('15 minutes')).toBe('Okay. The next one comes in about 15 minutes.');
  });

  it('quiet hours starting first: the time it comes after they end', async () => {
    await preferencesStorage.setValue({
      ...defaultPreferences,
      quietHours: [{ start: '15:10', end: '18:00' }],
    });
    await scheduledNudge(40 * MINUTE);
    const said = await snoozeFor('30 minutes');
    const armed = (await nextNudgeAtStorage.getValue())!;
    expect(armed).toBeGreaterThanOrEqual(new Date(2026, 5, 10, 18, 0).getTime());
    expect(said).toBe(`Okay. The next one comes at about ${formatClock(armed)}.`);
  });

  it('a pause until tomorrow: tomorrow, once it ends', async () => {
    const tomorrow8 = new Date(2026, 5, 11, 8, 0).getTime();
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: tomorrow8 });
    await scheduledNudge(40 * MINUTE);
    const said = await snoozeFor('1 hour');
    const armed = (await nextNudgeAtStorage.getValue())!;
    expect(armed).toBeGreaterThanOrEqual(tomorrow8);
    expect(said).toBe(`Okay. The next one comes tomorrow at about ${formatClock(armed)}.`);
  });

  it('in Spanish too', async () => {
    fakeBrowser.i18n.getMessage = await getMessageFrom('locales/es.yml', 'locales/en.yml');
    await scheduledNudge(5 * MINUTE);
    expect(await snoozeFor('15 minutos', 'Ahora no')).toBe(
      'De acuerdo. El siguiente llegará en unos 25 minutos.',
    );
  });
});
