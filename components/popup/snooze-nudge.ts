import { nextNudgeStatus } from './next-nudge-status';
import { checkInWords } from './check-in-words';
import { snoozeUntil } from '@/utils/popup/popup-actions';
import { nextArmedTime, nextNudgeWords } from '@/utils/popup/next-nudge-words';
import { restOfTodayEnd } from '@/utils/popup/rest-of-today-for-popup';
import type { PendingNudge } from '@/utils/library/shown-nudge';
import { nextNudgeAtStorage } from '@/utils/storage/storage';
import { MINUTE } from '@/utils/time/local-time';

/**
 * "Not now", chosen (on demand, with the choices): the snooze stored, minutes or the rest of
 * today, and then `words`, the status line once the worker re-arms: when the next nudge really
 * comes, and a check-in still to come before it.
 */
export async function snoozeNudge(
  nudge: PendingNudge,
  choice: number | 'today',
  now: () => number,
): Promise<{ words: Promise<string> }> {
  const at = now();
  const { until, checkIn } =
    choice === 'today' ? await restOfTodayEnd(at) : { until: at + choice * MINUTE, checkIn: null };
  // Watched from before the snooze is stored: the worker re-arms on that change.
  const armed = nextArmedTime();
  await snoozeUntil(nudge, until, at);
  const words = armed
    .then(async (next) => next ?? (await nextNudgeAtStorage.getValue()))
    .then((next) => {
      // No re-arm in time: the time stored then, only if the snooze cannot have moved it.
      const said = nextNudgeStatus(
        nextNudgeWords(next !== null && next >= until ? next : null, now()),
      );
      return checkIn === null ? said : `${said} ${checkInWords(checkIn, now())}`.trim();
    });
  return { words };
}
