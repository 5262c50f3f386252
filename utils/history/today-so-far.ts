import type { HistoryEntry } from './history';
import { isActedOn } from './insights';
import { startOfLocalDay } from '../time/local-time';

/** Today, warmly: what came and what was done with it. Never what was let go. */
export interface TodaySoFar {
  /** Nudges shown today (each once, however often it was opened). */
  came: number;
  /** Nudges copied or marked done today (each once, copied and done alike). */
  actedOn: number;
}

/** Counts today's entries (the local day of `now`, up to `now`) from any read that holds them. */
export function todaySoFar(entries: readonly HistoryEntry[], now: number): TodaySoFar {
  const start = startOfLocalDay(now);
  const came = new Set<string>();
  const actedOn = new Set<string>();
  for (const entry of entries) {
    if (entry.at < start || entry.at > now) continue;
    if (entry.action === 'shown') came.add(entry.id);
    else if (isActedOn(entry)) actedOn.add(entry.id);
  }
  return { came: came.size, actedOn: actedOn.size };
}
