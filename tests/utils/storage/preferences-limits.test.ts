import { describe, expect, it } from 'vitest';
import {
  defaultPreferences,
  MAX_QUIET_RANGES,
  repairPreferences,
  withUnknownFields,
} from '@/utils/storage/preferences';

/** `n` different valid quiet ranges, each on one day. */
const ranges = (n: number): { start: string; end: string; days: number[] }[] =>
  Array.from({ length: n }, (_, i) => ({
    start: `${String(i % 24).padStart(2, '0')}:00`,
    end: `${String(i % 24).padStart(2, '0')}:30`,
    days: [i % 7],
  }));

describe('what can grow is capped (storage.sync: 8 KB an item)', () => {
  it('repair keeps the first MAX_QUIET_RANGES quiet ranges (an import repairs too)', () => {
    const repaired = repairPreferences({ quietHours: ranges(400) });
    expect(repaired.quietHours).toEqual(ranges(MAX_QUIET_RANGES));
  });

  it('the largest preferences there can be fit an 8 KB item with room to spare', () => {
    const largest = repairPreferences({
      ...defaultPreferences,
      partnerName: '👨‍👩‍👧‍👦'.repeat(40),
      quietHours: ranges(MAX_QUIET_RANGES).map((r) => ({ ...r, days: [0, 1, 2, 3, 4, 5] })),
      workHours: { days: [0, 1, 2, 3, 4, 5, 6], start: '09:00', end: '17:00' },
    });
    const bytes = new TextEncoder().encode(`preferences${JSON.stringify(largest)}`).length;
    expect(bytes).toBeLessThan(8192 / 2);
  });
});

describe('withUnknownFields (an older Still Us keeps what a newer one added)', () => {
  it('writes the preferences over the stored fields this version does not know', () => {
    const stored = { ...defaultPreferences, perDay: 2, glowColour: 'teal', nested: { a: [1] } };
    const prefs = { ...defaultPreferences, perDay: 9 };
    expect(withUnknownFields(stored, prefs)).toEqual({
      ...prefs,
      glowColour: 'teal',
      nested: { a: [1] },
    });
  });

  it.each([null, undefined, 'oops', 3])('over %j, writes the preferences alone', (raw) =>
    expect(withUnknownFields(raw, defaultPreferences)).toEqual(defaultPreferences),
  );

  it('reading still gives the typed preferences, without the unknown fields', () =>
    expect(repairPreferences({ ...defaultPreferences, glowColour: 'teal' })).toEqual(
      defaultPreferences,
    ));
});
