import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { isCopyMessage } from '@/utils/delivery/copy-message';
import { deliverNudge } from '@/utils/delivery/deliver-nudge';
import { wordsShown } from '../../support/delivery-choice';
import { nudgeNotificationId } from '@/utils/delivery/nudge-notification';
import { readHistory } from '@/utils/history/history';
import { MINUTE } from '@/utils/time/local-time';
import {
  handleNotificationButton,
  NOTIFICATION_SNOOZE_MINUTES,
} from '@/utils/delivery/notification-actions';
import { pendingNudgeStorage, snoozedUntilStorage } from '@/utils/storage/storage';
import type { PendingNudge } from '@/utils/library/shown-nudge';

const now = new Date(2026, 5, 10, 12, 0).getTime();
const flirty: PendingNudge = {
  id: 'flirty-text-01',
  category: 'flirty-text',
  text: 'Send Sam a little spark:',
  message: 'Thinking of you <b>already</b>',
  shownAt: now,
  delivery: 'notification',
};
const checkIn: PendingNudge = { ...flirty, id: 'check-in-01', category: 'check-in' };
delete checkIn.message;
/** The notification showing each (its id names the nudge, issue 14). */
const FLIRTY = nudgeNotificationId(flirty);
const CHECK_IN = nudgeNotificationId(checkIn);

/** Chrome's offscreen API, as far as copying needs it; `copied` is what reached the clipboard. */
function fakeOffscreen(clipboardWorks: boolean) {
  const copied: string[] = [];
  vi.stubGlobal('chrome', {
    offscreen: {
      createDocument: vi.fn().mockResolvedValue(undefined),
      closeDocument: vi.fn().mockResolvedValue(undefined),
    },
  });
  // The offscreen page's side of the conversation.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    if (!isCopyMessage(message)) return undefined;
    if (clipboardWorks) copied.push(message.text);
    return clipboardWorks;
  });
  return copied;
}

beforeEach(() => {
  fakeBrowser.action.openPopup = vi.fn().mockRejectedValue(new Error('no focused window'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the nudge notification', () => {
  it('offers Copy and Not now for a message, Done and Not now otherwise (Chrome)', async () => {
    await deliverNudge(flirty, wordsShown('notification'), flirty.shownAt);
    const buttons = (id: string) => fakeBrowser.notifications.getAllCreateOptions()[id]?.buttons;
    expect(buttons(FLIRTY)).toEqual([{ title: 'Copy' }, { title: 'Not now' }]);
    await deliverNudge(checkIn, wordsShown('notification'), checkIn.shownAt);
    expect(buttons(CHECK_IN)).toEqual([{ title: 'Done' }, { title: 'Not now' }]);
  });

  it('Copy copies the message as it is, counts it and clears the notification', async () => {
    const copied = fakeOffscreen(true);
    await pendingNudgeStorage.setValue(flirty);
    await deliverNudge(flirty, wordsShown('notification'), flirty.shownAt);
    await handleNotificationButton(FLIRTY, 0, now);
    expect(copied).toEqual(['Thinking of you <b>already</b>']);
    expect((await readHistory()).map((e) => e.action)).toEqual(['copied']);
    expect(fakeBrowser.notifications.getAllCreateOptions()[FLIRTY]).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('when the clipboard refuses, opens the nudge to copy by hand and loses nothing', async () => {
    fakeOffscreen(false);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await pendingNudgeStorage.setValue(flirty);
    await handleNotificationButton(FLIRTY, 0, now);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup' }));
    expect(await readHistory()).toEqual([]);
    expect(await pendingNudgeStorage.getValue()).toEqual(flirty);
  });

  it('Copy without the offscreen API (Firefox) opens the nudge instead', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await pendingNudgeStorage.setValue(flirty);
    await handleNotificationButton(FLIRTY, 0, now);
    expect(create).toHaveBeenCalledOnce();
  });

  it('Not now snoozes for half an hour', async () => {
    await pendingNudgeStorage.setValue(flirty);
    await handleNotificationButton(FLIRTY, 1, now);
    expect(await snoozedUntilStorage.getValue()).toBe(now + NOTIFICATION_SNOOZE_MINUTES * MINUTE);
    expect((await readHistory()).map((e) => e.action)).toEqual(['snoozed']);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
  });

  it('Done counts it and lets the next nudge be fresh', async () => {
    await pendingNudgeStorage.setValue(checkIn);
    await handleNotificationButton(CHECK_IN, 0, now);
    expect((await readHistory()).map((e) => e.action)).toEqual(['done']);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
  });

  it('ignores other notifications, and a button with no nudge waiting', async () => {
    await pendingNudgeStorage.setValue(flirty);
    await handleNotificationButton('someone-else', 1, now);
    expect(await snoozedUntilStorage.getValue()).toBeNull();
    await pendingNudgeStorage.setValue(null);
    await handleNotificationButton(FLIRTY, 1, now);
    expect(await readHistory()).toEqual([]);
  });

  it('is wired to the worker: a button click reaches the handler', async () => {
    background.main();
    await pendingNudgeStorage.setValue(flirty);
    await fakeBrowser.notifications.onButtonClicked.trigger(FLIRTY, 1);
    await vi.waitFor(async () => expect(await snoozedUntilStorage.getValue()).not.toBeNull());
  });
});
