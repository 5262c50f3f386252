import { readHistorySince } from './history';
import { HOUR } from '../time/local-time';

/** Enough look-back for today's cap and the gap. */
const LOOK_BACK = 48 * HOUR;

export interface RecentActivity {
  /** When scheduled (not hand-opened) nudges were shown; rituals aside (they have no cap). */
  shownTimes: number[];
  /** When rituals came: the next nudge still keeps its gap from them. */
  ritualTimes: number[];
}

/**
 * What the scheduler and the picker need from history, in one bounded read. Entries dated
 * after now (a clock that ran ahead, a backup from a device whose clock was wrong) are left
 * out: they would push the next nudge out to their date.
 */
export async function recentActivity(now: number): Promise<RecentActivity> {
  const entries = await readHistorySince(now - LOOK_BACK, 1000, now);
  const shown = entries.filter((e) => e.action === 'shown');
  return {
    shownTimes: shown.filter((e) => e.delivery !== 'manual' && !e.ritual).map((e) => e.at),
    ritualTimes: shown.filter((e) => e.ritual).map((e) => e.at),
  };
}
