import { checkClockRange, type Checked } from '@/utils/storage/preferences';

/** What is wrong with a from–until range on some days, split the way its fields show it. */
export interface RangeProblem {
  /** The message, or '' when the range is fine. */
  error: string;
  /** The time fields are at fault (and say so). */
  timesWrong: boolean;
  /** The day boxes are at fault. */
  daysWrong: boolean;
}

/**
 * Splits the check of a range with days between its times and its days. The checks look at
 * the times first, so when the times are fine, the days are what is wrong.
 */
export function rangeProblem(
  checked: Checked<unknown>,
  range: { start: string; end: string },
): RangeProblem {
  const error = checked.ok ? '' : checked.message;
  const timesWrong = error !== '' && !checkClockRange(range).ok;
  return { error, timesWrong, daysWrong: error !== '' && !timesWrong };
}
