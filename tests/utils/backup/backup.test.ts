import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  backupOf,
  entry,
  hidden,
  history,
  nudges,
  NOW,
  prefs,
  readAll,
  seedAll,
  weights,
} from './backup-fixtures';
import { allKindsBut } from '../../support/kinds';
import { applyBackup, collectBackup } from '@/utils/backup/backup';
import { backupText, parseBackup } from '@/utils/backup/backup-file';
import { clearAllData } from '@/utils/backup/clear-all-data';
import { readAllHistory } from '@/utils/backup/backup-history';
import { appendHistory } from '@/utils/history/history';
import { categories } from '@/utils/library/nudge';
import { defaultPreferences } from '@/utils/storage/preferences';
import {
  customNudgesStorage,
  hiddenNudgesStorage,
  learnedWeightsStorage,
  pendingNudgeStorage,
  preferencesStorage,
  snoozedUntilStorage,
} from '@/utils/storage/storage';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Export as the page does: collect, write the file's text, read it back. */
async function exportAndRead(): Promise<ReturnType<typeof backupOf>> {
  const parsed = parseBackup(backupText(await collectBackup(NOW)));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
}

describe('collectBackup', () => {
  it('holds every store of record and all history, oldest first', async () => {
    await seedAll();
    await snoozedUntilStorage.setValue(NOW + 1000);
    const backup = await collectBackup(NOW);
    expect(backup).toEqual({ ...backupOf(), history: await readAllHistory() });
    expect(backup.history.map((e) => e.at)).toEqual(history.map((e) => e.at));
    expect(JSON.stringify(backup)).not.toContain('snooze');
  });

  it('leaves out broken stored entries, so the file always reads back', async () => {
    await customNudgesStorage.setValue([...nudges, { id: 'custom-x' } as never]);
    await learnedWeightsStorage.setValue({ ...weights, touch: { weight: 'lots' } } as never);
    await hiddenNudgesStorage.setValue(['ok', 42 as never]);
    const backup = await exportAndRead();
    expect(backup.customNudges).toEqual(nudges);
    expect(backup.learnedWeights).toEqual({ 'kind-act': weights['kind-act'] });
    expect(backup.hiddenNudges).toEqual(['ok']);
  });

  it('exports the usual settings when none were ever saved', async () => {
    expect((await collectBackup(NOW)).preferences).toEqual(defaultPreferences);
  });
});

describe('round trip', () => {
  it('export → clear all data → import (replace) gives back identical data', async () => {
    await seedAll();
    // Many entries, some in the same millisecond, so order and chunking are exercised.
    for (let i = 0; i < 2500; i++) await appendHistory(entry(NOW - i * 1000, 'shown', `n-${i}`));
    await appendHistory(entry(NOW, 'copied', 'n-0'));
    const before = await readAll();
    const file = backupText(await collectBackup(NOW));

    await clearAllData();
    expect(await readAll()).toEqual({
      preferences: defaultPreferences,
      customNudges: [],
      learnedWeights: {},
      hiddenNudges: [],
      history: [],
    });

    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.summary.history).toBe(2505);
    expect(await applyBackup(parsed.backup, 'replace')).toEqual({
      ok: true,
      addedHistory: 2505,
      addedNudges: 2,
    });
    expect(await readAll()).toEqual(before);
  });
});

describe('preferences in a backup file', () => {
  it('a new export carries the kinds turned off, not the ones on', async () => {
    await seedAll();
    const file = JSON.parse(backupText(await collectBackup(NOW))) as { preferences: object };
    expect(file.preferences).toMatchObject({ kindsOff: prefs.kindsOff });
    expect(file.preferences).not.toHaveProperty('categories');
  });

  /** A file as made before preferences kept the kinds off: they listed the kinds on. */
  const olderFile = (kindsOn: unknown): string => {
    const preferences: Record<string, unknown> = { ...prefs, categories: kindsOn };
    delete preferences.kindsOff;
    return JSON.stringify({ ...JSON.parse(backupText(backupOf())), preferences });
  };

  it('a file made before, with the kinds on (`categories`), imports with those kinds on', async () => {
    const parsed = parseBackup(olderFile(['reassurance', 'kind-act']));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.preferences).toEqual(prefs);
    expect(parsed.summary.settingsSkipped).toBe(0);
    await applyBackup(parsed.backup, 'replace');
    expect(await preferencesStorage.getValue()).toEqual(prefs);
  });

  it.each<[string, unknown, string[], number]>([
    ['every kind on', [...categories], [], 0],
    ['a kind that is not one', ['kind-act', 'pigeon'], allKindsBut('kind-act'), 0],
    ['no kind on: a bad setting', [], [], 1],
    ['no list: every kind on, not counted', 'all', [], 0],
  ])('kinds on in an older file, %s', (_case, kindsOn, kindsOff, skipped) => {
    const parsed = parseBackup(olderFile(kindsOn));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.preferences).toEqual({ ...prefs, kindsOff });
    expect(parsed.summary.settingsSkipped).toBe(skipped);
  });
});

describe('applyBackup', () => {
  it('replace: the file takes the place of everything, and the moment starts afresh', async () => {
    await preferencesStorage.setValue({ ...defaultPreferences, partnerName: 'Sam' });
    await customNudgesStorage.setValue([{ id: 'custom-z', category: 'touch', text: 'Mine' }]);
    await appendHistory(entry(5, 'done', 'old'));
    await snoozedUntilStorage.setValue(NOW + 1000);
    await pendingNudgeStorage.setValue({ ...nudges[0]!, shownAt: NOW, delivery: 'popup' });

    await applyBackup(backupOf(), 'replace');
    expect(await readAll()).toEqual({
      preferences: prefs,
      customNudges: nudges,
      learnedWeights: weights,
      hiddenNudges: hidden,
      history,
    });
    expect(await snoozedUntilStorage.getValue()).toBeNull();
    expect(await pendingNudgeStorage.getValue()).toBeNull();
  });

  it('replace: the file’s rituals count as set now (also one set by a clock that ran ahead)', async () => {
    const ahead = new Date(2031, 0, 1).getTime();
    const checkIn = { days: [0, 1, 2, 3, 4, 5, 6], time: '20:30', since: ahead };
    const weeklyDate = { days: [5], time: '20:30' };
    const before = Date.now();
    await applyBackup({ ...backupOf(), preferences: { ...prefs, checkIn, weeklyDate } }, 'replace');
    const stored = await preferencesStorage.getValue();
    expect(stored.checkIn).toEqual({ ...checkIn, since: expect.any(Number) });
    expect(stored.checkIn?.since).toBeGreaterThanOrEqual(before);
    expect(stored.checkIn?.since).toBeLessThanOrEqual(Date.now());
    expect(stored.weeklyDate).toEqual({ ...weeklyDate, since: stored.checkIn?.since });
  });

  it('merge: keeps the settings here and adds what is new', async () => {
    const mine = { ...defaultPreferences, partnerName: 'Sam' };
    await preferencesStorage.setValue(mine);
    await customNudgesStorage.setValue([nudges[0]!]);
    await hiddenNudgesStorage.setValue(['custom-gone', 'x']);
    await appendHistory(history[0]!);
    await snoozedUntilStorage.setValue(NOW + 1000);

    const result = await applyBackup(backupOf(), 'merge');
    expect(result).toEqual({ ok: true, addedHistory: 3, addedNudges: 1 });
    const { history: merged, ...stored } = await readAll();
    expect(stored).toEqual({
      preferences: mine,
      customNudges: nudges,
      learnedWeights: weights,
      hiddenNudges: ['custom-gone', 'x', 'reassurance-03'],
    });
    // An entry merged next to one of the same millisecond may come before or after it.
    expect(merged).toHaveLength(history.length);
    expect(merged).toEqual(expect.arrayContaining(history));
    // A merge leaves the moment alone.
    expect(await snoozedUntilStorage.getValue()).toBe(NOW + 1000);

    // Importing the same file again adds nothing.
    expect(await applyBackup(backupOf(), 'merge')).toEqual({
      ok: true,
      addedHistory: 0,
      addedNudges: 0,
    });
    expect((await readAllHistory()).length).toBe(4);
  });

  it('a failing history write leaves everything as it was', async () => {
    await seedAll();
    const before = await readAll();
    // The clear and some entries are already in the transaction when a put fails.
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++puts === 2) throw new DOMException('Full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const other = backupOf({ preferences: defaultPreferences, customNudges: [] });
    expect(await applyBackup(other, 'replace')).toEqual({ ok: false, restored: true });
    expect(await readAll()).toEqual(before);
  });

  it('a failing storage write puts back what was written, history untouched', async () => {
    await seedAll();
    const before = await readAll();
    // The settings land, then own nudges fail: the settings go back.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    expect(await applyBackup(backupOf({ preferences: defaultPreferences }), 'replace')).toEqual({
      ok: false,
      restored: true,
    });
    expect(await readAll()).toEqual(before);
  });

  it('says when even putting things back failed', async () => {
    await seedAll();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('gone'));
    expect(await applyBackup(backupOf(), 'merge')).toEqual({ ok: false, restored: false });
    expect(await readAllHistory()).toEqual(history);
  });
});
