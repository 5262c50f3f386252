import { MINUTE } from './local-time';
/**
 * `t` moved to the nearest local clock time on a whole `step` minutes (a divisor of 60): 15:36
 * to 15:40 for 10. Moved by the difference, not set on the clock, so a time in the hour that
 * repeats when clocks go back stays in its own occurrence of that hour.
 */
export function roundClock(t: number, step: number): number {
  const d = new Date(t);
  const minutes = d.getMinutes() + d.getSeconds() / 60 + d.getMilliseconds() / MINUTE;
  return t + (Math.round(minutes / step) * step - minutes) * MINUTE;
}
