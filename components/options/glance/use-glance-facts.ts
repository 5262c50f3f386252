import { useEffect, useState } from 'preact/hooks';
import { useHistoryReload } from '../history/use-history-reload';
import { useStored } from '../../use-stored';
import { readHistorySince } from '@/utils/history/history';
import { todaySoFar, type TodaySoFar } from '@/utils/history/today-so-far';
import type { RitualsDone } from '@/utils/schedule/rituals';
import { nextNudgeAtStorage, ritualsDoneStorage } from '@/utils/storage/storage';
import { startOfLocalDay } from '@/utils/time/local-time';

/** More than a day holds (the cap keeps them few): a bound on the read, not a goal. */
const TODAY_LIMIT = 500;

/** What the glance reads beside the preferences: each follows its changes in every tab. */
export interface GlanceFacts {
  /** When the worker armed the next nudge; null when none is (or it has not armed yet). */
  armed: number | null;
  /** The local day each ritual last came. */
  done: RitualsDone;
  /** Null until read, and when history cannot be read (the history list says so). */
  today: TodaySoFar | null;
}

/**
 * The armed time, the rituals done, and today's history, read again as the minute `now`
 * moves on, when a nudge comes (the worker re-arms: `armed` changes), when a ritual comes,
 * and when history changes under the page.
 */
export function useGlanceFacts(now: number): GlanceFacts {
  const armed = useStored(nextNudgeAtStorage);
  const done = useStored(ritualsDoneStorage);
  const reload = useHistoryReload();
  const [today, setToday] = useState<TodaySoFar | null>(null);
  useEffect(() => {
    let live = true;
    readHistorySince(startOfLocalDay(now), TODAY_LIMIT, now)
      .then((entries) => live && setToday(todaySoFar(entries, now)))
      .catch(() => live && setToday(null));
    return () => {
      live = false;
    };
  }, [now, armed, done, reload]);
  return { armed, done, today };
}
