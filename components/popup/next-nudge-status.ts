import { i18n } from '#i18n';
import { clockHour, formatClock } from '@/utils/time/local-time';
import type { NextNudgeWords } from '@/utils/popup/next-nudge-words';

/** The status line after "Not now": when the next nudge really comes, kindly put. */
export function nextNudgeStatus(words: NextNudgeWords | null): string {
  if (words === null) return '';
  if ('inMinutes' in words) {
    return words.inMinutes === 60
      ? i18n.t('popup.next_in_hour')
      : i18n.t('popup.next_in_minutes', words.inMinutes);
  }
  const clock = formatClock(words.at);
  const hour = clockHour(words.at);
  if (words.day === 'today') return i18n.t('popup.next_at_today', hour, [clock]);
  if (words.day === 'tomorrow') return i18n.t('popup.next_at_tomorrow', hour, [clock]);
  const weekday = new Date(words.at).toLocaleDateString([], { weekday: 'long' });
  return i18n.t('popup.next_at_day', hour, [weekday, clock]);
}
