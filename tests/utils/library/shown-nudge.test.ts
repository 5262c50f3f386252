import { describe, expect, it } from 'vitest';
import { isPendingNudge, isShownNudge, shownNudge } from '@/utils/library/shown-nudge';

const nudge = { id: 'kind-act-01', category: 'kind-act', text: 'Make tea.' } as const;

describe('isShownNudge: the one check of a shown nudge', () => {
  it.each([
    ['a nudge', nudge, true],
    ['a nudge with a message', { ...nudge, message: 'Tea?' }, true],
    ['null', null, false],
    ['a string', 'kind-act-01', false],
    ['no id', { category: 'kind-act', text: 'x' }, false],
    ['an unknown kind', { ...nudge, category: 'chores' }, false],
    ['a number for text', { ...nudge, text: 3 }, false],
    ['a message that is not text', { ...nudge, message: {} }, false],
    ['a message in another language', { ...nudge, message: 'Té?', lang: 'es' }, true],
    ['a language that is not text', { ...nudge, message: 'Té?', lang: 3 }, false],
    [
      'the old history name for the id',
      { nudgeId: 'kind-act-01', category: 'kind-act', text: 'x' },
      false,
    ],
  ] as const)('%s → %s', (_, value, expected) => {
    expect(isShownNudge(value)).toBe(expected);
  });
});

describe('isPendingNudge', () => {
  it.each([
    ['waiting since a time, by popup', { ...nudge, shownAt: 1, delivery: 'popup' }, true],
    ['opened by hand', { ...nudge, shownAt: 1, delivery: 'manual' }, true],
    ['no time', { ...nudge, delivery: 'popup' }, false],
    ['an unknown way', { ...nudge, shownAt: 1, delivery: 'pigeon' }, false],
    ['no nudge fields', { shownAt: 1, delivery: 'popup' }, false],
  ] as const)('%s → %s', (_, value, expected) => {
    expect(isPendingNudge(value)).toBe(expected);
  });
});

describe('shownNudge', () => {
  it('keeps only the nudge fields, and no message key without a message', () => {
    const extra = { ...nudge, shownAt: 1, delivery: 'popup', action: 'done' };
    expect(shownNudge(extra)).toStrictEqual(nudge);
    expect(shownNudge({ ...nudge, message: 'Tea?' })).toStrictEqual({ ...nudge, message: 'Tea?' });
  });
});

describe('shownNudge and the language of its message', () => {
  it('keeps the language a message was sent in, and adds none', () => {
    expect(shownNudge({ ...nudge, message: 'Té?', lang: 'es' })).toEqual({
      ...nudge,
      message: 'Té?',
      lang: 'es',
    });
    expect('lang' in shownNudge({ ...nudge, message: 'Tea?' })).toBe(false);
  });
});
