import { describe, expect, it } from 'vitest';
import { HOUR } from '@/utils/time/local-time';
import { nudgeFromHash, popupPath } from '@/utils/popup/popup-url';
import type { PendingNudge } from '@/utils/library/shown-nudge';

const NOW = Date.UTC(2026, 5, 10, 15);
const pending: PendingNudge = {
  id: 'flirty-text-08',
  category: 'flirty-text',
  text: 'Send Sam a promise: 100% & “#” safe?',
  message: 'I owe you a kiss, Sam. <b>Collecting</b> tonight.',
  shownAt: NOW - HOUR,
  delivery: 'popup',
};
const hashOf = (path: string): string => path.slice(path.indexOf('#'));

describe('popupPath and nudgeFromHash', () => {
  it('is the bare popup when nothing waits', () => {
    expect(popupPath(null)).toBe('/popup.html');
    expect(nudgeFromHash('', NOW)).toBeNull();
  });

  it('carries the waiting nudge through the URL unchanged', () => {
    const path = popupPath(pending);
    expect(path).toMatch(/^\/popup\.html#[^#]+$/);
    expect(nudgeFromHash(hashOf(path), NOW)).toEqual(pending);
    const noMessage: PendingNudge = { ...pending };
    delete noMessage.message;
    expect(nudgeFromHash(hashOf(popupPath(noMessage)), NOW)).toEqual(noMessage);
  });

  it('paints nothing once the nudge is stale (6 hours), like the popup itself', () => {
    const path = popupPath({ ...pending, shownAt: NOW - 6 * HOUR });
    expect(nudgeFromHash(hashOf(path), NOW)).toBeNull();
  });

  it.each([
    ['not JSON', '#%7Bnope'],
    ['bad escape', '#%E0%A4%A'],
    ['not an object', `#${encodeURIComponent('"text"')}`],
    ['unknown kind', `#${encodeURIComponent(JSON.stringify({ ...pending, category: 'spam' }))}`],
    ['text not a string', `#${encodeURIComponent(JSON.stringify({ ...pending, text: 1 }))}`],
    ['message not a string', `#${encodeURIComponent(JSON.stringify({ ...pending, message: {} }))}`],
    ['no time', `#${encodeURIComponent(JSON.stringify({ ...pending, shownAt: 'x' }))}`],
    ['bad delivery', `#${encodeURIComponent(JSON.stringify({ ...pending, delivery: 'x' }))}`],
  ])('ignores a malformed hash (%s) and never throws', (_, hash) => {
    expect(nudgeFromHash(hash, NOW)).toBeNull();
  });

  it('keeps only the known fields', () => {
    const hash = `#${encodeURIComponent(JSON.stringify({ ...pending, extra: '<script>' }))}`;
    expect(nudgeFromHash(hash, NOW)).toEqual(pending);
  });
});
