import * as v from 'valibot';
import { mergeRecord } from './backup-merge';
import { readStoredRecord, recordOf, writeStoredRecord, type StoredRecord } from './backup-record';
import {
  BACKUP_VERSION,
  customNudgeSchema,
  historyEntrySchema,
  idSchema,
  learnedWeightSchema,
  type Backup,
} from './backup-schema';
import { clearRuntimeState } from './clear-all-data';
import { appendHistoryBatch, readAllHistory, replaceHistory } from './backup-history';
import type { LearnedWeights } from '../choose/learned-weights';
import { categories } from '../library/nudge';
import { loadPreferences } from '../storage/preferences-store';
import type { Preferences } from '../storage/preferences';

/** The items that would pass an import, so every exported file can be read back. */
function keepValid<S extends v.GenericSchema>(
  schema: S,
  items: readonly unknown[],
): v.InferOutput<S>[] {
  return items.flatMap((item) => {
    const parsed = v.safeParse(schema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

function validWeights(stored: LearnedWeights): LearnedWeights {
  const weights: LearnedWeights = {};
  for (const kind of categories) {
    const parsed = v.safeParse(learnedWeightSchema, stored[kind]);
    if (parsed.success) weights[kind] = parsed.output;
  }
  return weights;
}

/**
 * Everything of record, as one backup made at `now`: settings (as Still Us reads them), own
 * nudges, what was learned, hidden nudges and all history, oldest first. Broken stored
 * entries, which Still Us doesn't use either, are left out.
 */
export async function collectBackup(now: number): Promise<Backup> {
  const [preferences, stored, history] = await Promise.all([
    loadPreferences(),
    readStoredRecord(),
    readAllHistory(),
  ]);
  return {
    app: 'still-us',
    kind: 'backup',
    version: BACKUP_VERSION,
    exportedAt: now,
    preferences,
    customNudges: keepValid(customNudgeSchema, stored.customNudges),
    learnedWeights: validWeights(stored.learnedWeights),
    hiddenNudges: keepValid(idSchema, stored.hiddenNudges),
    history: keepValid(historyEntrySchema, history),
  };
}

export type ImportMode = 'merge' | 'replace';

/** Done, with what was added; or not, and whether everything is as it was before. */
export type ApplyResult =
  { ok: true; addedHistory: number; addedNudges: number } | { ok: false; restored: boolean };

/**
 * The file's settings as restored at `now`: its rituals count as set now (RitualTime `since`),
 * as when turned on by hand, so restoring at 21:40 a file with a 20:30 check-in brings none at
 * once. (A `since` from a clock that ran ahead needs nothing here: nextRitualAt reads it as now.)
 */
export function restoredPreferences(prefs: Preferences, now: number): Preferences {
  type Ritual = Preferences['checkIn'];
  const setNow = (r: Ritual): Ritual => r && { ...r, since: now };
  return { ...prefs, checkIn: setNow(prefs.checkIn), weeklyDate: setNow(prefs.weeklyDate) };
}

/** Puts the stored items back as they were; false when that failed too. */
async function restore(before: StoredRecord): Promise<boolean> {
  try {
    await writeStoredRecord(before);
    return true;
  } catch {
    return false;
  }
}

/**
 * Imports a checked backup. `replace`: the file's settings, own nudges, learning and history
 * take the place of what is here, and the moment's state (a waiting nudge, a snooze) starts
 * afresh. `merge`: see mergeRecord (the current settings stay). The small items are written
 * first, then history in one transaction; if any write fails, the small items are put back and
 * history is untouched, so nothing is half imported.
 */
export async function applyBackup(backup: Backup, mode: ImportMode): Promise<ApplyResult> {
  let before: StoredRecord;
  try {
    before = await readStoredRecord();
  } catch {
    return { ok: false, restored: true };
  }
  let addedHistory = backup.history.length;
  let addedNudges = backup.customNudges.length;
  try {
    if (mode === 'replace') {
      const preferences = restoredPreferences(backup.preferences, Date.now());
      await writeStoredRecord(recordOf({ ...backup, preferences }));
      await replaceHistory(backup.history);
    } else {
      const merged = mergeRecord({ ...before, history: await readAllHistory() }, backup);
      const { customNudges, learnedWeights, hiddenNudges, newHistory } = merged;
      await writeStoredRecord({ customNudges, learnedWeights, hiddenNudges });
      await appendHistoryBatch(newHistory);
      addedHistory = newHistory.length;
      addedNudges = merged.addedNudges;
    }
  } catch {
    return { ok: false, restored: await restore(before) };
  }
  // The waiting nudge may be one the file no longer has: start the moment afresh.
  if (mode === 'replace') await clearRuntimeState().catch(() => undefined);
  return { ok: true, addedHistory, addedNudges };
}
