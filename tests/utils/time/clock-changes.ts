import { HOUR, MINUTE } from '@/utils/time/local-time';

/** An instant where the local UTC offset changes; `back` when the clock goes back (DST ends). */
export interface ClockChange {
  at: number;
  back: boolean;
}

/** Every clock change of the test's zone between two instants (none under UTC). */
export function clockChanges(from: number, to: number): ClockChange[] {
  const found: ClockChange[] = [];
  const offset = (t: number): number => new Date(t).getTimezoneOffset();
  for (let t = from; t < to; t += HOUR) {
    if (offset(t + HOUR) === offset(t)) continue;
    let at = t + MINUTE;
    while (offset(at) === offset(t)) at += MINUTE;
    // getTimezoneOffset grows when local time falls further behind UTC: the clock went back.
    found.push({ at, back: offset(at) > offset(t) });
  }
  return found;
}
