import { clearBadge } from '../delivery/badge';
import { appendHistory, type HistoryAction } from '../history/history';
import { learn, type Signal } from '../choose/learned-weights';
import { MINUTE, startOfLocalDay } from '../time/local-time';
import { letGoOf } from './pending-nudge';
import { isFresh } from './popup-url';
import { clearNudgeNotifications } from '../delivery/nudge-notification';
import {
  energyStorage,
  hiddenNudgesStorage,
  learnedWeightsStorage,
  pendingNudgeStorage,
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

/**
 * A fresh nudge in the place of `replacing`, or a newer one waiting by then. The library loads
 * only when a fresh nudge is needed, keeping the popup's first paint light.
 */
async function showFresh(
  now: number,
  exclude: readonly string[],
  replacing: PendingNudge | null,
): Promise<PendingNudge | null> {
  const { drawNudgeForPopup } = await import('./draw-nudge-for-popup');
  return drawNudgeForPopup(now, exclude, replacing);
}

/** The nudge the popup shows: the one waiting, or a fresh one when none is. */
export async function openNudge(now: number): Promise<PendingNudge | null> {
  // The popup shows the waiting nudge now: the badge and a notification would say it again.
  void clearBadge().catch(() => undefined);
  void clearNudgeNotifications(null).catch(() => undefined);
  const pending = await pendingNudgeStorage.getValue();
  if (pending && isFresh(pending, now)) return pending;
  return showFresh(now, [], pending);
}

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

/** "Not now": the next nudge comes after `minutes` (the worker re-arms on this change). */
export async function snooze(nudge: PendingNudge, minutes: number, now: number): Promise<void> {
  await recordAction(nudge, 'snoozed', now);
  await letGoOf(nudge);
  await snoozedUntilStorage.setValue(now + minutes * MINUTE);
}

/**
 * "Another idea": a different nudge, never the one on screen. In an older window, where a
 * newer nudge waits, that newer one (not yet seen here) is the other idea: it is not drawn over.
 */
export async function anotherIdea(nudge: PendingNudge, now: number): Promise<PendingNudge | null> {
  await recordAction(nudge, 'another', now);
  return showFresh(now, [nudge.id], nudge);
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
