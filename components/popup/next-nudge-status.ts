import { i18n } from '#i18n';
import { dayClockWords } from '../day-clock-words';
import type { NextNudgeWords } from '@/utils/popup/next-nudge-words';

/** The status line after "Not now": when the next nudge really comes, kindly put. */
export function nextNudgeStatus(words: NextNudgeWords | null): string {
  if (words === null) return '';
  if ('inMinutes' in words) {
    return words.inMinutes === 60
      ? i18n.t('popup.next_in_hour')
      : i18n.t('popup.next_in_minutes', words.inMinutes);
  }
  return dayClockWords(words.at, words.day, {
    today: 'popup.next_at_today',
    tomorrow: 'popup.next_at_tomorrow',
    later: 'popup.next_at_day',
  });
}
