import { browser } from 'wxt/browser';
import { deliverAndRecord, drawNudge } from './deliver-nudge';
import { readDeliveryContext } from './delivery-context';
import { readHistorySince } from '../history/history';
import { fillPartner } from '../library/fill-partner';
import { withText } from '../library/nudge-text';
import { loadLibrary } from '../library/load-library';
import type { ShownNudge } from '../library/shown-nudge';
import { message } from '../platform/message';
import { savePendingNudge } from '../popup/pending-nudge';
import { pickQuestion } from '../choose/pick-question';
import { HOLD_CHECK_EVERY, holdFor } from '../schedule/hold-rules';
import { pauseInForce } from '../schedule/next-nudge-time';
import { nextRitual } from '../schedule/rituals';
import { loadPickState } from '../storage/pick-state';
import { categories } from '../library/nudge';
import type { Preferences } from '../storage/preferences';
import { loadPreferences } from '../storage/preferences-store';
import { ritualsDoneStorage } from '../storage/storage';
import { readOrFallback } from '../storage/stored-item';
import { DAY, HOUR } from '../time/local-time';

/** The alarm of the next ritual: the daily check-in or the weekly tiny date. */
export const RITUAL_ALARM = 'ritual';
/** A check-in question comes back only after this long. */
export const QUESTION_REST = 30 * DAY;

/** The first ritual from `from` on, by the preferences and the days each last came. */
async function firstRitual(
  prefs: Preferences,
  from: number,
): Promise<ReturnType<typeof nextRitual>> {
  const done = await readOrFallback(ritualsDoneStorage);
  return nextRitual({ ...prefs, pausedUntil: pauseInForce(prefs.pausedUntil, from) }, done, from);
}

/** Arms the alarm for the first ritual to come, or clears it when none is set. Idempotent. */
export async function armRituals(now: number, prefs?: Preferences): Promise<void> {
  const next = await firstRitual(prefs ?? (await loadPreferences()), now);
  if (!next) await browser.alarms.clear(RITUAL_ALARM);
  else if ((await browser.alarms.get(RITUAL_ALARM))?.scheduledTime !== next.at)
    await browser.alarms.create(RITUAL_ALARM, { when: next.at });
}

/** "Ask Sam, and answer it yourself too: …", a question not asked in the last 30 days. */
async function question(prefs: Preferences, now: number): Promise<ShownNudge | null> {
  const asked = (await readHistorySince(now - QUESTION_REST, 1000, now).catch(() => []))
    .filter((e) => e.ritual === 'check-in')
    .map((e) => e.id);
  const pool = (await loadLibrary()).filter((e) => e.ritual === true);
  const entry = pickQuestion(pool, asked, Math.random);
  const words = entry && withText(entry);
  if (!words) return null;
  return fillPartner(
    { ...words, text: `${message('ritual.check_in_lead')} ${words.text}` },
    prefs.partnerName,
  );
}

/** This week's tiny date: one idea that fits the season and the day's energy. */
async function tinyDate(prefs: Preferences, now: number): Promise<ShownNudge | null> {
  const kindsOff = categories.filter((c) => c !== 'tiny-date');
  return drawNudge({ ...prefs, kindsOff }, await loadPickState(), now);
}

/**
 * The ritual alarm fired: the ritual due now comes once, through the same delivery as any
 * nudge, and does not count toward the day's cap. While the moment is not right (away,
 * fullscreen, a call) it looks again each minute, within its two-hour window.
 */
export async function handleRitual(now: number): Promise<'shown' | 'waiting' | 'not-due'> {
  const prefs = await loadPreferences();
  const due = await firstRitual(prefs, now);
  // An alarm up to an hour early (the clock changed) still counts as its time.
  if (!due || due.at > now + HOUR) {
    await armRituals(now, prefs);
    return 'not-due';
  }
  if (holdFor(await readDeliveryContext(), prefs.waitDuringCalls)) {
    const later = await firstRitual(prefs, now + HOLD_CHECK_EVERY);
    if (later) await browser.alarms.create(RITUAL_ALARM, { when: later.at });
    return 'waiting';
  }
  // Marked first, so it comes at most once that day, whatever stops the worker after this.
  const done = await readOrFallback(ritualsDoneStorage);
  await ritualsDoneStorage.setValue({ ...done, [due.kind]: due.day });
  // library.json unreadable: nothing comes this time, and the next ritual is still armed below.
  const chosen = await (
    due.kind === 'check-in' ? question(prefs, now) : tinyDate(prefs, now)
  ).catch(() => null);
  if (chosen) {
    const pending = { ...chosen, ritual: due.kind, shownAt: now, delivery: prefs.delivery };
    await savePendingNudge(pending);
    await deliverAndRecord(pending, prefs);
  }
  await armRituals(now, prefs);
  return 'shown';
}
