import type { FilledNudge } from './fill-partner';
import type { Delivery } from './history';
import { defaultPreferences, type Preferences } from './preferences-defaults';
import { defineStoredItem } from './stored-item';

/**
 * The one home of small stored state. Preferences follow the person (`sync:`); runtime
 * state stays on this device (`local:`). History lives in IndexedDB (see history.ts).
 */
export const preferencesStorage = /* @__PURE__ */ defineStoredItem<Preferences>(
  'sync:preferences',
  {
    fallback: defaultPreferences,
    version: 1,
  },
);

/** The nudge waiting in the popup, set when an alarm delivers one. */
export interface PendingNudge extends FilledNudge {
  shownAt: number;
  delivery: Delivery;
}

export const pendingNudgeStorage = /* @__PURE__ */ defineStoredItem<PendingNudge | null>(
  'local:pendingNudge',
  {
    fallback: null,
  },
);

/** "Not now": the next nudge comes at this time (epoch ms). */
export const snoozedUntilStorage = /* @__PURE__ */ defineStoredItem<number | null>(
  'local:snoozedUntil',
  {
    fallback: null,
  },
);

/** The `scheduledTime` of the last alarm handled, so a retried alarm shows nothing twice. */
export const lastHandledAlarmStorage = /* @__PURE__ */ defineStoredItem<number | null>(
  'local:lastHandledAlarm',
  {
    fallback: null,
  },
);
