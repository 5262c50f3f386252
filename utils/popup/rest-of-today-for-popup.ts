import { nextRitualAt } from '../schedule/rituals';
import { restOfToday } from '../schedule/rest-of-today';
import { loadPreferences } from '../storage/preferences-store';
import { ritualsDoneStorage } from '../storage/storage';
import { readOrFallback } from '../storage/stored-item';

/**
 * "The rest of today" for this person (loaded on demand): when it ends, and the daily check-in
 * when it still comes before then (its own alarm, which no snooze holds back), or null.
 */
export async function restOfTodayEnd(
  now: number,
): Promise<{ until: number; checkIn: number | null }> {
  const [prefs, done] = await Promise.all([loadPreferences(), readOrFallback(ritualsDoneStorage)]);
  const until = restOfToday(prefs.quietHours, now);
  const checkIn =
    prefs.checkIn &&
    nextRitualAt(
      prefs.checkIn,
      { ...prefs, overQuiet: prefs.checkInOverQuiet },
      done['check-in'] ?? null,
      now,
    );
  return { until, checkIn: checkIn && checkIn.at < until ? checkIn.at : null };
}
