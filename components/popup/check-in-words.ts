import { dayClockWords } from '../day-clock-words';
import { dayFromNow } from '@/utils/time/day-from-now';

/** "Your check-in is today at 8:30 PM.": it still comes, whatever the snooze (its own alarm). */
export function checkInWords(at: number, now: number): string {
  return dayClockWords(at, dayFromNow(at, now), {
    today: 'options.glance.check_in_today',
    tomorrow: 'options.glance.check_in_tomorrow',
    later: 'options.glance.check_in_day',
  });
}
