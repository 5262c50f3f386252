import {
  customNudgesStorage,
  energyStorage,
  heldNudgeStorage,
  hiddenNudgesStorage,
  lastHandledAlarmStorage,
  learnedWeightsStorage,
  nextNudgeAtStorage,
  nudgeBagStorage,
  pendingNudgeStorage,
  popupShownStorage,
  preferencesStorage,
  ritualsDoneStorage,
  snoozedUntilStorage,
  welcomeShownStorage,
} from './storage';
import type { StoredItem, StoredRegistry } from './stored-item';

// Apart from storage.ts so the pages' shared chunk, which needs only a few items, stays small.

/**
 * Every item of storage.ts under its role (stored-item.ts `StoredRole`), said here once: the
 * backup (backup-record.ts), "Clear all data" (clear-all-data.ts) and the schedule's triggers
 * (schedule-triggers.ts) are derived from it. A test fails for an item left out.
 */
export const storedItems = {
  record: {
    preferences: preferencesStorage,
    customNudges: customNudgesStorage,
    learnedWeights: learnedWeightsStorage,
    hiddenNudges: hiddenNudgesStorage,
  },
  runtime: {
    pendingNudge: pendingNudgeStorage,
    popupShown: popupShownStorage,
    snoozedUntil: snoozedUntilStorage,
    heldNudge: heldNudgeStorage,
    energy: energyStorage,
    nudgeBag: nudgeBagStorage,
  },
  alarm: {
    nextNudgeAt: nextNudgeAtStorage,
    lastHandledAlarm: lastHandledAlarmStorage,
    ritualsDone: ritualsDoneStorage,
  },
  install: { welcomeShown: welcomeShownStorage },
} satisfies StoredRegistry;

/** Removes each item of a group, so each reads as its fallback. */
export async function forgetItems(
  group: Readonly<Record<string, StoredItem<unknown>>>,
): Promise<void> {
  await Promise.all(Object.values(group).map((item) => item.setValue(null)));
}
