import { browser } from 'wxt/browser';
import { armNextNudge } from './arm-next-nudge';
import { dropCallSitesWhenOff } from './call-permission';
import { CHECK_ALARM } from './handle-alarm';
import { restorePopupPath } from '../popup/pending-nudge';

/** How often the periodic check looks that a next nudge is armed. */
export const CHECK_EVERY_MINUTES = 45;

/**
 * Install, update or browser start: the alarm re-armed (idempotently), the periodic check
 * created when missing (re-creating it would push it forward), the popup's URL, and the
 * call sites given back if the option was turned off while the browser was closed.
 */
export async function startUp(now: number): Promise<void> {
  const check = async (): Promise<void> => {
    if (await browser.alarms.get(CHECK_ALARM)) return;
    await browser.alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_EVERY_MINUTES });
  };
  await Promise.all([
    armNextNudge(now, false),
    check(),
    restorePopupPath(),
    dropCallSitesWhenOff(),
  ]);
}
