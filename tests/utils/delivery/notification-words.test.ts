import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliverNudge, type DeliveryChoice } from '@/utils/delivery/deliver-nudge';
import { nudgeNotificationId } from '@/utils/delivery/nudge-notification';
import { handleNotificationButton } from '@/utils/delivery/notification-actions';
import { readHistory } from '@/utils/history/history';
import { pendingNudgeStorage } from '@/utils/storage/storage';
import type { NotificationWords } from '@/utils/storage/preferences';
import type { PendingNudge } from '@/utils/library/shown-nudge';

// Issue 14, item 13: a notification may show on a locked or shared screen. By default a flirty
// text shows only its kind there, and its words come after a click.
const now = new Date(2026, 5, 10, 12, 0).getTime();
const flirty: PendingNudge = {
  id: 'flirty-text-01',
  category: 'flirty-text',
  text: 'Send Sam a little spark:',
  message: 'Can’t stop thinking about you',
  shownAt: now,
  delivery: 'notification',
};
const kindAct: PendingNudge = {
  id: 'kind-act-01',
  category: 'kind-act',
  text: 'Bring Sam a glass of water.',
  shownAt: now,
  delivery: 'notification',
};

const choice = (notificationWords: NotificationWords, partnerName = 'Sam'): DeliveryChoice => ({
  delivery: 'notification',
  notificationWords,
  partnerName,
});
type Created = [id: string, options: { message?: string; buttons?: { title: string }[] }];
/** The one notification on screen (the test fails when there is none). */
const shown = (): Created[] => Object.entries(fakeBrowser.notifications.getAllCreateOptions());
const only = (): Created => {
  const all = shown();
  expect(all).toHaveLength(1);
  return all[0]!;
};

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('what a notification shows', () => {
  it.each([
    // [choice, nudge, its words show]
    ['gentle', flirty, false],
    ['gentle', kindAct, true],
    ['all', flirty, true],
    ['all', kindAct, true],
    ['none', flirty, false],
    ['none', kindAct, false],
  ] as const)('with "%s", %s shows its words: %s', async (words, nudge, visible) => {
    await deliverNudge(nudge, choice(words), nudge.shownAt);
    const [id, options] = only();
    expect(id).toBe(nudgeNotificationId(nudge, !visible));
    const words_ = nudge.message ?? nudge.text;
    if (visible) expect(options.message).toBe(words_);
    else {
      expect(options.message).toBe('For Sam. Click to see it.');
      expect(JSON.stringify(options)).not.toContain(words_);
    }
  });

  it('is "gentle" for a person who never chose (the default)', async () => {
    const { defaultPreferences } = await import('@/utils/storage/preferences');
    expect(defaultPreferences.notificationWords).toBe('gentle');
  });

  it('without a name, a hidden one says "your partner"', async () => {
    await deliverNudge(flirty, choice('gentle', '  '), flirty.shownAt);
    expect(only()[1].message).toBe('For your partner. Click to see it.');
  });

  it('kept back, it offers Show it (never Copy) and Not now', async () => {
    await deliverNudge(flirty, choice('gentle'), flirty.shownAt);
    expect(only()[1].buttons).toEqual([{ title: 'Show it' }, { title: 'Not now' }]);
  });

  it('Show it opens the nudge in its window, and copies nothing', async () => {
    await pendingNudgeStorage.setValue(flirty);
    await deliverNudge(flirty, choice('gentle'), flirty.shownAt);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await handleNotificationButton(nudgeNotificationId(flirty, true), 0, now);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await readHistory()).toEqual([]);
    expect(await pendingNudgeStorage.getValue()).toEqual(flirty);
  });

  it('a hidden notification of a replaced nudge only goes away', async () => {
    await deliverNudge(flirty, choice('gentle'), flirty.shownAt);
    await pendingNudgeStorage.setValue({ ...flirty, shownAt: now + 1 });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await handleNotificationButton(nudgeNotificationId(flirty, true), 0, now);
    expect(create).not.toHaveBeenCalled();
    expect(shown()).toEqual([]);
  });
});

describe('in Firefox, which never reports a locked screen', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['active', true],
    ['idle', false],
  ] as const)('a minute %s: the words show %s', async (state, visible) => {
    vi.stubEnv('FIREFOX', 'true');
    const query = vi.spyOn(fakeBrowser.idle, 'queryState').mockResolvedValue(state as never);
    await deliverNudge(kindAct, choice('all'), kindAct.shownAt);
    expect(query).toHaveBeenCalledWith(60);
    expect(only()[0]).toBe(nudgeNotificationId(kindAct, !visible));
  });

  it('Chrome asks nothing more: a locked screen holds the nudge before this', async () => {
    const query = vi.spyOn(fakeBrowser.idle, 'queryState');
    await deliverNudge(kindAct, choice('all'), kindAct.shownAt);
    expect(query).not.toHaveBeenCalled();
  });
});
