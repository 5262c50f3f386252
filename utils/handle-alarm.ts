import { armNextNudge, NUDGE_ALARM } from './arm-next-nudge';
import { deliverNudge } from './deliver-nudge';
import { appendHistory, historyFields } from './history';
import { recentActivity } from './recent-activity';
import { holdReasonAt } from './schedule';
import { chooseNudge } from './show-fresh-nudge';
import { lastHandledAlarmStorage, pendingNudgeStorage, snoozedUntilStorage } from './storage';
import { loadPreferences } from './preferences-store';

export interface AlarmLike {
  name: string;
  scheduledTime: number;
}

/** What an alarm led to, for tests and logs. */
export type AlarmOutcome = 'ignored' | 'duplicate' | 'held' | 'shown';

/**
 * The nudge alarm fired: show a nudge if now is allowed, then arm the next one; if not,
 * arm the next allowed time silently. Every step reads from storage, so the worker may
 * stop between any two lines; the alarm is re-armed before anything is shown.
 */
export async function handleAlarm(alarm: AlarmLike, now: number): Promise<AlarmOutcome> {
  if (alarm.name !== NUDGE_ALARM) return 'ignored';
  // A timing mark for `npm run bench` (alarm → popup request); costs nothing otherwise.
  performance.mark('still-us:alarm');
  if ((await lastHandledAlarmStorage.getValue()) === alarm.scheduledTime) return 'duplicate';
  await lastHandledAlarmStorage.setValue(alarm.scheduledTime);

  const [prefs, snoozedUntil, recent] = await Promise.all([
    loadPreferences(),
    snoozedUntilStorage.getValue(),
    recentActivity(now),
  ]);
  const filled = holdReasonAt({ prefs, snoozedUntil, shownTimes: recent.shownTimes }, now)
    ? null
    : chooseNudge(prefs, recent.recentIds);
  if (!filled) {
    await armNextNudge(now, true);
    return 'held';
  }

  await pendingNudgeStorage.setValue({ ...filled, shownAt: now, delivery: prefs.delivery });
  await armNextNudge(now, true, now);
  const delivery = await deliverNudge(filled, prefs.delivery);
  await appendHistory({
    at: now,
    ...historyFields(filled),
    action: 'shown',
    delivery,
  });
  return 'shown';
}
