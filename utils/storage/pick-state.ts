import { weightAt, type LearnedWeights } from '../choose/learned-weights';
import { startOfLocalDay } from '../time/local-time';
import { milestoneAt, seasonAt } from '../time/season';
import type { Category, CustomNudge } from '../library/nudge';
import { periodAt, type Moment } from '../choose/nudge-fit';
import type { ShuffleBag } from '../choose/pick-nudge';
import type { Preferences } from './preferences-defaults';
import { isQuietAt } from '../time/quiet-hours';
import { readOrFallback } from './stored-item';
import { isWholeCustomNudge } from './stored-checks';
import {
  customNudgesStorage,
  energyStorage,
  hiddenNudgesStorage,
  learnedWeightsStorage,
  nudgeBagStorage,
  type EnergyAnswer,
} from './storage';

/** Everything the picker reads from storage besides preferences. */
export interface PickState {
  bag: ShuffleBag;
  learned: LearnedWeights;
  hidden: string[];
  custom: CustomNudge[];
  energy: EnergyAnswer | null;
}

/** Never rejects: an item storage refuses reads as its fallback, so a nudge can still come. */
export async function loadPickState(): Promise<PickState> {
  const [bag, learned, hidden, custom, energy] = await Promise.all([
    readOrFallback(nudgeBagStorage),
    readOrFallback(learnedWeightsStorage),
    readOrFallback(hiddenNudgesStorage),
    readOrFallback(customNudgesStorage),
    readOrFallback(energyStorage),
  ]);
  return { bag, learned, hidden, custom: custom.filter(isWholeCustomNudge), energy };
}

/** The start of today when today began with a rough night, else null. */
export function roughDayAt(energy: EnergyAnswer | null, now: number): number | null {
  const today = startOfLocalDay(now);
  return energy?.level === 'rough' && energy.day === today ? today : null;
}

/** What the moment allows, from preferences, today's answer and the local time. */
export function momentAt(
  prefs: Pick<Preferences, 'flirty' | 'workHours'> & Partial<Pick<Preferences, 'babyDate'>>,
  energy: EnergyAnswer | null,
  now: number,
): Moment {
  const work = prefs.workHours;
  return {
    period: periodAt(now),
    flirty: prefs.flirty,
    // Work hours are a weekly range like quiet hours: a night shift counts from the day it starts.
    atWork: work !== null && isQuietAt([work], now),
    rough: roughDayAt(energy, now) !== null,
    touchedOut: energy?.level === 'touched-out' && energy.day === startOfLocalDay(now),
    season: seasonAt(prefs.babyDate ?? null, now),
    milestone: milestoneAt(prefs.babyDate ?? null, now),
  };
}

/** Learned weights faded to now, per kind. */
export function weightsAt(learned: LearnedWeights, now: number): Partial<Record<Category, number>> {
  return Object.fromEntries(
    Object.entries(learned).map(([kind, w]) => [kind, weightAt(w, now)]),
  ) as Partial<Record<Category, number>>;
}
