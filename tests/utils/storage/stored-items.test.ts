import { describe, expect, it } from 'vitest';
import * as storage from '@/utils/storage/storage';
import type { StoredItem, StoredRole } from '@/utils/storage/stored-item';
import { storedItems } from '@/utils/storage/stored-items';

/** Every stored item storage.ts exports, by its export name. */
const isStoredItem = (value: unknown): value is StoredItem<unknown> =>
  typeof value === 'object' && value !== null && 'key' in value && 'getValue' in value;
const exported = Object.entries(storage as Record<string, unknown>).flatMap(([name, value]) =>
  isStoredItem(value) ? [[name, value] as const] : [],
);
const registered = Object.entries(storedItems).flatMap(([role, group]) =>
  Object.entries(group).map(([name, item]: [string, StoredItem<unknown>]) => ({
    role,
    name,
    item,
  })),
);

describe('storedItems: every stored item states its role once', () => {
  it('finds the stored items storage.ts exports', () => {
    expect(exported.length).toBeGreaterThanOrEqual(12);
  });

  it.each(exported)('%s has a role', (_name, item) => {
    expect(registered.filter((entry) => entry.item === item)).toHaveLength(1);
  });

  it.each(registered.map((entry) => [entry.name, entry.item.key] as const))(
    '%s is named as in its key (%s)',
    (name, key) => expect(key.split(':')[1]).toBe(name),
  );

  it('holds nothing storage.ts does not export', () => {
    const items = new Set<unknown>(exported.map(([, item]) => item));
    expect(registered.filter((entry) => !items.has(entry.item))).toEqual([]);
  });

  it.each<[StoredRole, string[]]>([
    [
      'record',
      ['sync:preferences', 'local:customNudges', 'local:learnedWeights', 'local:hiddenNudges'],
    ],
    [
      'runtime',
      [
        'local:pendingNudge',
        'local:popupShown',
        'local:snoozedUntil',
        'local:heldNudge',
        'local:energy',
        'local:nudgeBag',
      ],
    ],
    ['alarm', ['local:nextNudgeAt', 'local:lastHandledAlarm', 'local:ritualsDone']],
    ['install', ['local:welcomeShown']],
  ])('%s: %j', (role, keys) => {
    expect(Object.values(storedItems[role]).map((item: StoredItem<unknown>) => item.key)).toEqual(
      keys,
    );
  });
});
