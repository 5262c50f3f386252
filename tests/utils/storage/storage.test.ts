import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allKindsBut } from '../../support/kinds';
import { categories, type Category } from '@/utils/library/nudge';
import { defaultPreferences } from '@/utils/storage/preferences';
import { preferencesMigrations } from '@/utils/storage/preferences-migrations';
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

/** Every field v1 had but the kinds, unlike the defaults; v1 had no flirty level. */
const fields = {
  partnerName: 'Robin',
  perDay: 3,
  maxPerDay: 5,
  quietHours: [{ start: '22:00', end: '06:30' }],
  delivery: 'notification',
  pausedUntil: 1_780_000_000_000,
};
/** Preferences as version 1 stored them. */
const v1 = { ...fields, categories: V1_KINDS };
/** The same preferences as v3 stores them: the kinds off instead of the kinds on. */
const v3 = { ...fields, kindsOff: [] as Category[] };

/** Stores `value` the way `sync:preferences` did at `version`: the value, and `preferences$` = { v }. */
async function storeAt(
  version: 1 | 2,
  value: unknown,
  meta: 'with-meta' | 'no-meta' = 'with-meta',
): Promise<void> {
  await fakeBrowser.storage.sync.set({
    preferences: value,
    ...(meta === 'with-meta' && { preferences$: { v: version } }),
  });
}
const storeV1 = (value: unknown, meta?: 'with-meta' | 'no-meta') => storeAt(1, value, meta);
const toV2 = preferencesMigrations[2] as (old: unknown) => typeof v1;

describe('sync:preferences, v1 → v2', () => {
  it('adds the six new kinds and keeps every other field', () => {
    const migrated = toV2(v1);
    expect(migrated).toEqual({ ...v1, categories: [...V1_KINDS, ...NEW_KINDS] });
    expect(migrated.categories).toEqual([...categories]);
  });

  it('adds the new kinds after the ones someone had chosen', () => {
    expect(toV2({ ...v1, categories: ['check-in', 'kind-act'] }).categories).toEqual([
      'check-in',
      'kind-act',
      ...NEW_KINDS,
    ]);
  });

  it('adds no kind twice', () => {
    expect(toV2({ ...v1, categories: ['touch', 'kind-act', 'you-time'] }).categories).toEqual([
      'touch',
      'kind-act',
      'you-time',
      'name-it',
      'appreciation',
      'mental-load',
      'tiny-date',
    ]);
  });
});

describe('sync:preferences, v2 → v3: the kinds off are stored, not the ones on', () => {
  it.each<[string, Category[], Category[]]>([
    ['every kind on', [...categories], []],
    ['two kinds on', ['check-in', 'kind-act'], allKindsBut('check-in', 'kind-act')],
    ['one kind on', ['kind-act'], allKindsBut('kind-act')],
  ])('%s', async (_case, on, off) => {
    await storeAt(2, { ...v1, categories: on });
    expect(await preferencesStorage.getValue()).toEqual({ ...v3, kindsOff: off });
  });

  it('saves the migrated value as v3, so it runs only once', async () => {
    await storeAt(2, { ...v1, categories: ['kind-act'] });
    await preferencesStorage.getValue();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      preferences: { ...v3, kindsOff: allKindsBut('kind-act') },
      preferences$: { v: 3 },
    });
  });

  it('ignores a name in the list that was never a kind', async () => {
    await storeAt(2, { ...v1, categories: ['kind-act', 'pigeon'] });
    expect((await preferencesStorage.getValue()).kindsOff).toEqual(allKindsBut('kind-act'));
  });
});

describe('sync:preferences, v1 → v2 → v3', () => {
  it.each(['with-meta', 'no-meta'] as const)(
    'turns on the six new kinds and keeps every other field (%s)',
    async (meta) => {
      await storeV1(v1, meta);
      expect(await preferencesStorage.getValue()).toEqual(v3);
    },
  );

  it('saves the migrated value as v3, so it runs only once', async () => {
    await storeV1(v1);
    await preferencesStorage.getValue();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      preferences: v3,
      preferences$: { v: 3 },
    });
  });

  it('keeps off the v1 kinds someone had turned off, and turns on the new ones', async () => {
    await storeV1({ ...v1, categories: ['check-in', 'kind-act'] });
    expect((await preferencesStorage.getValue()).kindsOff).toEqual([
      'reassurance',
      'flirty-text',
      'send-a-laugh',
    ]);
  });

  it('never brings back kinds turned off after v2', async () => {
    await fakeBrowser.storage.sync.set({
      preferences: { ...v3, kindsOff: allKindsBut('kind-act') },
      preferences$: { v: 3 },
    });
    expect((await preferencesStorage.getValue()).kindsOff).toEqual(allKindsBut('kind-act'));
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
    expect(loaded).toEqual({ ...defaultPreferences, ...v3, kindsOff: [] });
    expect(loaded).toMatchObject({ flirty: 'sweet', workHours: null });
  });
});
