import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliverNudge } from '@/utils/delivery/deliver-nudge';
import { wordsShown } from '../../support/delivery-choice';
import { nudgeNotificationId } from '@/utils/delivery/nudge-notification';
import { fillPartner } from '@/utils/library/fill-partner';
import type { Nudge } from '@/utils/library/nudge';

// Issue 7: a name or an own nudge with markup in it reaches the notification as the same
// characters (notifications show plain text), never stripped, escaped twice or turned into HTML.
const NAME = '<img src=x onerror=alert(1)>';
const own: Nudge = {
  id: 'own-1',
  category: 'flirty-text',
  text: 'Send {partner} this: <b>now</b>',
  message: '<script>alert(2)</script> love you, {partner}',
} as Nudge;

describe('deliverNudge: the notification', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no window'));
  });

  it.each([
    ['with a message, the message', own, `<script>alert(2)</script> love you, ${NAME}`],
    ['without one, the text', { ...own, message: undefined }, `Send ${NAME} this: <b>now</b>`],
  ])('shows, %s exactly as typed', async (_, nudge, shown) => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const filled = fillPartner(
      Object.fromEntries(Object.entries(nudge).filter(([, v]) => v !== undefined)) as Nudge,
      NAME,
    );
    expect(await deliverNudge(filled, wordsShown('popup'), 1)).toBe('notification');
    expect(create).toHaveBeenCalledWith(
      nudgeNotificationId({ id: 'own-1', shownAt: 1 }),
      expect.objectContaining({ type: 'basic', message: shown }),
    );
    const [, options] = create.mock.calls[0] as unknown as [string, { title: string }];
    expect(options.title).not.toContain('<');
  });
});
