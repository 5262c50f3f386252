import { describe, expect, it } from 'vitest';
import { readyKey } from '@/utils/popup/ready/ready-key';
import { defaultPreferences } from '@/utils/storage/preferences';
import type { CustomNudge } from '@/utils/library/nudge';
import type { PickState } from '@/utils/storage/pick-state';

const own: CustomNudge = { id: 'custom-1', category: 'kind-act', text: 'Make {partner} tea.' };
const state: Pick<PickState, 'custom' | 'energy'> = { custom: [own], energy: null };
const key = readyKey(defaultPreferences, state, 'kind-act-01');

describe('readyKey', () => {
  it('is the same for the same preferences and state', () => {
    expect(readyKey({ ...defaultPreferences }, { ...state }, 'kind-act-01')).toBe(key);
  });

  it.each([
    ['the name', { ...defaultPreferences, partnerName: 'Alex' }, state],
    ['the kinds', { ...defaultPreferences, kindsOff: ['touch' as const] }, state],
    ['the message language', { ...defaultPreferences, messageLanguage: 'de' as const }, state],
    ['how flirty', { ...defaultPreferences, flirty: 'off' as const }, state],
    [
      'today’s answer',
      defaultPreferences,
      { ...state, energy: { level: 'rough' as const, day: 1 } },
    ],
  ])('changes with %s', (_what, prefs, changed) => {
    expect(readyKey(prefs, changed, 'kind-act-01')).not.toBe(key);
  });

  it('follows an own nudge as written only for that nudge', () => {
    const edited = { ...state, custom: [{ ...own, text: 'Make {partner} coffee.' }] };
    expect(readyKey(defaultPreferences, edited, 'custom-1')).not.toBe(
      readyKey(defaultPreferences, state, 'custom-1'),
    );
    // Another nudge written or changed leaves a library idea good.
    expect(readyKey(defaultPreferences, edited, 'kind-act-01')).toBe(key);
  });
});
