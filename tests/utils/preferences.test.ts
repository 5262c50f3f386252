import { describe, expect, it } from 'vitest';
import {
  checkCategories,
  checkPartnerName,
  checkPerDay,
  checkQuietRange,
  defaultPreferences,
  repairPreferences,
} from '@/utils/preferences';

describe('checks', () => {
  it.each([
    ['  Sam  ', { ok: true, value: 'Sam' }],
    ['Ana  María', { ok: true, value: 'Ana María' }],
    ['x'.repeat(40), { ok: true, value: 'x'.repeat(40) }],
  ])('partner name %j is fine', (value, expected) =>
    expect(checkPartnerName(value)).toEqual(expected),
  );

  it.each(['', '   ', 'x'.repeat(41), 42, null])('partner name %j gets a message', (value) => {
    const checked = checkPartnerName(value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(/please/i);
  });

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

  it('says plainly when start and end are the same', () => {
    const checked = checkQuietRange({ start: '09:00', end: '09:00' });
    expect(!checked.ok && checked.message).toMatch(/same time/);
  });

  it('needs at least one kind on', () => {
    expect(checkCategories([]).ok).toBe(false);
    expect(checkCategories(['kind-act', 'nope'])).toEqual({ ok: true, value: ['kind-act'] });
  });
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
      categories: ['kind-act', 'unknown'],
      delivery: 'carrier-pigeon',
      pausedUntil: 'soon',
      somethingOld: true,
    });
    expect(repaired).toEqual({
      ...defaultPreferences,
      partnerName: 'Sam',
      maxPerDay: 8,
      quietHours: [{ start: '22:00', end: '06:00' }],
      categories: ['kind-act'],
    });
  });

  it('keeps an empty quiet list: the person chose no quiet hours', () => {
    expect(repairPreferences({ quietHours: [] }).quietHours).toEqual([]);
  });

  it('an over-long stored name falls back to no name rather than a cut one', () => {
    expect(repairPreferences({ partnerName: 'x'.repeat(80) }).partnerName).toBe('');
  });
});
