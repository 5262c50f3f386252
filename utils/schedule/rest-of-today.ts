import { atLocalTime, HOUR, MINUTE } from '../time/local-time';
import { isQuietAt, quietEndAfter, type QuietRange } from '../time/quiet-hours';

/** How finely, and how far ahead, "the rest of today" looks for tonight's quiet hours. */
const LOOK_STEP = 15 * MINUTE;
const LOOK_AHEAD = 30 * HOUR;
/** The morning when there are no quiet hours to end: 7:00. */
const MORNING_MINUTES = 7 * 60;

/**
 * "Not now: the rest of today": until the next morning, the end of tonight's quiet hours (of
 * the ones now, in the small hours), or 7:00 when there are none; but the daily check-in
 * (`checkInAt`, as the worker arms it) still comes when it is sooner.
 */
export function restOfToday(
  quietHours: readonly QuietRange[],
  checkInAt: number | null,
  now: number,
): number {
  let morning: number | null = null;
  for (let t = now; morning === null && t < now + LOOK_AHEAD; t += LOOK_STEP)
    if (isQuietAt(quietHours, t)) morning = quietEndAfter(quietHours, t);
  // Asked in the small hours, the morning is the one about to come.
  morning ??= atLocalTime(now, MORNING_MINUTES, now < atLocalTime(now, 5 * 60) ? 0 : 1);
  return checkInAt !== null && checkInAt > now && checkInAt < morning ? checkInAt : morning;
}
