import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { armRituals, handleRitual, RITUAL_ALARM } from '@/utils/delivery/rituals';
import { appendHistory, readHistory } from '@/utils/history/history';
import { recentActivity } from '@/utils/history/recent-activity';
import { library } from '../../support/library';
import { defaultPreferences } from '@/utils/storage/preferences';
import {
  pendingNudgeStorage,
  preferencesStorage,
  ritualsDoneStorage,
} from '@/utils/storage/storage';
import { DAY } from '@/utils/time/local-time';

// Issue 15: the daily check-in through the worker's delivery chain.
const at = (d: number, h: number, m = 0): number => new Date(2026, 5, d, h, m).getTime();
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

beforeEach(async () => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { idle: { queryState: async () => 'active' } });
  fakeBrowser.action.openPopup = vi.fn(() => Promise.resolve());
  await preferencesStorage.setValue({
    ...defaultPreferences,
    partnerName: 'Sam',
    quietHours: [{ start: '22:00', end: '07:00' }],
    checkIn: { days: EVERY_DAY, time: '20:30' },
  });
});

describe('the daily check-in, delivered', () => {
  it('arms its alarm at the local time set', async () => {
    await armRituals(at(10, 9));
    expect((await fakeBrowser.alarms.get(RITUAL_ALARM))?.scheduledTime).toBe(at(10, 20, 30));
  });

  it('at its time asks one question, framed for two, and does not count toward the cap', async () => {
    expect(await handleRitual(at(10, 20, 30))).toBe('shown');
    const pending = (await pendingNudgeStorage.getValue())!;
    expect(pending.ritual).toBe('check-in');
    expect(pending.text).toMatch(/^Ask Sam, and answer it yourself too: .+\?$/);
    expect(library.find((e) => e.id === pending.id)?.ritual).toBe(true);
    const [entry] = await readHistory();
    expect(entry).toMatchObject({ action: 'shown', ritual: 'check-in', delivery: 'popup' });
    const recent = await recentActivity(at(10, 20, 31));
    expect(recent.shownTimes).toEqual([]);
    expect(recent.ritualTimes).toEqual([at(10, 20, 30)]);
    // Tomorrow's is armed.
    expect((await fakeBrowser.alarms.get(RITUAL_ALARM))?.scheduledTime).toBe(at(11, 20, 30));
  });

  it('never twice a day: the same alarm again, or a second fire, shows nothing more', async () => {
    await handleRitual(at(10, 20, 30));
    expect(await handleRitual(at(10, 20, 45))).toBe('not-due');
    expect((await readHistory()).length).toBe(1);
    expect(await ritualsDoneStorage.getValue()).toEqual({ 'check-in': at(10, 0) });
  });

  it('missed while the browser was closed: once within two hours and not in quiet hours, else tomorrow', async () => {
    // The browser starts at 21:45: it comes now.
    await armRituals(at(10, 21, 45));
    expect((await fakeBrowser.alarms.get(RITUAL_ALARM))?.scheduledTime).toBe(at(10, 21, 45));
    expect(await handleRitual(at(10, 21, 45))).toBe('shown');
    // Started at 22:15 the next day: quiet hours from 22:00 win, so it waits for tomorrow.
    expect(await handleRitual(at(11, 22, 15))).toBe('not-due');
    expect((await fakeBrowser.alarms.get(RITUAL_ALARM))?.scheduledTime).toBe(at(12, 20, 30));
    expect((await readHistory()).length).toBe(1);
  });

  it('while away, it looks again each minute within its window', async () => {
    Object.assign(fakeBrowser, { idle: { queryState: async () => 'idle' } });
    expect(await handleRitual(at(10, 20, 30))).toBe('waiting');
    expect((await fakeBrowser.alarms.get(RITUAL_ALARM))?.scheduledTime).toBe(at(10, 20, 31));
    expect(await readHistory()).toEqual([]);
  });

  it('no question comes back within 30 days', async () => {
    const asked: string[] = [];
    for (let day = 0; day < 30; day++) {
      await handleRitual(at(1, 20, 30) + day * DAY);
      asked.push((await pendingNudgeStorage.getValue())!.id);
    }
    expect(new Set(asked).size).toBe(30);
    expect(asked.every((id) => library.find((e) => e.id === id)?.ritual)).toBe(true);
  });

  it('once every question was asked in 30 days, asks the one asked longest ago', async () => {
    const questions = library.filter((e) => e.ritual).map((e) => e.id);
    // Every question asked in the last 30 days, the first of them longest ago.
    const start = at(20, 20, 30) - 29 * DAY;
    const step = (29 * DAY) / questions.length;
    for (const [i, id] of questions.entries())
      await appendHistory({
        at: Math.round(start + i * step),
        id,
        category: 'check-in',
        text: 'Ask Sam: …?',
        action: 'shown',
        delivery: 'popup',
        ritual: 'check-in',
      });
    expect(await handleRitual(at(20, 20, 30))).toBe('shown');
    expect((await pendingNudgeStorage.getValue())?.id).toBe(questions[0]);
  });

  it('off: no alarm', async () => {
    await preferencesStorage.setValue({ ...defaultPreferences, checkIn: null });
    await fakeBrowser.alarms.create(RITUAL_ALARM, { when: at(10, 20) });
    await armRituals(at(10, 9));
    expect(await fakeBrowser.alarms.get(RITUAL_ALARM)).toBeUndefined();
  });
});

describe('the fog: fewer nudges by default (issue 15)', () => {
  it('halves, rounded up, how many nudges a day the schedule aims for in the first six weeks', async () => {
    const { loadNudgeState } = await import('@/utils/delivery/arm-next-nudge');
    const now = at(10, 12);
    await preferencesStorage.setValue({ ...defaultPreferences, perDay: 5, babyDate: '2026-05-20' });
    expect((await loadNudgeState(now)).prefs.perDay).toBe(3);
    await preferencesStorage.setValue({ ...defaultPreferences, perDay: 5, babyDate: '2026-03-01' });
    expect((await loadNudgeState(now)).prefs.perDay).toBe(5);
    await preferencesStorage.setValue({ ...defaultPreferences, perDay: 5, babyDate: null });
    expect((await loadNudgeState(now)).prefs.perDay).toBe(5);
  });
});

describe('the weekly tiny date (issue 15)', () => {
  it('on its day and time: one tiny-date idea that fits the season, once that day', async () => {
    // 12 June 2026 is a Friday; the baby is in the dip (seven months), so no dates out.
    await preferencesStorage.setValue({
      ...defaultPreferences,
      quietHours: [],
      weeklyDate: { days: [5], time: '20:30' },
      babyDate: '2025-11-10',
    });
    await armRituals(at(10, 9));
    expect((await fakeBrowser.alarms.get(RITUAL_ALARM))?.scheduledTime).toBe(at(12, 20, 30));
    expect(await handleRitual(at(12, 20, 30))).toBe('shown');
    const pending = (await pendingNudgeStorage.getValue())!;
    expect(pending).toMatchObject({ ritual: 'date', category: 'tiny-date' });
    const entry = library.find((e) => e.id === pending.id)!;
    expect(entry.out).toBeUndefined();
    expect(await handleRitual(at(12, 21))).toBe('not-due');
    expect((await fakeBrowser.alarms.get(RITUAL_ALARM))?.scheduledTime).toBe(at(19, 20, 30));
  });
});
