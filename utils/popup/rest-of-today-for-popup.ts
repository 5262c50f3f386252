import { restOfToday } from '../schedule/rest-of-today';
import { loadPreferences } from '../storage/preferences-store';

/**
 * When "the rest of today" ends for this person's quiet hours (loaded on demand). The check-in
 * keeps its own alarm, which no snooze holds back: it still comes at its time.
 */
export async function restOfTodayEnd(now: number): Promise<number> {
  const prefs = await loadPreferences();
  return restOfToday(prefs.quietHours, null, now);
}
