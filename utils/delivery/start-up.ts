import { armNextNudge } from './arm-next-nudge';
import { restorePopupPath } from '../popup/pending-nudge';

/** Install, update or browser start: the alarm re-armed (idempotently) and the popup's URL. */
export async function startUp(now: number): Promise<void> {
  await Promise.all([armNextNudge(now, false), restorePopupPath()]);
}
