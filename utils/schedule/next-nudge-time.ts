import { atLocalTime, DAY, HOUR, MINUTE, startOfLocalDay } from '../time/local-time';
import type { Preferences } from '../storage/preferences';
import {
  awakeMinutesOn,
  awakeMinutesPerDay,
  isQuietAt,
  longestQuietMinutes,
  quietEndAfter,
} from '../time/quiet-hours';

/** Two scheduled nudges are never closer than this. */
export const MIN_GAP = 30 * MINUTE;
/** The very first nudge (or the first after two quiet days) comes soon, so people see what it is. */
export const FIRST_NUDGE_DELAY = { min: 10 * MINUTE, max: 30 * MINUTE } as const;
/** After quiet hours, pause or a full day, a nudge waits a little, not on the dot. */
const SETTLE_JITTER = 20 * MINUTE;
/** The furthest a pause can reach: "until tomorrow morning" asked at 05:00 (27 h), plus a DST hour. */
export const PAUSE_LONGEST = 28 * HOUR;
/** The furthest a snooze can reach: the popup's "Not now: the rest of today", as far as a pause. */
export const SNOOZE_LONGEST = PAUSE_LONGEST;

export type ScheduleRules = Pick<
  Preferences,
  'perDay' | 'maxPerDay' | 'quietHours' | 'pausedUntil'
>;

export interface ScheduleState {
  prefs: ScheduleRules;
  /** Epoch ms of "Not now": the next nudge comes then. Null when not snoozed. */
  snoozedUntil: number | null;
  /** When scheduled nudges were shown in the last two days or more, any order. */
  shownTimes: readonly number[];
  /** When rituals came lately (the check-in, the tiny date): only the gap counts them. */
  ritualTimes?: readonly number[];
  /** Start of a local day that began with a rough night: fewer nudges that day. */
  roughDay?: number | null;
}

/** Why a nudge may not be shown at `now`, or null when it may. */
export type BlockedReason = 'quiet' | 'paused' | 'snoozed' | 'cap' | 'gap';

/** A time `t` reaching no further than `longest` past now: kept; one further: none. */
const within = (t: number | null, now: number, longest: number): number | null =>
  t !== null && t <= now + longest ? t : null;

/** The pause the schedule keeps at `now` (see boundedState), also what the options page shows. */
export const pauseInForce = (pausedUntil: number | null, now: number): number | null =>
  within(pausedUntil, now, PAUSE_LONGEST);

/**
 * The state as it can really be at `now`. A clock that ran ahead (or a backup from a device
 * whose clock was wrong) leaves times no rule could have made: a nudge shown after now, a
 * pause or snooze longer than any the person can set. Those are ignored, so they never push
 * the schedule out.
 */
export function boundedState<S extends ScheduleState>(state: S, now: number): S {
  return {
    ...state,
    prefs: { ...state.prefs, pausedUntil: pauseInForce(state.prefs.pausedUntil, now) },
    snoozedUntil: within(state.snoozedUntil, now, SNOOZE_LONGEST),
    shownTimes: state.shownTimes.filter((t) => t <= now),
  };
}

/**
 * How far from now the rules can put the next nudge, at most: the longest wait (a pause, or
 * the interval doubled on a rough day with its jitter), then quiet hours, a day at its cap
 * and quiet hours again, each with its settling jitter, and a DST hour for each.
 */
export function scheduleReach(prefs: Pick<ScheduleRules, 'perDay' | 'quietHours'>): number {
  const interval = 2 * 1.4 * Math.max(MIN_GAP, DAY / prefs.perDay);
  const wait = Math.max(PAUSE_LONGEST + SETTLE_JITTER, interval, FIRST_NUDGE_DELAY.max);
  const quiet = longestQuietMinutes(prefs.quietHours) * MINUTE;
  return wait + DAY + 2 * quiet + 3 * SETTLE_JITTER + 3 * HOUR;
}

function shownOnDayOf(shownTimes: readonly number[], t: number): number {
  const start = startOfLocalDay(t);
  const end = atLocalTime(t, 0, 1);
  return shownTimes.filter((s) => s >= start && s < end).length;
}

const roughOn = (state: ScheduleState, t: number): boolean =>
  state.roughDay != null && startOfLocalDay(t) === state.roughDay;

/** The day's cap: halved (rounded up) on a rough day. */
function capOn(state: ScheduleState, t: number): number {
  return roughOn(state, t) ? Math.ceil(state.prefs.maxPerDay / 2) : state.prefs.maxPerDay;
}

/** Whether a nudge may be shown at `now`; the reason when not. */
export function blockedReasonAt(given: ScheduleState, now: number): BlockedReason | null {
  const state = boundedState(given, now);
  const { prefs, snoozedUntil, shownTimes } = state;
  if (prefs.pausedUntil !== null && now < prefs.pausedUntil) return 'paused';
  if (snoozedUntil !== null && now < snoozedUntil) return 'snoozed';
  if (isQuietAt(prefs.quietHours, now)) return 'quiet';
  if (shownOnDayOf(shownTimes, now) >= capOn(state, now)) return 'cap';
  // However it came due (two alarms at once, a retried one), never two nudges in a row.
  if ([...shownTimes, ...(state.ritualTimes ?? [])].some((s) => s <= now && now - s < MIN_GAP))
    return 'gap';
  return null;
}

/**
 * The usual wait between nudges: the waking minutes of the local day of `now` shared out
 * (so a day with long work hours gets its nudges closer together), or of an average day
 * when no time is given; never below the gap.
 */
export function baseInterval(
  prefs: Pick<ScheduleRules, 'perDay' | 'quietHours'>,
  now?: number,
): number {
  const awake =
    now === undefined
      ? awakeMinutesPerDay(prefs.quietHours)
      : awakeMinutesOn(prefs.quietHours, new Date(now).getDay());
  return Math.max(MIN_GAP, (awake * MINUTE) / prefs.perDay);
}

/**
 * When the next nudge should come, after `now`: about `perDay` a day spread with jitter
 * (0.6–1.4 × the base interval), at least MIN_GAP after the last one, never in quiet hours,
 * while paused, or on a day already at its cap. Null when quiet hours leave no time at all.
 */
export function nextNudgeTime(
  given: ScheduleState,
  now: number,
  random: () => number,
): number | null {
  const state = boundedState(given, now);
  const { prefs, snoozedUntil, shownTimes } = state;
  const last = shownTimes.length > 0 ? Math.max(...shownTimes) : null;
  // A ritual just now: the next nudge keeps its gap from it too.
  const lastRitual = Math.max(0, ...(state.ritualTimes ?? []).filter((s) => s <= now));
  let t: number;
  if (snoozedUntil !== null && snoozedUntil > now) t = snoozedUntil;
  else if (last === null)
    t = now + FIRST_NUDGE_DELAY.min + random() * (FIRST_NUDGE_DELAY.max - FIRST_NUDGE_DELAY.min);
  else t = now + baseInterval(prefs, now) * (roughOn(state, now) ? 2 : 1) * (0.6 + 0.8 * random());
  t = Math.max(
    t,
    now + MINUTE,
    last === null ? 0 : last + MIN_GAP,
    lastRitual && lastRitual + MIN_GAP,
  );
  if (prefs.pausedUntil !== null && t < prefs.pausedUntil)
    t = prefs.pausedUntil + random() * SETTLE_JITTER;

  // Each pass moves t forward past one obstacle and lands awake after quiet hours, so it
  // needs a pass or two per day at its cap (only days with a shown nudge) and a few more.
  for (let pass = 0; pass < 2 * shownTimes.length + 4; pass++) {
    // Whole milliseconds, so the time checked is the time returned.
    t = Math.round(t);
    if (isQuietAt(prefs.quietHours, t)) {
      const end = quietEndAfter(prefs.quietHours, t);
      if (end === null) return null;
      const settled = end + random() * SETTLE_JITTER;
      t = isQuietAt(prefs.quietHours, settled) ? end : settled;
    } else if (shownOnDayOf(shownTimes, t) >= capOn(state, t)) {
      t = atLocalTime(t, 0, 1) + random() * SETTLE_JITTER;
    } else {
      return t;
    }
  }
  return null;
}

/** "Pause for an hour". */
export function pauseForAnHour(now: number): number {
  return now + HOUR;
}

/**
 * "Until tomorrow morning": 8:00 the next day, or 8:00 today when asked in the small hours
 * (at 3 a.m., "tomorrow morning" means the morning about to come).
 */
export function tomorrowMorning(now: number): number {
  const today8 = atLocalTime(now, 8 * 60);
  return now < atLocalTime(now, 5 * 60) ? today8 : atLocalTime(now, 8 * 60, 1);
}
