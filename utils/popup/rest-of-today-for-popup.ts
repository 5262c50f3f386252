import { nextRitualAt } from '../schedule/rituals';
import { restOfToday } from '../schedule/rest-of-today';
import { loadPreferences } from '../storage/preferences-store';
import { ritualsDoneStorage } from '../storage/storage';
import { readOrFallback } from '../storage/stored-item';

/**
 * When "the rest of today" ends for this person (loaded on demand): tomorrow morning, after
 * tonight's quiet hours, or the daily check-in when it comes sooner (it keeps its own alarm,
 * which no snooze holds back; the nudges then follow it, as after any check-in).
 */
export async function restOfTodayEnd(now: number): Promise<number> {
  const [prefs, done] = await Promise.all([loadPreferences(), readOrFallback(ritualsDoneStorage)]);
  const checkIn =
    prefs.checkIn &&
    nextRitualAt(
      prefs.checkIn,
      { ...prefs, overQuiet: prefs.checkInOverQuiet },
      done['check-in'] ?? null,
      now,
    );
  return restOfToday(prefs.quietHours, checkIn ? checkIn.at : null, now);
}
