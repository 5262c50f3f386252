import { describe, expect, it } from 'vitest';
import { nextNudgeWords } from '@/utils/popup/next-nudge-words';
import { HOUR, MINUTE } from '@/utils/time/local-time';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();

describe('nextNudgeWords', () => {
  it.each([
    ['nothing armed', null, null],
    ['a few seconds away: a minute', NOW + 10_000, { inMinutes: 1 }],
    ['25 minutes', NOW + 25 * MINUTE, { inMinutes: 25 }],
    ['an hour', NOW + HOUR, { inMinutes: 60 }],
    ['later today: the time', NOW + 3 * HOUR, { at: NOW + 3 * HOUR, day: 'today' }],
    ['tomorrow', NOW + 18 * HOUR, { at: NOW + 18 * HOUR, day: 'tomorrow' }],
    ['in three days', NOW + 72 * HOUR, { at: NOW + 72 * HOUR, day: 'later' }],
  ])('%s', (_, armed, words) => {
    expect(nextNudgeWords(armed, NOW)).toEqual(words);
  });
});
