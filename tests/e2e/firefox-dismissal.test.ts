/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NUDGE_ALARM, waitFor } from './support/extension';
import {
  alarmSettled,
  badgeText,
  goTo,
  launchFirefox,
  popupCount,
  storedHistory,
  type FirefoxExtension,
} from './support/firefox';
import { clearHistoryInPage } from './support/clear-history';

// Issue 14, "the same dismissal in real Firefox ESR": the nudge alarm fires again and again,
// and each popup it opens is closed 0–500 ms after it opens. After each try: exactly one
// `shown` entry, its delivery as it really happened (`popup` only when a popup opened, with
// no notification and no badge; otherwise a notification or the badge, the popup's mark
// absent), and the next nudge armed. Should Firefox refuse openPopup() without a gesture,
// the same checks prove the fallback.

const CLOSE_AFTER = [0, 5, 10, 25, 50, 100, 150, 250, 375, 500];
/** Each delay twice: 20 tries. */
const TRIES = [...CLOSE_AFTER, ...CLOSE_AFTER];
const MINUTE = 60_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** What the background page saw: openPopup()'s answers and the notifications it asked for. */
interface Seen {
  openPopup: string[];
  notifications: string[];
}

/** Patches the background page so a try can tell how openPopup() answered (anew each try:
 * Firefox may have unloaded the event page since). */
async function watchBackground(ff: FirefoxExtension): Promise<void> {
  await ff.tab.evaluate(async () => {
    const page = (await browser.runtime.getBackgroundPage()) as unknown as {
      browser: typeof browser;
      seen: Seen;
      patched?: boolean;
    };
    page.seen = { openPopup: [], notifications: [] };
    if (page.patched) return;
    page.patched = true;
    const { action, notifications } = page.browser;
    const openPopup = action.openPopup.bind(action);
    action.openPopup = (async (...args: Parameters<typeof openPopup>) => {
      try {
        await openPopup(...args);
        page.seen.openPopup.push('resolved');
      } catch (error) {
        page.seen.openPopup.push(`rejected: ${String(error)}`);
        throw error;
      }
    }) as typeof action.openPopup;
    const create = notifications.create.bind(notifications);
    notifications.create = ((id: string, options: never) => {
      page.seen.notifications.push(id);
      return create(id, options);
    }) as unknown as typeof notifications.create;
  });
}

const seenInBackground = (ff: FirefoxExtension): Promise<Seen> =>
  ff.tab.evaluate(
    async () => ((await browser.runtime.getBackgroundPage()) as unknown as { seen: Seen }).seen,
  );

/** Back to a calm start: no history, popup, badge, mark, waiting or held nudge. */
async function calm(ff: FirefoxExtension): Promise<void> {
  await ff.tab.evaluate(async () => {
    chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close());
    await chrome.action.setBadgeText({ text: '' });
    await chrome.storage.local.remove(['popupShown', 'pendingNudge', 'heldNudge']);
  });
  await ff.tab.evaluate(clearHistoryInPage);
}

/**
 * Makes the nudge alarm due now and, from the tab, watches (every 2 ms) for the toolbar popup;
 * closes it `ms` after it opens. Returns when it opened (ms after due), or null for never.
 */
function fireAndDismiss(ff: FirefoxExtension, ms: number): Promise<number | null> {
  return ff.tab.evaluate(
    async ([name, after]) => {
      const due = Date.now() + 100;
      await chrome.alarms.create(name, { when: due });
      while (Date.now() < due + 5000) {
        const [popup] = chrome.extension.getViews({ type: 'popup' });
        if (popup) {
          const openedAt = Date.now() - due;
          await new Promise((r) => setTimeout(r, after));
          popup.close();
          return openedAt;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      return null;
    },
    [NUDGE_ALARM, ms] as const,
  );
}

describe('a popup dismissed at once (real Firefox ESR)', () => {
  let ff: FirefoxExtension;
  const figures: string[] = [];

  beforeAll(async () => {
    ff = await launchFirefox();
    await goTo(ff.tab, '/options.html');
    // Whatever the clock says on this machine, now is an allowed time.
    await ff.tab.evaluate(async () => {
      const { preferences } = await chrome.storage.sync.get('preferences');
      await chrome.storage.sync.set({ preferences: { ...(preferences ?? {}), quietHours: [] } });
    });
    await alarmSettled(ff.tab);
  });

  afterAll(async () => {
    console.log(`Firefox ESR, popup dismissed, ${figures.length} tries:\n${figures.join('\n')}`);
    await ff?.close();
  });

  it.each(TRIES)('closed %i ms after it opens: one nudge, recorded as it happened', async (ms) => {
    await calm(ff);
    await watchBackground(ff);
    const firedAt = Date.now();
    const openedAfter = await fireAndDismiss(ff, ms);
    // Recorded, and the handler's last step done: the next nudge armed past the gap.
    await waitFor(async () => {
      const shown = (await storedHistory(ff.tab)).some((e) => e.action === 'shown');
      const next = await ff.tab.evaluate((n) => chrome.alarms.get(n), NUDGE_ALARM);
      return shown && (next?.scheduledTime ?? 0) > firedAt + 29 * MINUTE;
    }, 'the nudge, recorded, and the next one armed');
    await sleep(500);
    const shown = (await storedHistory(ff.tab)).filter((e) => e.action === 'shown');
    const seen = await seenInBackground(ff);
    const state = await ff.tab.evaluate(async (n) => {
      const { pendingNudge, popupShown } = await chrome.storage.local.get([
        'pendingNudge',
        'popupShown',
      ]);
      const pending = pendingNudge as { id: string; shownAt: number } | undefined;
      const mark = popupShown as { id: string; shownAt: number } | undefined;
      return {
        painted: !!pending && mark?.id === pending.id && mark.shownAt === pending.shownAt,
        pendingId: pending?.id ?? null,
        next: (await chrome.alarms.get(n))?.scheduledTime ?? null,
      };
    }, NUDGE_ALARM);
    const [entry] = shown;
    figures.push(
      `close +${ms} ms: popup ${openedAfter === null ? 'never opened' : `opened +${openedAfter} ms`}, ` +
        `openPopup() ${seen.openPopup.join(', ') || 'not called'}; recorded ` +
        `${shown.map((e) => e.delivery).join(', ')}${state.painted ? ' (painted)' : ''}, ` +
        `${seen.notifications.length} notification(s)`,
    );

    expect(shown).toHaveLength(1);
    expect(seen.openPopup).toHaveLength(1);
    if (entry?.delivery === 'popup') {
      // It opened (and when openPopup() still rejected, the popup's mark says it painted):
      // no notification and no badge besides it.
      expect(openedAfter).not.toBeNull();
      if (seen.openPopup[0] !== 'resolved') expect(state.painted).toBe(true);
      expect(seen.notifications).toEqual([]);
      expect(await badgeText(ff.tab)).toBe('');
    } else {
      // Refused: the fallback, as it really happened (Firefox accepted the notification or
      // not), the badge waiting, and the popup never painted it.
      expect(['notification', 'badge']).toContain(entry?.delivery);
      expect(seen.openPopup[0]).toMatch(/^rejected/);
      expect(state.painted).toBe(false);
      // At most one notification asked for (`badge`: Firefox refused it), for this nudge.
      expect(seen.notifications.length).toBeLessThanOrEqual(1);
      if (entry?.delivery === 'notification') expect(seen.notifications).toHaveLength(1);
      for (const id of seen.notifications) expect(id).toContain(state.pendingId);
      expect(await badgeText(ff.tab)).toBe('♥');
    }
    expect(await popupCount(ff.tab)).toBe(0);
    expect(state.next).toBeGreaterThan(firedAt + 29 * MINUTE);
  });
});
