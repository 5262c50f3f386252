import { i18n, type GeneratedI18nStructure } from '#i18n';
import { clockHour, formatClock } from '@/utils/time/local-time';
import type { DayFromNow } from '@/utils/time/day-from-now';

type Messages = GeneratedI18nStructure;
/** Plural messages taking `count` substitutions; the count that picks the form is the hour. */
type HourKey<Count extends number> = {
  [K in keyof Messages]: Messages[K] extends { plural: true; substitutions: Count } ? K : never;
}[keyof Messages];

/** A sentence with a clock time in it, one message per day: today, tomorrow, a later weekday. */
export interface DayClockMessages {
  /** $1 is the clock time. */
  today: HourKey<1>;
  /** $1 is the clock time. */
  tomorrow: HourKey<1>;
  /** $1 is the day of the week, $2 the clock time. */
  later: HourKey<2>;
}

/**
 * The sentence for a time `at` on `day`, counted by the hour the clock shows (Spanish says
 * "la 1:30" but "las 2:30"). The popup's "Okay. The next one comes…" and the options page's
 * glance both say their times this way.
 */
export function dayClockWords(at: number, day: DayFromNow, messages: DayClockMessages): string {
  const clock = formatClock(at);
  const hour = clockHour(at);
  if (day !== 'later') return i18n.t(messages[day], hour, [clock]);
  const weekday = new Date(at).toLocaleDateString([], { weekday: 'long' });
  return i18n.t(messages.later, hour, [weekday, clock]);
}
