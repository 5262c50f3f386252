import { i18n } from '#i18n';
import { dayClockWords } from '../day-clock-words';
import { stateWords } from '../options/glance/glance-words';
import type { NextNudgeGlance } from '@/utils/schedule/at-a-glance';
import { dayFromNow } from '@/utils/time/day-from-now';

/**
 * When the first nudge comes, as the end of the welcome says it: the same reading of the armed
 * time as the options page's glance, so both pages (and the alarm) tell one time.
 */
export function firstNudgeWords(next: NextNudgeGlance, now: number): string {
  if (next.kind === 'around') {
    return dayClockWords(next.at, dayFromNow(next.at, now), {
      today: 'welcome.done_first_today',
      tomorrow: 'welcome.done_first_tomorrow',
      later: 'welcome.done_first_day',
    });
  }
  if (next.kind === 'quiet') {
    return dayClockWords(next.until, dayFromNow(next.until, now), {
      today: 'welcome.done_first_after_today',
      tomorrow: 'welcome.done_first_after_tomorrow',
      later: 'welcome.done_first_after_day',
    });
  }
  if (next.kind === 'paused') return stateWords(next, now);
  if (next.kind === 'soon') return i18n.t('welcome.done_first_soon');
  return i18n.t('welcome.done_first_none');
}
