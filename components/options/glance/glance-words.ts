import { i18n } from '#i18n';
import { dayClockWords } from '../../day-clock-words';
import type { NextNudgeGlance } from '@/utils/schedule/at-a-glance';
import type { TodaySoFar } from '@/utils/history/today-so-far';
import { clockHour, formatClock } from '@/utils/time/local-time';
import { dayFromNow } from '@/utils/time/day-from-now';

/** Whether nudges are on: "Nudges are on.", or until when they are paused. */
export function stateWords(next: NextNudgeGlance, now: number): string {
  if (next.kind !== 'paused') return i18n.t('options.pause.on');
  const day = dayFromNow(next.until, now);
  const key = day === 'today' ? 'options.pause.until_today' : 'options.pause.until_tomorrow';
  return i18n.t(key, clockHour(next.until), [formatClock(next.until)]);
}

/** "… today / tomorrow / on Friday at 3:40 PM", in the glance's `options.glance.<what>_…` words. */
const glanceAt = (at: number, now: number, what: 'next' | 'quiet' | 'check_in'): string =>
  dayClockWords(at, dayFromNow(at, now), {
    today: `options.glance.${what}_today`,
    tomorrow: `options.glance.${what}_tomorrow`,
    later: `options.glance.${what}_day`,
  });

/** When the next nudge comes, rounded ("around 3:40 PM"); '' when paused or unknown. */
export function nextWords(next: NextNudgeGlance, now: number): string {
  if (next.kind === 'around') return glanceAt(next.at, now, 'next');
  if (next.kind === 'quiet') return glanceAt(next.until, now, 'quiet');
  return next.kind === 'soon' ? i18n.t('options.glance.next_soon') : '';
}

/** When the daily check-in comes, at the time it was set for. */
export const checkInWords = (at: number, now: number): string => glanceAt(at, now, 'check_in');

/** Today so far, warmly: what came, and what was done with it when something was. */
export function todayWords({ came, actedOn }: TodaySoFar): string {
  if (came === 0 && actedOn === 0) return i18n.t('options.glance.today_fresh');
  return [
    came > 0 && i18n.t('options.glance.today_came', came),
    actedOn > 0 && i18n.t('options.glance.today_acted', actedOn),
  ]
    .filter(Boolean)
    .join(' ');
}
