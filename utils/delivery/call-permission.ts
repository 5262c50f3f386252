import { browser } from 'wxt/browser';
import { CALL_SITE_PATTERNS } from '../schedule/hold-rules';
import { loadPreferences } from '../storage/preferences-store';

/**
 * The call sites are given back whenever the stored option is off, however it got there:
 * turned off here or on another device (sync), Clear all data, an import, a repair. Read
 * afresh each time, so a change already overtaken by a newer one removes nothing. Removing
 * needs no gesture and is harmless when nothing was granted. Never rejects.
 */
export const dropCallSitesWhenOff = (): Promise<unknown> =>
  loadPreferences()
    .then(
      ({ waitDuringCalls }) =>
        waitDuringCalls || browser.permissions.remove({ origins: [...CALL_SITE_PATTERNS] }),
    )
    .catch(() => false);
