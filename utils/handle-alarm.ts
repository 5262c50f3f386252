import { armNextNudge, NUDGE_ALARM } from './arm-next-nudge';
import { deliverNudge } from './deliver-nudge';
import { fillPartner } from './fill-partner';
import { appendHistory, historyFields } from './history';
import { nudges } from './nudges';
import { pickNudge } from './pick-nudge';
import { recentActivity } from './recent-activity';
import { holdReasonAt } from './schedule';
import {
  lastHandledAlarmStorage,
  loadPreferences,
  pendingNudgeStorage,
  snoozedUntilStorage,
} from './storage';

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
  if ((await lastHandledAlarmStorage.getValue()) === alarm.scheduledTime) return 'duplicate';
  await lastHandledAlarmStorage.setValue(alarm.scheduledTime);

  const [prefs, snoozedUntil, recent] = await Promise.all([
    loadPreferences(),
    snoozedUntilStorage.getValue(),
    recentActivity(now),
  ]);
  const nudge = holdReasonAt({ prefs, snoozedUntil, shownTimes: recent.shownTimes }, now)
    ? null
    : pickNudge({
        library: nudges,
        enabled: prefs.categories,
        recentIds: recent.recentIds,
        random: Math.random,
      });
  if (!nudge) {
    await armNextNudge(now, true);
    return 'held';
  }

  const filled = fillPartner(nudge, prefs.partnerName);
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
