import { describe, expect, it } from 'vitest';
import { allKindsBut } from '../../support/kinds';
import { categories } from '@/utils/library/nudge';
import {
  checkKindsOff,
  checkPartnerName,
  checkPerDay,
  checkQuietRange,
  defaultPreferences,
  repairPreferences,
} from '@/utils/storage/preferences';

describe('checks', () => {
  it.each([
    ['  Sam  ', { ok: true, value: 'Sam' }],
    ['Ana  María', { ok: true, value: 'Ana María' }],
    ['x'.repeat(40), { ok: true, value: 'x'.repeat(40) }],
    // No name at all is fine (issue 14): nudges then say "your partner", messages "love".
    ['', { ok: true, value: '' }],
    ['   ', { ok: true, value: '' }],
    // Counted as a person counts: 21 emoji are 21 characters, not 42 UTF-16 units.
    ['🙂'.repeat(21), { ok: true, value: '🙂'.repeat(21) }],
    ['👩‍👩‍👧'.repeat(40), { ok: true, value: '👩‍👩‍👧'.repeat(40) }],
    ['Zoë', { ok: true, value: 'Zoë' }],
  ])('partner name %j is fine', (value, expected) =>
    expect(checkPartnerName(value)).toEqual(expected),
  );

  it.each(['x'.repeat(41), '🙂'.repeat(41), 42, null])(
    'partner name %j gets a message',
    (value) => {
      const checked = checkPartnerName(value);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.message).toMatch(/please/i);
    },
  );

  it.each(['\u200b', '\u200b\u200d\ufeff', '\u0301\u0308', ' \u200c '])(
    'a partner name of only invisible characters (%j) gets a message',
    (value) => {
      const checked = checkPartnerName(value);
      expect(checked).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    },
  );

  it.each([
    ['4', true],
    [12, true],
    [1, true],
    [0, false],
    [13, false],
    ['2.5', false],
    ['', false],
    ['many', false],
  ])('how often %j → %s', (value, ok) => expect(checkPerDay(value).ok).toBe(ok));

  it.each([
    [{ start: '21:30', end: '07:30' }, true],
    [{ start: '13:00', end: '14:00' }, true],
    [{ start: '09:00', end: '09:00' }, false],
    [{ start: '', end: '09:00' }, false],
    [{ start: '25:00', end: '09:00' }, false],
    ['21:30-07:30', false],
  ])('quiet range %j → %s', (value, ok) => expect(checkQuietRange(value).ok).toBe(ok));

  it.each([
    [
      { start: '09:00', end: '17:00', days: [5, 1, 3, 1] },
      { start: '09:00', end: '17:00', days: [1, 3, 5] },
    ],
    [
      { start: '22:00', end: '06:00', days: [5, 9, 'x'] },
      { start: '22:00', end: '06:00', days: [5] },
    ],
    // All seven days is every day: stored the way ranges were before they had days.
    [
      { start: '22:00', end: '06:00', days: [6, 5, 4, 3, 2, 1, 0] },
      { start: '22:00', end: '06:00' },
    ],
  ])('quiet range %j keeps its days as %j', (value, expected) =>
    expect(checkQuietRange(value)).toEqual({ ok: true, value: expected }),
  );

  it.each([[[]], [[7, -1]], ['weekdays'], [null]])('quiet days %j ask for a day', (days) =>
    expect(checkQuietRange({ start: '09:00', end: '17:00', days })).toEqual({
      ok: false,
      message: 'Please pick at least one day.',
    }),
  );

  it('checks the times before the days', () => {
    const checked = checkQuietRange({ start: '09:00', end: '09:00', days: [] });
    expect(!checked.ok && checked.message).toMatch(/same time/);
  });

  it('says plainly when start and end are the same', () => {
    const checked = checkQuietRange({ start: '09:00', end: '09:00' });
    expect(!checked.ok && checked.message).toMatch(/same time/);
  });

  it('needs at least one kind on', () => {
    expect(checkKindsOff([...categories]).ok).toBe(false);
    expect(checkKindsOff([...allKindsBut('kind-act'), 'nope'])).toEqual({
      ok: true,
      value: allKindsBut('kind-act'),
    });
  });

  it.each([
    [[], []],
    [
      ['touch', 'reassurance', 'touch'],
      ['reassurance', 'touch'],
    ],
    [['nope'], []],
  ])('kinds off %j are kept as %j: known ones, once each, in the usual order', (value, off) =>
    expect(checkKindsOff(value)).toEqual({ ok: true, value: off }),
  );

  it.each(['touch', null, { touch: true }])('kinds off %j are not a list', (value) =>
    expect(checkKindsOff(value).ok).toBe(false),
  );
});

describe('repairPreferences', () => {
  it.each([undefined, null, 'oops', 42, [], {}])('%j becomes the defaults', (raw) => {
    expect(repairPreferences(raw)).toEqual(defaultPreferences);
  });

  it('keeps good fields and repairs bad ones, one by one', () => {
    const repaired = repairPreferences({
      partnerName: '  Sam ',
      perDay: 'lots',
      maxPerDay: 8,
      quietHours: [{ start: '22:00', end: '06:00' }, { start: '10:00', end: '10:00' }, 'x'],
      kindsOff: [...allKindsBut('kind-act'), 'unknown'],
      delivery: 'carrier-pigeon',
      pausedUntil: 'soon',
      somethingOld: true,
    });
    expect(repaired).toEqual({
      ...defaultPreferences,
      partnerName: 'Sam',
      maxPerDay: 8,
      quietHours: [{ start: '22:00', end: '06:00' }],
      kindsOff: allKindsBut('kind-act'),
    });
  });

  it('keeps days of the week, and drops a range whose days are gone', () => {
    const quietHours = repairPreferences({
      quietHours: [
        { start: '09:00', end: '17:00', days: [5, 1, 2, 3, 4] },
        { start: '22:00', end: '06:00', days: [] },
        { start: '21:30', end: '07:30' },
      ],
    }).quietHours;
    expect(quietHours).toEqual([
      { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
      { start: '21:30', end: '07:30' },
    ]);
  });

  it('keeps an empty quiet list: the person chose no quiet hours', () => {
    expect(repairPreferences({ quietHours: [] }).quietHours).toEqual([]);
  });

  it('an over-long stored name falls back to no name rather than a cut one', () => {
    expect(repairPreferences({ partnerName: 'x'.repeat(80) }).partnerName).toBe('');
  });

  it.each([
    [{}, 'system'],
    [{ theme: 'dark' }, 'dark'],
    [{ theme: 'light' }, 'light'],
    [{ theme: 'system' }, 'system'],
    [{ theme: 'sepia' }, 'system'],
    [{ theme: null }, 'system'],
  ])('appearance in %j reads as %s', (raw, theme) =>
    expect(repairPreferences(raw).theme).toBe(theme),
  );

  it('preferences saved before there was an appearance choice keep everything else', () => {
    const old = { ...defaultPreferences, partnerName: 'Sam', perDay: 7 } as Record<string, unknown>;
    delete old.theme;
    expect(repairPreferences(old)).toEqual({
      ...defaultPreferences,
      partnerName: 'Sam',
      perDay: 7,
      theme: 'system',
    });
  });

  // Fields with no check of their own (a new preference needs none): one of their choices, or
  // a value of their default's type, else the default.
  it.each<[string, unknown, unknown]>([
    ['waitDuringCalls', true, true],
    ['waitDuringCalls', false, false],
    ['waitDuringCalls', 'yes', false],
    ['delivery', 'badge', 'badge'],
    ['delivery', 'pigeon', 'popup'],
    ['flirty', 'bold', 'bold'],
    ['flirty', 2, 'sweet'],
    ['theme', 'dark', 'dark'],
  ])('%s stored as %j reads as %j', (field, value, expected) => {
    expect(repairPreferences({ [field]: value })).toEqual({
      ...defaultPreferences,
      [field]: expected,
    });
  });
});
