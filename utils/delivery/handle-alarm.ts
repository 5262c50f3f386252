import { browser } from 'wxt/browser';
import {
  armFrom,
  armNextNudge,
  CATCH_UP_AFTER,
  HOLD_ALARM,
  keepAlarm,
  loadNudgeState,
  NUDGE_ALARM,
  type NudgeState,
} from './arm-next-nudge';
import { readDeliveryContext } from './delivery-context';
import { HOLD_CHECK_EVERY, holdFor, stepHeld, type HeldNudge } from '../schedule/hold-rules';
import { deliverAndRecord, drawNudge } from './deliver-nudge';
import { blockedReasonAt } from '../schedule/next-nudge-time';
import { savePendingNudge } from '../popup/pending-nudge';
import { popupWasShown } from '../popup/popup-shown';
import { heldNudgeStorage, lastHandledAlarmStorage, pendingNudgeStorage } from '../storage/storage';
import type { PendingNudge } from '../library/shown-nudge';
import { handleRitual, RITUAL_ALARM } from './rituals';

export { HOLD_ALARM };
/** A low-frequency look that puts back a schedule gone missing (see start-up.ts). */
export const CHECK_ALARM = 'schedule-check';

export interface AlarmLike {
  name: string;
  scheduledTime: number;
}

/** What an alarm led to, for tests and logs. */
export type AlarmOutcome =
  | 'ignored'
  | 'duplicate'
  | 'not-allowed'
  | 'waiting'
  | 'expired'
  | 'shown'
  | 'checked'
  | 'failed'
  | 'not-due';

/**
 * An alarm fired: the scheduled nudge, the look at a held one, or the periodic check. Every
 * step reads from storage, so the worker may stop between any two lines; an alarm handled
 * twice does nothing the second time, and whatever fails, a next alarm is left armed.
 * Callers run one at a time (one-at-a-time.ts).
 */
export async function handleAlarm(alarm: AlarmLike, now: number): Promise<AlarmOutcome> {
  if (alarm.name === RITUAL_ALARM) return handleRitual(now);
  if (alarm.name === CHECK_ALARM) {
    await armNextNudge(now, false);
    return 'checked';
  }
  if (alarm.name !== NUDGE_ALARM && alarm.name !== HOLD_ALARM) return 'ignored';
  // A timing mark for `npm run bench` (alarm → popup request), in its build only.
  if (import.meta.env.STILL_US_BENCH) performance.mark('still-us:alarm');
  try {
    // The fired alarm is gone: should the worker stop mid-way, this one comes back for the
    // nudge in a minute. Every way on replaces or clears it; one already armed stays.
    await keepAlarm(NUDGE_ALARM, { when: now + CATCH_UP_AFTER });
    return await handleDue(alarm, now);
  } catch {
    // IndexedDB refusing to open, a storage write refused: the schedule must not stop.
    await armNextNudge(now, false).catch(() =>
      browser.alarms.create(NUDGE_ALARM, { when: now + CATCH_UP_AFTER }),
    );
    return 'failed';
  }
}

async function handleDue(alarm: AlarmLike, now: number): Promise<AlarmOutcome> {
  if ((await lastHandledAlarmStorage.getValue()) === alarm.scheduledTime) return 'duplicate';
  await lastHandledAlarmStorage.setValue(alarm.scheduledTime);

  const [state, held, context, pending] = await Promise.all([
    loadNudgeState(now),
    heldNudgeStorage.getValue(),
    readDeliveryContext(),
    pendingNudgeStorage.getValue(),
  ]);
  if (!held && alarm.name === HOLD_ALARM) return 'ignored';
  // A worker stopped after drawing a nudge (the person may have seen it) but before its record:
  // that delivery is finished, never a second nudge drawn. (History unreadable: shownTimes
  // holds the waiting nudge's time, so it counts as recorded.)
  if (
    pending &&
    pending.delivery !== 'manual' &&
    pending.shownAt <= now &&
    now - pending.shownAt < 5 * CATCH_UP_AFTER &&
    !state.shownTimes.includes(pending.shownAt)
  )
    return show(state, now, pending);
  // Quiet hours, pause, snooze, the day's cap or one just shown: no nudge now, nor any held.
  if (blockedReasonAt(state, now)) {
    await letGo(state, now);
    return 'not-allowed';
  }
  const hold = holdFor(context, state.prefs.waitDuringCalls);
  // One held nudge stands for every one that comes due meanwhile: never a burst.
  const step = held
    ? stepHeld(held, hold, now)
    : hold
      ? { do: 'wait' as const, held: { since: now, reason: hold, clearSince: null } }
      : { do: 'deliver' as const };
  if (step.do === 'expire') {
    await letGo(state, now);
    return 'expired';
  }
  if (step.do === 'wait') {
    await wait(step.held, now);
    return 'waiting';
  }
  return show(state, now);
}

/** Keeps the nudge held and looks again shortly; the regular alarm rests meanwhile. */
async function wait(held: HeldNudge, now: number): Promise<void> {
  await heldNudgeStorage.setValue(held);
  await browser.alarms.create(HOLD_ALARM, { when: now + HOLD_CHECK_EVERY });
  await browser.alarms.clear(NUDGE_ALARM);
}

/** Drops a held nudge, if any (its moment has passed), and arms the next one. */
async function letGo(state: NudgeState, now: number): Promise<void> {
  await dropHeld();
  await armFrom(state, now);
}

/** No nudge held any more, nor its alarm. */
async function dropHeld(): Promise<void> {
  await heldNudgeStorage.setValue(null);
  await browser.alarms.clear(HOLD_ALARM);
}

/**
 * Shows a nudge and records it once (at its shownAt); then arms the next one. `unfinished` is
 * one a stopped worker drew but never recorded: that delivery is finished instead of drawing
 * another, and when the popup already painted it, it is only recorded.
 */
async function show(
  state: NudgeState,
  now: number,
  unfinished?: PendingNudge,
): Promise<AlarmOutcome> {
  const { prefs } = state;
  let pending = unfinished;
  if (!pending) {
    const chosen = await drawNudge(prefs, state.pick, now);
    if (!chosen) {
      await letGo(state, now);
      return 'not-allowed';
    }
    pending = { ...chosen, shownAt: now, delivery: prefs.delivery };
    await savePendingNudge(pending);
  }
  // Delivered at most once: the held nudge is gone before it is shown.
  await dropHeld();
  try {
    await deliverAndRecord(pending, prefs, !!unfinished && (await popupWasShown(unfinished, 0)));
  } finally {
    // Only once it is on record: a worker stopped before that leaves the retry armed above.
    // Counted here (history may have refused it), so the gap and the cap see it.
    await armFrom({ ...state, shownTimes: [...state.shownTimes, pending.shownAt] }, now);
  }
  return 'shown';
}
