import { minutesOfDay } from '../time/local-time';
import type { Category, NudgeEntry, TimeOfDay } from '../library/nudge';
import type { FlirtyLevel } from '../storage/preferences-defaults';
import type { Milestone, Season } from '../time/season';

export type Period = Exclude<TimeOfDay, 'any'>;

/** Morning 05–11, day 11–17, evening 17–22, night 22–05 (local time). */
export function periodAt(now: number): Period {
  const hour = minutesOfDay(now) / 60;
  if (hour >= 5 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 17) return 'day';
  if (hour >= 17 && hour < 22) return 'evening';
  return 'night';
}

/** What the moment allows: the hard rules a nudge must pass to be offered now. */
export interface Moment {
  period: Period;
  flirty: FlirtyLevel;
  /** Inside the person's set work hours: nothing flirty then. */
  atWork: boolean;
  /** A rough night today: only the ten-second kind. */
  rough: boolean;
  /** Touched out today: no touch nudges, and flirty ones stay sweet. */
  touchedOut?: boolean;
  /** The baby's season (utils/time/season.ts); null or absent without a date. */
  season?: Season | null;
  /** A milestone of these days (one month, three, six, a year), whose one nudge may come. */
  milestone?: Milestone | null;
}

/**
 * What a season allows of any nudge: in the fog only the ten-second kind and nothing bold;
 * dates out (a sitter, leaving the house) only once the baby is one.
 */
function fitsSeason(nudge: NudgeEntry, season: Season | null): boolean {
  if (season === 'fog' && (nudge.effort !== 'seconds' || nudge.spice === 'bold')) return false;
  return !(nudge.out && season && season !== 'toddler');
}

/**
 * Whether a nudge is in the regular draw at all, in the baby's `season`. A ritual question
 * and a milestone come on their own paths; a nudge written for some seasons only in them
 * (never without a date).
 */
export function inRotation(nudge: NudgeEntry, season?: Season | null): boolean {
  const seasons = nudge.seasons;
  return !nudge.ritual && !nudge.milestone && (!seasons || (!!season && seasons.includes(season)));
}

/** Whether a nudge may come now (its time of day is a soft rule, see fitsTimeOfDay). */
export function allowedNow(nudge: NudgeEntry, moment: Moment): boolean {
  if (!fitsSeason(nudge, moment.season ?? null)) return false;
  if (moment.rough && nudge.effort !== 'seconds') return false;
  if (moment.touchedOut && nudge.category === 'touch') return false;
  if (nudge.tone !== 'flirty') return true;
  if (moment.atWork || moment.flirty === 'off') return false;
  return (moment.flirty === 'bold' && !moment.touchedOut) || nudge.spice !== 'bold';
}

export function fitsTimeOfDay(nudge: NudgeEntry, period: Period): boolean {
  return nudge.time === 'any' || nudge.time === period;
}

/** Night favours reassurance and self-kindness over date ideas; evenings suit a tiny date. */
const BIAS: Partial<Record<Period, Partial<Record<Category, number>>>> = {
  night: { reassurance: 3, 'you-time': 3, 'check-in': 1.5, 'tiny-date': 0.2, 'flirty-text': 0.5 },
  evening: { 'tiny-date': 1.5 },
};

/**
 * The seasons' leanings: the fog puts reassurance, kind acts and rest first; the dip (four
 * to twelve months, where couples drift most) more check-ins and "say it gently"; from one,
 * you-time and dates come back.
 */
const SEASON_BIAS: Record<Season, Partial<Record<Category, number>>> = {
  fog: { reassurance: 2, 'kind-act': 2, 'you-time': 2, 'tiny-date': 0.3 },
  early: { reassurance: 1.5 },
  dip: { 'check-in': 2, 'name-it': 2 },
  toddler: { 'you-time': 1.5, 'tiny-date': 1.5 },
};

export function timeBias(category: Category, period: Period, season?: Season | null): number {
  return (BIAS[period]?.[category] ?? 1) * ((season && SEASON_BIAS[season][category]) ?? 1);
}
