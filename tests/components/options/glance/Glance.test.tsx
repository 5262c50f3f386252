import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { clockFrozenAt, renderOptions, seeded, storedPreferences } from '../render-options';
import { Glance } from '@/components/options/glance/Glance';
import { glanceOnCopy } from '@/components/options/glance/glance-copy';
import { announceHistoryChanged } from '@/utils/history/history-query';
import { appendHistory, type HistoryEntry } from '@/utils/history/history';
import type { Preferences } from '@/utils/storage/preferences';
import {
  nextNudgeAtStorage,
  preferencesStorage,
  ritualsDoneStorage,
} from '@/utils/storage/storage';
import { DAY, formatClock, HOUR, MINUTE } from '@/utils/time/local-time';

// The unit project runs in America/New_York, in English (clock times like "3:50 PM").
const at = (hours: number, minutes = 0, day = 10): number =>
  new Date(2026, 5, day, hours, minutes).getTime();
const NOW = at(15); // Wednesday 10 June 2026, 15:00
/** A clock time as the glance shows it (the day it falls on does not change the words). */
const clock = (hours: number, minutes: number): string => formatClock(at(hours, minutes));
/** Nothing in the way at 15:00: no quiet hours now, no pause, no check-in. */
const open: Preferences = { ...seeded, quietHours: [], pausedUntil: null, checkIn: null };

const entry = (id: string, when: number, action: HistoryEntry['action']): HistoryEntry => ({
  id,
  at: when,
  action,
  category: 'kind-act',
  text: `Nudge ${id}`,
});

clockFrozenAt(NOW);

const glance = (): HTMLElement => screen.getByRole('region', { name: 'Right now' });
/** The glance's lines, as read: the state first, Pause / Resume left out. */
const lines = (): string[] =>
  [...glance().querySelectorAll('p')].map((p) => p.textContent ?? '').filter(Boolean);

async function renderGlance(
  prefs: Preferences = open,
  { armed = null as number | null, now = NOW } = {},
): Promise<ReturnType<typeof vi.fn>> {
  await nextNudgeAtStorage.setValue(armed);
  const onPause = vi.fn();
  render(<Glance prefs={prefs} now={now} onPause={onPause} />);
  // Today's words come last (history is read): the glance is whole once they are there.
  await waitFor(() => expect(lines().at(-1)).toMatch(/today|Nothing has come/i));
  return onPause;
}

describe('At a glance: the next nudge', () => {
  it.each([
    ['later today, rounded to ten minutes', at(15, 47), `Next nudge around ${clock(15, 50)}.`],
    ['across the hour', at(16, 56), `Next nudge around ${clock(17, 0)}.`],
    ['tomorrow', at(9, 4, 11), `Next nudge tomorrow, around ${clock(9, 0)}.`],
    ['in a few days', at(9, 4, 12), `Next nudge on Friday, around ${clock(9, 0)}.`],
    ['within ten minutes: no time to round', at(15, 6), 'Next nudge in a few minutes.'],
  ])('%s', async (_, armed, words) => {
    await renderGlance(open, { armed });
    expect(lines().slice(0, 2)).toEqual(['Nudges are on.', words]);
  });

  it('says only that nudges are on while none is armed', async () => {
    await renderGlance(open, { armed: null });
    expect(lines()).toEqual(['Nudges are on.', 'A fresh day. Nothing has come yet.']);
  });

  it('in quiet hours, says until when, not the nudge after them', async () => {
    const night = [{ start: '14:00', end: '07:30' }];
    await renderGlance({ ...open, quietHours: night }, { armed: at(8, 3, 11) });
    expect(lines()[1]).toBe(`Quiet until ${clock(7, 30)} tomorrow.`);
  });

  it('in quiet hours ending today, says the time alone', async () => {
    await renderGlance({ ...open, quietHours: [{ start: '14:00', end: '16:30' }] });
    expect(lines()[1]).toBe(`Quiet until ${clock(16, 30)}.`);
  });

  it('paused: says until when, offers Resume, and no next nudge', async () => {
    const onPause = await renderGlance({ ...open, pausedUntil: NOW + HOUR }, { armed: at(16, 7) });
    expect(lines()).toEqual([
      `Paused until ${clock(16, 0)}. Nudges come back on their own.`,
      'A fresh day. Nothing has come yet.',
    ]);
    fireEvent.click(within(glance()).getByRole('button', { name: 'Resume now' }));
    expect(onPause).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('offers a pause for an hour and one until the morning, and no Resume while on', async () => {
    const onPause = await renderGlance();
    const group = within(glance()).getByRole('group', { name: 'Need a break?' });
    expect(within(group).queryByRole('button', { name: 'Resume now' })).toBeNull();
    fireEvent.click(within(group).getByRole('button', { name: 'Pause for an hour' }));
    fireEvent.click(within(group).getByRole('button', { name: 'Pause until tomorrow morning' }));
    expect(onPause.mock.calls).toEqual([[NOW + HOUR], [at(8, 0, 11)]]);
  });
});

describe('At a glance: the check-in', () => {
  const checkIn = { days: [0, 1, 2, 3, 4, 5, 6], time: '20:45' };

  it('says when it is today', async () => {
    await renderGlance({ ...open, checkIn });
    expect(lines()).toContain(`Your check-in is today at ${clock(20, 45)}.`);
  });

  it('once it came today, says tomorrow', async () => {
    await ritualsDoneStorage.setValue({ 'check-in': new Date(2026, 5, 10).getTime() });
    await renderGlance({ ...open, checkIn });
    expect(lines()).toContain(`Your check-in is tomorrow at ${clock(20, 45)}.`);
  });

  it('on its one day of the week, says the day', async () => {
    await renderGlance({ ...open, checkIn: { ...checkIn, days: [6] } });
    expect(lines()).toContain(`Your check-in is on Saturday at ${clock(20, 45)}.`);
  });

  it('says nothing of one when there is none', async () => {
    await renderGlance(open, { armed: at(16) });
    expect(lines().join(' ')).not.toMatch(/check-in/i);
  });
});

describe('At a glance: today so far', () => {
  it('says what came and what was done with it, each nudge once', async () => {
    await appendHistory(entry('a', NOW - 3 * HOUR, 'shown'));
    await appendHistory(entry('a', NOW - 3 * HOUR + MINUTE, 'copied'));
    await appendHistory(entry('a', NOW - 3 * HOUR + 2 * MINUTE, 'done'));
    await appendHistory(entry('b', NOW - HOUR, 'shown'));
    await appendHistory(entry('b', NOW - HOUR, 'snoozed'));
    await appendHistory(entry('old', NOW - DAY, 'shown'));
    await renderGlance();
    expect(lines().at(-1)).toBe(
      'So far today, 2 nudges came your way. You made time for 1 small moment. Lovely.',
    );
  });

  it('never speaks of what was let go: with nothing done, only what came', async () => {
    await appendHistory(entry('a', NOW - HOUR, 'shown'));
    await appendHistory(entry('a', NOW - HOUR, 'snoozed'));
    await renderGlance();
    expect(lines().at(-1)).toBe('So far today, 1 nudge came your way.');
  });

  it('reads again when history changes under the page', async () => {
    await renderGlance();
    await appendHistory(entry('a', NOW - MINUTE, 'shown'));
    announceHistoryChanged();
    await waitFor(() => expect(lines().at(-1)).toBe('So far today, 1 nudge came your way.'));
  });
});

describe('At a glance, on the options page', () => {
  it('is the first section, and follows a re-arm from another tab', async () => {
    await nextNudgeAtStorage.setValue(at(15, 47));
    await renderOptions(open);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Right now');
    await waitFor(() => expect(lines()[1]).toBe(`Next nudge around ${clock(15, 50)}.`));
    // As the worker writes it when the schedule changes, from whichever tab changed it.
    await nextNudgeAtStorage.setValue(at(17, 22));
    await waitFor(() => expect(lines()[1]).toBe(`Next nudge around ${clock(17, 20)}.`));
  });

  it("keeps this device's copy of whether nudges are on, for the next visit's first paint", async () => {
    await renderOptions(open);
    await waitFor(() => expect(glanceOnCopy()).toBe(true));
    await preferencesStorage.setValue({ ...open, pausedUntil: NOW + HOUR });
    await waitFor(() => expect(glanceOnCopy()).toBe(false));
  });

  it('follows quiet hours and a pause set elsewhere', async () => {
    await renderOptions(open);
    await preferencesStorage.setValue({ ...open, quietHours: [{ start: '14:00', end: '16:30' }] });
    await waitFor(() => expect(lines()[1]).toBe(`Quiet until ${clock(16, 30)}.`));
    await preferencesStorage.setValue({ ...open, pausedUntil: NOW + HOUR });
    await waitFor(() => expect(lines()[0]).toMatch(new RegExp(`^Paused until ${clock(16, 0)}`)));
  });

  it('follows the check-in as it comes, and as it is set on the page', async () => {
    const checkIn = { days: [0, 1, 2, 3, 4, 5, 6], time: '20:45' };
    await renderOptions({ ...open, checkIn });
    await waitFor(() => expect(lines()).toContain(`Your check-in is today at ${clock(20, 45)}.`));
    await ritualsDoneStorage.setValue({ 'check-in': new Date(2026, 5, 10).getTime() });
    await waitFor(() =>
      expect(lines()).toContain(`Your check-in is tomorrow at ${clock(20, 45)}.`),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /60-second check-in/ }));
    await waitFor(async () => expect((await storedPreferences()).checkIn).toBeNull());
    await waitFor(() => expect(lines().join(' ')).not.toMatch(/check-in/i));
  });
});
