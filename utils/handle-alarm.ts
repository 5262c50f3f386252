import { armFrom, loadNudgeState, NUDGE_ALARM } from './arm-next-nudge';
import { deliverNudge } from './deliver-nudge';
import { appendHistory, historyFields } from './history';
import { holdReasonAt } from './schedule';
import { chooseNudge } from './show-fresh-nudge';
import { savePendingNudge } from './pending-nudge';
import { lastHandledAlarmStorage, nudgeBagStorage } from './storage';

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

  const state = await loadNudgeState(now);
  const { prefs } = state;
  const chosen = holdReasonAt(state, now) ? null : chooseNudge(prefs, state.pick, now);
  if (!chosen) {
    await armFrom(state, now);
    return 'held';
  }

  const { filled, bag } = chosen;
  await nudgeBagStorage.setValue(bag);
  await savePendingNudge({ ...filled, shownAt: now, delivery: prefs.delivery });
  // History does not hold this nudge yet: count it, so the gap and the cap see it.
  await armFrom({ ...state, shownTimes: [...state.shownTimes, now] }, now);
  const delivery = await deliverNudge(filled, prefs.delivery);
  await appendHistory({
    at: now,
    ...historyFields(filled),
    action: 'shown',
    delivery,
  });
  return 'shown';
}
