import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '@/utils/time/local-time';
import { readyIdea } from '@/utils/popup/ready/ready-idea';
import { dropReadyIdea, READY_IDEA_KEY } from '@/utils/popup/ready/drop-ready-idea';
import {
  keepReadyIdea,
  peekReadyIdea,
  takeReadyIdea,
  type StoredReadyIdea,
} from '@/utils/popup/ready/ready-idea-store';

const NOW = Date.UTC(2026, 5, 10, 15);
const kept: StoredReadyIdea = {
  nudge: {
    id: 'flirty-text-08',
    category: 'flirty-text',
    text: 'Send Sam a promise: 100% & “#” safe?',
    message: 'I owe you a kiss, Sam. <b>Collecting</b> tonight.',
  },
  drawnAt: NOW - 10 * MINUTE,
  key: 'k1',
  bag: { 'flirty-text': ['flirty-text-08'] },
  from: {},
};

const refusing: Storage = Object.assign(Object.create(Storage.prototype) as Storage, {
  getItem: () => {
    throw new Error('refused');
  },
  setItem: () => {
    throw new Error('refused');
  },
  removeItem: () => {
    throw new Error('refused');
  },
});

describe('the idea drawn ahead', () => {
  it('is painted as shown now, by hand, with only its own fields', () => {
    keepReadyIdea(kept);
    expect(readyIdea(NOW)).toEqual({ ...kept.nudge, shownAt: NOW, delivery: 'manual' });
  });

  it('is kept with what it was drawn for, and taken once', () => {
    keepReadyIdea(kept);
    expect(peekReadyIdea()).toEqual(kept);
    expect(takeReadyIdea()).toEqual(kept);
    expect(takeReadyIdea()).toBeNull();
    expect(readyIdea(NOW)).toBeNull();
  });

  it('goes stale like a waiting nudge: not painted after six hours', () => {
    keepReadyIdea({ ...kept, drawnAt: NOW - 6 * HOUR });
    expect(readyIdea(NOW)).toBeNull();
    expect(readyIdea(NOW - HOUR)).not.toBeNull();
  });

  it.each([
    ['nothing kept', null],
    ['junk', '%E0%A4%A'],
    ['not a nudge', encodeURIComponent(JSON.stringify({ id: 1 }))],
  ])('paints nothing from %s', (_case, value) => {
    if (value !== null) localStorage.setItem(READY_IDEA_KEY, value);
    expect(readyIdea(NOW)).toBeNull();
    expect(peekReadyIdea()).toBeNull();
  });

  it('is dropped when preferences change, and a dropped idea is no idea at all', () => {
    keepReadyIdea(kept);
    dropReadyIdea();
    expect(readyIdea(NOW)).toBeNull();
    expect(peekReadyIdea()).toBeNull();
  });

  it('never throws when storage refuses', () => {
    expect(readyIdea(NOW, refusing)).toBeNull();
    expect(peekReadyIdea(refusing)).toBeNull();
    expect(() => keepReadyIdea(kept, refusing)).not.toThrow();
    expect(() => dropReadyIdea(refusing)).not.toThrow();
  });
});
