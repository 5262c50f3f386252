import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/utils/history/history';
import { todaySoFar } from '@/utils/history/today-so-far';
import { DAY, HOUR, MINUTE } from '@/utils/time/local-time';

// The unit project runs in America/New_York.
const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const MIDNIGHT = new Date(2026, 5, 10).getTime();

const entry = (id: string, at: number, action: HistoryEntry['action']): HistoryEntry => ({
  id,
  at,
  action,
  category: 'kind-act',
  text: 'x',
});

describe('todaySoFar', () => {
  it.each<[string, HistoryEntry[], { came: number; actedOn: number }]>([
    ['nothing yet', [], { came: 0, actedOn: 0 }],
    [
      'what came today, each once, and what was done with it',
      [
        entry('a', NOW - HOUR, 'shown'),
        entry('a', NOW - HOUR + MINUTE, 'copied'),
        entry('a', NOW - HOUR + 2 * MINUTE, 'done'),
        entry('b', NOW - 2 * HOUR, 'shown'),
        entry('b', NOW - 2 * HOUR, 'snoozed'),
        entry('c', MIDNIGHT, 'shown'),
        entry('c', MIDNIGHT, 'another'),
      ],
      { came: 3, actedOn: 1 },
    ],
    [
      'not yesterday, nor a time after now',
      [
        entry('y', MIDNIGHT - MINUTE, 'shown'),
        entry('y', MIDNIGHT - MINUTE, 'done'),
        entry('z', NOW + MINUTE, 'shown'),
        entry('z', NOW + DAY, 'done'),
      ],
      { came: 0, actedOn: 0 },
    ],
    [
      'a nudge from yesterday done this morning counts as done, not as come',
      [entry('y', MIDNIGHT - HOUR, 'shown'), entry('y', MIDNIGHT + HOUR, 'done')],
      { came: 0, actedOn: 1 },
    ],
  ])('%s', (_, entries, today) => {
    expect(todaySoFar(entries, NOW)).toEqual(today);
  });
});
