import { atLocalTime } from '../time/local-time';
import { isQuietAt, quietEndAfter, type QuietRange } from '../time/quiet-hours';
import { SNOOZE_LONGEST } from './next-nudge-time';

/** The heart of the night: the quiet stretch covering it is tonight's (not a daytime feed's). */
const NIGHT_MINUTES = 3 * 60;
/** Before this, "today" is the night now ending: asked at 3:30, the morning about to come. */
const SMALL_HOURS_END = 5 * 60;
/** The morning when no quiet hours cover the night: 7:00. */
const MORNING_MINUTES = 7 * 60;

/**
 * "Not now: the rest of today": until the next morning, when the quiet hours covering the
 * coming night end (a daytime stretch, say for a feed, is not the night), or 7:00 when none
 * cover it; asked in the small hours, the morning about to come. Never further than a snooze
 * can reach (beyond it, the schedule would read the snooze as one no rule could make). The
 * daily check-in is not held back by it: it keeps its own alarm (the popup says so).
 */
export function restOfToday(quietHours: readonly QuietRange[], now: number): number {
  const night = now < atLocalTime(now, SMALL_HOURS_END) ? now : atLocalTime(now, NIGHT_MINUTES, 1);
  const quietEnd = isQuietAt(quietHours, night) ? quietEndAfter(quietHours, night) : null;
  return Math.min(quietEnd ?? atLocalTime(night, MORNING_MINUTES), now + SNOOZE_LONGEST);
}
