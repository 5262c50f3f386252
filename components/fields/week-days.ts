import { i18n } from '#i18n';

export interface WeekDay {
  /** The Date#getDay() number (0 = Sunday). */
  day: number;
  name: string;
  short: string;
}

const order = [
  [1, 'monday'],
  [2, 'tuesday'],
  [3, 'wednesday'],
  [4, 'thursday'],
  [5, 'friday'],
  [6, 'saturday'],
  [0, 'sunday'],
] as const;

/** The week, Monday first as most weeks are read, named in the browser's language. */
export function weekDays(): WeekDay[] {
  return order.map(([day, key]) => ({
    day,
    name: i18n.t(`options.days.${key}`),
    short: i18n.t(`options.days.${key}_short`),
  }));
}
