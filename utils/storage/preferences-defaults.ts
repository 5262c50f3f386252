import { categories, type Category } from '../library/nudge';
import { languages } from '../platform/languages';
import type { QuietRange } from '../time/quiet-hours';
import type { RitualTime } from '../schedule/rituals';

// Kept apart from the checks in preferences.ts so the popup's first load stays small.

export const deliveryModes = ['popup', 'notification', 'badge'] as const;
/** How a nudge arrives: the popup (falling back to a notification), a notification, or only a badge. */
export type DeliveryMode = (typeof deliveryModes)[number];

export const flirtyLevels = ['off', 'sweet', 'bold'] as const;
/** How flirty nudges may get: none, sweet ones, or bold-but-kind ones too. */
export type FlirtyLevel = (typeof flirtyLevels)[number];

export const notificationWordsChoices = ['gentle', 'all', 'none'] as const;
/**
 * What a notification shows, since it may show on a locked or shared screen: the words of
 * every nudge but flirty texts (`gentle`), every nudge's words, or only the kind of nudge.
 * Hidden words come after a click.
 */
export type NotificationWords = (typeof notificationWordsChoices)[number];

/** The language of messages to copy and send: Still Us's own (`same`), or one it ships. */
export const messageLanguageChoices = ['same', ...languages] as const;
export type MessageLanguage = (typeof messageLanguageChoices)[number];

export const themeChoices = ['system', 'light', 'dark'] as const;
/** How pages look: as the device is set (`system`), or always light or dark. */
export type ThemeChoice = (typeof themeChoices)[number];

/** Set work hours: nothing flirty then. `days` are 0 (Sunday) to 6. */
export interface WorkHours {
  days: number[];
  start: string;
  end: string;
}

/** Everything the person chooses. Stored in `storage.sync`, so it follows them across browsers. */
export interface Preferences {
  /** Trimmed, at most 40 characters; empty means "your partner". */
  partnerName: string;
  /** About how many nudges a day, 1–12. */
  perDay: number;
  /** Never more than this many scheduled nudges in one local day, 1–24. */
  maxPerDay: number;
  quietHours: QuietRange[];
  /**
   * Kinds of nudge turned off; every other kind is on, so a kind added later arrives on.
   * At least one kind stays on.
   */
  kindsOff: Category[];
  delivery: DeliveryMode;
  notificationWords: NotificationWords;
  /** Epoch ms until which nothing is shown; null when not paused. */
  pausedUntil: number | null;
  flirty: FlirtyLevel;
  /** Null when none are set. */
  workHours: WorkHours | null;
  /** Opt-in: hold nudges while a call site is the active tab or the active tab plays sound. */
  waitDuringCalls: boolean;
  /** The daily 60-second check-in: its days and local time; null while it is off. */
  checkIn: RitualTime | null;
  /** When the check-in's time falls in quiet hours: true when the person let it win. */
  checkInOverQuiet: boolean;
  /** The weekly tiny date: one day and a time; null while it is off. */
  weeklyDate: RitualTime | null;
  /**
   * The baby's birthday, or the due date while expecting ("YYYY-MM-DD"); null when not
   * given. Nudges fit the baby's season from it (utils/time/season.ts).
   */
  babyDate: string | null;
  /**
   * The language of messages to copy and send, for a couple who text in another language
   * than their browser's; the rest of a nudge stays in the pages' language.
   */
  messageLanguage: MessageLanguage;
  /** Appearance of the popup and pages; mirrored in each device's localStorage (utils/ui/theme.ts). */
  theme: ThemeChoice;
}

/**
 * A new flag or choice needs only its field and default here (a choice its list in
 * `preferenceChoices` too), besides its words and its place on the options page: repair,
 * backup, Clear all data and re-arming follow. A value with rules (a range) needs a check in
 * preferences.ts.
 */
export const defaultPreferences: Preferences = {
  partnerName: '',
  perDay: 4,
  maxPerDay: 6,
  // Evenings and nights are for sleep (or for the baby); a nudge then would be noise.
  quietHours: [{ start: '21:30', end: '07:30' }],
  kindsOff: [],
  delivery: 'popup',
  notificationWords: 'gentle',
  pausedUntil: null,
  flirty: 'sweet',
  workHours: null,
  waitDuringCalls: false,
  theme: 'system',
  messageLanguage: 'same',
  checkIn: null,
  checkInOverQuiet: false,
  weeklyDate: null,
  babyDate: null,
};

/** Preferences that are one of a list: any other stored value reads as the default. */
export const preferenceChoices: { readonly [K in keyof Preferences]?: readonly Preferences[K][] } =
  {
    delivery: deliveryModes,
    notificationWords: notificationWordsChoices,
    flirty: flirtyLevels,
    theme: themeChoices,
    messageLanguage: messageLanguageChoices,
  };

/** The kinds that are on: every kind not turned off, in the order the options page shows them. */
export function kindsOn(kindsOff: readonly Category[]): Category[] {
  return categories.filter((c) => !kindsOff.includes(c));
}
