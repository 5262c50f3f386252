import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { categories, type Category } from '@/utils/library/nudge';
import { defaultPreferences } from '@/utils/storage/preferences';
import { loadPreferences } from '@/utils/storage/preferences-store';
import { preferencesStorage } from '@/utils/storage/storage';

/** The five kinds there were before v2. */
const V1_KINDS: Category[] = ['reassurance', 'kind-act', 'flirty-text', 'send-a-laugh', 'check-in'];
/** The six that came with v2, in the order they are added. */
const NEW_KINDS: Category[] = [
  'name-it',
  'appreciation',
  'touch',
  'mental-load',
  'tiny-date',
  'you-time',
];

/** Preferences as version 1 stored them: every field unlike the defaults, and no flirty level. */
const v1 = {
  partnerName: 'Robin',
  perDay: 3,
  maxPerDay: 5,
  quietHours: [{ start: '22:00', end: '06:30' }],
  categories: V1_KINDS,
  delivery: 'notification',
  pausedUntil: 1_780_000_000_000,
};

/** Stores `value` the way v1 of `sync:preferences` did: the value, and `preferences$` = { v: 1 }. */
async function storeV1(value: unknown, meta: 'with-meta' | 'no-meta' = 'with-meta'): Promise<void> {
  await fakeBrowser.storage.sync.set({
    preferences: value,
    ...(meta === 'with-meta' && { preferences$: { v: 1 } }),
  });
}

describe('sync:preferences, v1 → v2', () => {
  it.each(['with-meta', 'no-meta'] as const)(
    'adds the six new kinds and keeps every other field (%s)',
    async (meta) => {
      await storeV1(v1, meta);
      const migrated = await preferencesStorage.getValue();
      expect(migrated).toEqual({ ...v1, categories: [...V1_KINDS, ...NEW_KINDS] });
      expect(migrated.categories).toEqual([...categories]);
    },
  );

  it('saves the migrated value as v2, so it runs only once', async () => {
    await storeV1(v1);
    await preferencesStorage.getValue();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      preferences: { ...v1, categories: [...V1_KINDS, ...NEW_KINDS] },
      preferences$: { v: 2 },
    });
  });

  it('adds the new kinds after the ones someone had chosen', async () => {
    await storeV1({ ...v1, categories: ['check-in', 'kind-act'] });
    expect((await preferencesStorage.getValue()).categories).toEqual([
      'check-in',
      'kind-act',
      ...NEW_KINDS,
    ]);
  });

  it('adds no kind twice', async () => {
    await storeV1({ ...v1, categories: ['touch', 'kind-act', 'you-time'] });
    expect((await preferencesStorage.getValue()).categories).toEqual([
      'touch',
      'kind-act',
      'you-time',
      'name-it',
      'appreciation',
      'mental-load',
      'tiny-date',
    ]);
  });

  it('never brings back kinds turned off after v2', async () => {
    await fakeBrowser.storage.sync.set({
      preferences: { ...v1, categories: ['kind-act'] },
      preferences$: { v: 2 },
    });
    expect((await preferencesStorage.getValue()).categories).toEqual(['kind-act']);
  });

  it.each([
    ['no categories field', { partnerName: 'Robin' }],
    ['categories that are not a list', { partnerName: 'Robin', categories: 'all' }],
    ['a value that is not an object', 'Robin'],
  ])('leaves a v1 value with %s as it was', async (_case, value) => {
    await storeV1(value);
    expect(await preferencesStorage.getValue()).toEqual(value);
  });

  it('loadPreferences reads a v1 value with the new kinds on, and fields v1 lacked at their defaults', async () => {
    await storeV1(v1);
    const loaded = await loadPreferences();
    expect(loaded).toEqual({ ...defaultPreferences, ...v1, categories: [...categories] });
    expect(loaded).toMatchObject({ flirty: 'sweet', workHours: null });
  });
});
