import type { PendingNudge } from '../library/shown-nudge';
import type { LearnedWeights } from '../choose/learned-weights';
import type { HeldNudge } from '../schedule/hold-rules';
import type { RitualsDone } from '../schedule/rituals';
import type { CustomNudge } from '../library/nudge';
import type { ShuffleBag } from '../choose/pick-nudge';
import { defaultPreferences, type Preferences } from './preferences-defaults';
import { preferencesMigrations } from './preferences-migrations';
import { PREFERENCES_KEY } from './preferences-key';
import { defineStoredItem } from './stored-item';
import {
  customNudgeList,
  energyAnswer,
  flagOrNone,
  heldNudge,
  learnedWeights,
  pendingNudge,
  ritualsDone,
  shuffleBag,
  textList,
  timeOrNone,
} from './stored-checks';

/**
 * The one home of small stored state. Preferences follow the person (`sync:`); runtime
 * state stays on this device (`local:`). History lives in IndexedDB (see history.ts).
 * Each item's role (in a backup? cleared?) is said in stored-items.ts.
 */
export const preferencesStorage = /* @__PURE__ */ defineStoredItem<Preferences>(PREFERENCES_KEY, {
  fallback: defaultPreferences,
  version: 3,
  migrations: preferencesMigrations,
  // The partner's name and the theme change how things read and look, never when.
  rearms: { except: ['partnerName', 'theme', 'messageLanguage'] },
});

/** The nudge waiting in the popup, set when an alarm delivers one. */
export const pendingNudgeStorage = /* @__PURE__ */ defineStoredItem<PendingNudge | null>(
  'local:pendingNudge',
  { fallback: null, check: pendingNudge },
);

/** Where {@link popupShownStorage} lives: popup-paint.js writes it without this module's bytes. */
export const POPUP_SHOWN_KEY = 'popupShown';
/**
 * The waiting nudge the popup last painted (its id and shownAt), written by the popup page:
 * openPopup() rejects when a popup closes at once, so only the page can say it was seen.
 */
export const popupShownStorage = /* @__PURE__ */ defineStoredItem<Pick<
  PendingNudge,
  'id' | 'shownAt'
> | null>(`local:${POPUP_SHOWN_KEY}`, { fallback: null });

/** "Not now": the next nudge comes at this time (epoch ms). */
export const snoozedUntilStorage = /* @__PURE__ */ defineStoredItem<number | null>(
  'local:snoozedUntil',
  { fallback: null, rearms: true, check: timeOrNone },
);

/** The `scheduledTime` of the last alarm handled, so a retried alarm shows nothing twice. */
export const lastHandledAlarmStorage = /* @__PURE__ */ defineStoredItem<number | null>(
  'local:lastHandledAlarm',
  { fallback: null, check: timeOrNone },
);

/** Nudges the person wrote (device-local: `sync` allows only 8 KB per item). */
export const customNudgesStorage = /* @__PURE__ */ defineStoredItem<CustomNudge[]>(
  'local:customNudges',
  { fallback: [], check: customNudgeList },
);

/** The shuffle bag: per kind, the ids drawn in this round (see pick-nudge.ts). */
export const nudgeBagStorage = /* @__PURE__ */ defineStoredItem<ShuffleBag>('local:nudgeBag', {
  fallback: {},
  check: shuffleBag,
});

/** What Still Us learned about which kinds land (see learned-weights.ts). */
export const learnedWeightsStorage = /* @__PURE__ */ defineStoredItem<LearnedWeights>(
  'local:learnedWeights',
  { fallback: {}, check: learnedWeights },
);

/** "Never show this one": ids kept out of the rotation until the person resets it. */
export const hiddenNudgesStorage = /* @__PURE__ */ defineStoredItem<string[]>(
  'local:hiddenNudges',
  { fallback: [], check: textList },
);

/** "How are you today?": the answer and the local day it was given (start of day, epoch ms). */
export interface EnergyAnswer {
  /** `touched-out`: no touch nudges for the rest of the day, and flirty ones stay sweet. */
  level: 'rough' | 'okay' | 'good' | 'touched-out';
  day: number;
}
export const energyStorage = /* @__PURE__ */ defineStoredItem<EnergyAnswer | null>('local:energy', {
  fallback: null,
  rearms: true,
  check: energyAnswer,
});

/** A due nudge waiting for a better moment (away, fullscreen, a call); at most one. */
export const heldNudgeStorage = /* @__PURE__ */ defineStoredItem<HeldNudge | null>(
  'local:heldNudge',
  { fallback: null, check: heldNudge },
);

/** The local day each ritual (the daily check-in, the weekly tiny date) last came: once a day. */
export const ritualsDoneStorage = /* @__PURE__ */ defineStoredItem<RitualsDone>(
  'local:ritualsDone',
  { fallback: {}, check: ritualsDone },
);

/** When the next nudge is armed for (epoch ms), so a dropped alarm comes back the same. */
export const nextNudgeAtStorage = /* @__PURE__ */ defineStoredItem<number | null>(
  'local:nextNudgeAt',
  { fallback: null, check: timeOrNone },
);

/**
 * Set once the welcome page has opened. Chromium reports `install` again at every start
 * for an extension loaded with --load-extension (as `npm run dev` and the tests do), so
 * the reason alone would greet the same person again; storage.local survives those
 * starts and is emptied by a real uninstall, so a true reinstall is welcomed again.
 */
export const welcomeShownStorage = /* @__PURE__ */ defineStoredItem<boolean>('local:welcomeShown', {
  fallback: false,
  check: flagOrNone,
});
