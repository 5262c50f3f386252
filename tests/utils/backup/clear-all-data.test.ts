import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nudges, NOW, readAll, seedAll } from './backup-fixtures';
import { clearAllData, countData } from '@/utils/backup/clear-all-data';
import { NUDGE_NOTIFICATION } from '@/utils/delivery/deliver-nudge';
import { nudgeNotificationId } from '@/utils/delivery/nudge-notification';
import { defaultPreferences } from '@/utils/storage/preferences';
import { affectsSchedule } from '@/utils/storage/schedule-triggers';
import {
  energyStorage,
  heldNudgeStorage,
  lastHandledAlarmStorage,
  nextNudgeAtStorage,
  nudgeBagStorage,
  pendingNudgeStorage,
  snoozedUntilStorage,
} from '@/utils/storage/storage';
import { storedItems } from '@/utils/storage/stored-items';
import type { StoredItem } from '@/utils/storage/stored-item';

describe('countData', () => {
  it('counts what "Clear all data" would remove', async () => {
    expect(await countData()).toEqual({ customNudges: 0, history: 0, learned: false });
    await seedAll();
    expect(await countData()).toEqual({ customNudges: 2, history: 4, learned: true });
  });
});

describe('clearAllData', () => {
  it('removes everything of record and the moment’s state, and keeps the alarm’s bookkeeping', async () => {
    await seedAll();
    await pendingNudgeStorage.setValue({ ...nudges[0]!, shownAt: NOW, delivery: 'badge' });
    await snoozedUntilStorage.setValue(NOW + 1000);
    await energyStorage.setValue({ level: 'rough', day: NOW });
    await nudgeBagStorage.setValue({ touch: ['touch-01'] });
    await heldNudgeStorage.setValue({ since: NOW, reason: 'away', clearSince: null });
    await nextNudgeAtStorage.setValue(NOW + 5000);
    await lastHandledAlarmStorage.setValue(NOW - 5000);
    await fakeBrowser.action.setBadgeText({ text: '♥' });
    await fakeBrowser.notifications.create(NUDGE_NOTIFICATION, {
      type: 'basic',
      title: 'Still Us',
      message: 'A nudge',
      iconUrl: 'icon.png',
    });

    await clearAllData();

    expect(await readAll()).toEqual({
      preferences: defaultPreferences,
      customNudges: [],
      learnedWeights: {},
      hiddenNudges: [],
      history: [],
    });
    expect(await pendingNudgeStorage.getValue()).toBeNull();
    expect(await snoozedUntilStorage.getValue()).toBeNull();
    expect(await energyStorage.getValue()).toBeNull();
    expect(await heldNudgeStorage.getValue()).toBeNull();
    expect(await nudgeBagStorage.getValue()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.action.getPopup({})).toMatch(/\/popup\.html$/);
    expect(await nextNudgeAtStorage.getValue()).toBe(NOW + 5000);
    expect(await lastHandledAlarmStorage.getValue()).toBe(NOW - 5000);
    // Nothing of ours is left in storage but the alarm's bookkeeping.
    expect(Object.keys(await fakeBrowser.storage.sync.get())).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get()).sort()).toEqual([
      'lastHandledAlarm',
      'lastHandledAlarm$',
      'nextNudgeAt',
      'nextNudgeAt$',
    ]);
  });

  it('clears every nudge notification, whatever nudge it shows, and no one else’s', async () => {
    const ids = [
      NUDGE_NOTIFICATION, // before issue 14
      nudgeNotificationId({ id: 'touch-01', shownAt: NOW }),
      nudgeNotificationId({ id: 'words-02', shownAt: NOW - 1000 }),
      'not-a-nudge',
    ];
    for (const id of ids) {
      await fakeBrowser.notifications.create(id, {
        type: 'basic',
        title: 'Still Us',
        message: id,
        iconUrl: 'icon.png',
      });
    }
    await clearAllData();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['not-a-nudge']);
  });

  it('changes what the worker listens to, so it re-arms', async () => {
    await seedAll();
    const areas: [Record<string, unknown>, string][] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => areas.push([changes, area]));
    await clearAllData();
    expect(areas.some(([changes, area]) => affectsSchedule(changes as never, area))).toBe(true);
  });
});

/** Each item of the roles given, as `[key, item]`. */
const itemsOf = (...roles: (keyof typeof storedItems)[]): [string, StoredItem<unknown>][] =>
  roles.flatMap((role) =>
    Object.values(storedItems[role]).map(
      (item: StoredItem<unknown>): [string, StoredItem<unknown>] => [item.key, item],
    ),
  );

describe('clearAllData, by role', () => {
  it.each(itemsOf('record', 'runtime'))('removes %s', async (_key, item) => {
    await item.setValue('something');
    await clearAllData();
    const [area, name] = item.key.split(':') as ['local' | 'sync', string];
    expect(await fakeBrowser.storage[area].get(name)).toEqual({});
  });

  it.each(itemsOf('alarm', 'install'))('keeps %s', async (_key, item) => {
    await item.setValue('something');
    await clearAllData();
    // Read raw: 'something' is no good value for most items, so their check reads it as none.
    const [area, name] = item.key.split(':') as ['local' | 'sync', string];
    expect((await fakeBrowser.storage[area].get(name))[name]).toBe('something');
  });

  it('the runtime items are the moment’s state', () => {
    expect(Object.keys(storedItems.runtime)).toEqual([
      'pendingNudge',
      'popupShown',
      'snoozedUntil',
      'heldNudge',
      'energy',
      'nudgeBag',
    ]);
  });
});
