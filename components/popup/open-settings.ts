import { browser } from 'wxt/browser';
import type { OptionsSectionId } from '../options/sections/section-list';
import { CUSTOM_ID_PREFIX } from '@/utils/library/nudge';
import type { ShownNudge } from '@/utils/library/shown-nudge';

/**
 * The part of the options page that fits what the popup shows: a check-in or a tiny date
 * opens when they come, a nudge of one's own those nudges, any other (or none, every kind
 * turned off) the nudges themselves.
 */
export function settingsSection(nudge: ShownNudge | null): OptionsSectionId {
  if (nudge?.ritual) return 'when';
  return nudge?.id.startsWith(CUSTOM_ID_PREFIX) ? 'own' : 'nudges';
}

/**
 * "Settings and history": the options page opened at the section that fits, in a tab of its
 * own. From the popup and from the nudge's window a notification opens alike, so the worker
 * needs nothing for it.
 */
export function openSettings(nudge: ShownNudge | null): void {
  // Relative to this page: the options page beside it.
  void browser.tabs.create({ url: `options.html#${settingsSection(nudge)}` });
}
