import { appendHistory, type HistoryAction } from '../history/history';
import { learn, type Signal } from '../choose/learned-weights';
import { MINUTE, startOfLocalDay } from '../time/local-time';
import { letGoOf } from './pending-nudge';
import {
  energyStorage,
  hiddenNudgesStorage,
  learnedWeightsStorage,
  snoozedUntilStorage,
  type EnergyAnswer,
} from '../storage/storage';
import { shownNudge, type PendingNudge } from '../library/shown-nudge';

/** What each action teaches about the kind of nudge (see learned-weights.ts). */
const SIGNALS: Partial<Record<HistoryAction, Signal>> = {
  copied: 'liked',
  done: 'liked',
  snoozed: 'not-now',
};

export async function recordAction(
  nudge: PendingNudge,
  action: HistoryAction,
  now: number,
): Promise<void> {
  await appendHistory({ at: now, ...shownNudge(nudge), action });
  const signal = SIGNALS[action];
  if (signal) {
    const learned = await learnedWeightsStorage.getValue();
    await learnedWeightsStorage.setValue(learn(learned, nudge.category, signal, now));
  }
}

/** "Done": it counts; the popup offers a fresh one next time. */
export async function markDone(nudge: PendingNudge, now: number): Promise<void> {
  await recordAction(nudge, 'done', now);
  await letGoOf(nudge);
}

/** "Not now": the next nudge comes after `minutes`. */
export const snooze = (nudge: PendingNudge, minutes: number, now: number): Promise<void> =>
  snoozeUntil(nudge, now + minutes * MINUTE, now);

/** "Not now": no nudge before `until` (the worker re-arms on this change). */
export async function snoozeUntil(nudge: PendingNudge, until: number, now: number): Promise<void> {
  // The snooze first: a popup closed at once (the click that chose it, then away) still keeps it.
  await snoozedUntilStorage.setValue(until);
  await recordAction(nudge, 'snoozed', now);
  await letGoOf(nudge);
}

/** "Never show this one": out of the rotation until the person resets it in settings. */
export async function neverShow(nudge: PendingNudge, now: number): Promise<void> {
  await recordAction(nudge, 'hidden', now);
  const hidden = await hiddenNudgesStorage.getValue();
  if (!hidden.includes(nudge.id)) await hiddenNudgesStorage.setValue([...hidden, nudge.id]);
  await letGoOf(nudge);
}

/** Today's answer to "How are you today?" (the worker re-arms on this change). */
export async function answerEnergy(level: EnergyAnswer['level'], now: number): Promise<void> {
  await energyStorage.setValue({ level, day: startOfLocalDay(now) });
}

/** Whether "How are you today?" was answered today. */
export async function energyAnsweredToday(now: number): Promise<boolean> {
  return (await energyStorage.getValue())?.day === startOfLocalDay(now);
}
