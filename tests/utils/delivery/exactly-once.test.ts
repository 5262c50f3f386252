import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isCopyMessage } from '@/utils/delivery/copy-message';
import { deliverNudge } from '@/utils/delivery/deliver-nudge';
import { wordsShown } from '../../support/delivery-choice';
import { handleNotificationButton } from '@/utils/delivery/notification-actions';
import { readHistory } from '@/utils/history/history';
import { savePendingNudge } from '@/utils/popup/pending-nudge';
import { pendingNudgeStorage } from '@/utils/storage/storage';
import { shownNudge, type PendingNudge } from '@/utils/library/shown-nudge';

// Issue 14, items 1, 3 and 5: a nudge is delivered once, as it really was, and a
// notification's buttons act once, on the nudge that notification shows.
const now = new Date(2026, 5, 10, 12, 0).getTime();
const first: PendingNudge = {
  id: 'flirty-text-01',
  category: 'flirty-text',
  text: 'Send Sam a little spark:',
  message: 'Thinking of you',
  shownAt: now,
  delivery: 'popup',
};
const second: PendingNudge = {
  ...first,
  id: 'flirty-text-02',
  message: 'Miss you',
  shownAt: now + 1,
};

/** The ids of the notifications on screen. */
const notificationIds = (): string[] =>
  Object.keys(fakeBrowser.notifications.getAllCreateOptions());

/** What the popup page writes once it has painted a nudge (popup-paint.ts). */
const popupPainted = (nudge: PendingNudge): Promise<void> =>
  fakeBrowser.storage.local.set({ popupShown: { id: nudge.id, shownAt: nudge.shownAt } });

/** Chrome's offscreen API, slow enough for a second press to arrive mid-copy. */
function fakeOffscreen() {
  const copied: string[] = [];
  const createDocument = vi.fn(() => new Promise<void>((r) => setTimeout(r, 20)));
  vi.stubGlobal('chrome', {
    offscreen: { createDocument, closeDocument: vi.fn().mockResolvedValue(undefined) },
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    if (!isCopyMessage(message)) return undefined;
    copied.push(message.text);
    return true;
  });
  return { copied, createDocument };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a popup dismissed at once (item 1)', () => {
  it.each([
    ['before openPopup() rejects', 0],
    ['a moment after it rejects', 150],
  ])('counts as the popup when it painted the nudge %s', async (_, lateMs) => {
    fakeBrowser.action.openPopup = vi.fn(async () => {
      setTimeout(() => void popupPainted(first), lateMs);
      await new Promise((r) => setTimeout(r, 5));
      throw new Error('Failed to open popup.');
    });
    expect(await deliverNudge(shownNudge(first), wordsShown('popup'), first.shownAt)).toBe('popup');
    expect(notificationIds()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('falls back to a notification when the popup never painted this nudge', async () => {
    fakeBrowser.action.openPopup = vi.fn().mockRejectedValue(new Error('no focused window'));
    await popupPainted(second); // an older popup's mark says nothing about this one
    expect(await deliverNudge(shownNudge(first), wordsShown('popup'), first.shownAt)).toBe(
      'notification',
    );
    expect(notificationIds()).toHaveLength(1);
  });
});

describe('a notification carries its nudge (item 3)', () => {
  beforeEach(() => {
    fakeBrowser.action.openPopup = vi.fn().mockRejectedValue(new Error('no focused window'));
  });

  it('goes away when the waiting nudge is replaced or dealt with', async () => {
    await savePendingNudge(first);
    await deliverNudge(shownNudge(first), wordsShown('notification'), first.shownAt);
    const [old] = notificationIds();
    await savePendingNudge(second);
    expect(notificationIds()).not.toContain(old);
    await deliverNudge(shownNudge(second), wordsShown('notification'), second.shownAt);
    expect(notificationIds()).toHaveLength(1);
    await savePendingNudge(null);
    expect(notificationIds()).toEqual([]);
  });

  it('a button on an older notification acts on nothing newer', async () => {
    const { copied } = fakeOffscreen();
    await savePendingNudge(first);
    await deliverNudge(shownNudge(first), wordsShown('notification'), first.shownAt);
    const [old] = notificationIds();
    await pendingNudgeStorage.setValue(second); // replaced behind the notification's back
    await handleNotificationButton(old!, 0, now);
    await handleNotificationButton(old!, 1, now);
    expect(copied).toEqual([]);
    expect(await readHistory()).toEqual([]);
    expect(await pendingNudgeStorage.getValue()).toEqual(second);
    expect(notificationIds()).toEqual([]);
  });
});

describe('Copy pressed twice (item 5)', () => {
  it('copies once and records it once, whether the second press comes during or after', async () => {
    const { copied, createDocument } = fakeOffscreen();
    await savePendingNudge(first);
    await deliverNudge(shownNudge(first), wordsShown('notification'), first.shownAt);
    const [id] = notificationIds();
    await Promise.all([
      handleNotificationButton(id!, 0, now),
      handleNotificationButton(id!, 0, now),
    ]);
    await handleNotificationButton(id!, 0, now);
    expect(copied).toEqual(['Thinking of you']);
    expect(createDocument).toHaveBeenCalledOnce();
    expect((await readHistory()).map((e) => e.action)).toEqual(['copied']);
  });
});
