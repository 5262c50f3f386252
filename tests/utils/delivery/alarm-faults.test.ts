import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOLD_ALARM, NUDGE_ALARM } from '@/utils/delivery/arm-next-nudge';
import { handleAlarm } from '@/utils/delivery/handle-alarm';
import { clearHistory, readHistory } from '@/utils/history/history';
import { HOUR, MINUTE } from '@/utils/time/local-time';
import { storedItems } from '@/utils/storage/stored-items';
import type { StoredItem } from '@/utils/storage/stored-item';
import { heldNudgeStorage, nextNudgeAtStorage, preferencesStorage } from '@/utils/storage/storage';
import { defaultPreferences } from '@/utils/storage/preferences';

// Fault injection on the alarm path: each storage or IndexedDB call made to fail in turn.
// Whatever fails, a next alarm is left armed and every stored value is still whole.

const noon = new Date(2026, 5, 10, 12, 0).getTime();
const night = new Date(2026, 5, 10, 23, 0).getTime();
let idle: 'active' | 'idle' = 'active';

type Call = `${'local' | 'sync'}.${'get' | 'set' | 'remove'}` | `idb.${'read' | 'write'}`;
let calls: Call[] = [];
let failAt = 0; // the call number to fail (1-based); 0 fails none

function fault(call: Call): void {
  calls.push(call);
  if (calls.length === failAt) throw new Error(`${call} refused (injected)`);
}

beforeEach(() => {
  calls = [];
  failAt = 0;
  idle = 'active';
  Object.assign(fakeBrowser, { idle: { queryState: async () => idle } });
  fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
  for (const area of ['local', 'sync'] as const) {
    for (const method of ['get', 'set', 'remove'] as const) {
      const api = fakeBrowser.storage[area];
      const original = api[method].bind(api) as (...args: unknown[]) => Promise<unknown>;
      vi.spyOn(api, method).mockImplementation((async (...args: unknown[]) => {
        fault(`${area}.${method}`);
        return original(...args);
      }) as never);
    }
  }
  for (const [method, call] of [
    ['openCursor', 'idb.read'],
    ['put', 'idb.write'],
  ] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      fault(call);
      return original.apply(this, args);
    } as never);
  }
});
afterEach(() => vi.restoreAllMocks());

/** Each case: what is stored before, the alarm that fires and when. */
const cases = {
  'a nudge due now': { setUp: async () => {}, alarm: NUDGE_ALARM, now: noon },
  'a nudge due while away': {
    setUp: async () => {
      idle = 'idle';
    },
    alarm: NUDGE_ALARM,
    now: noon,
  },
  'a held nudge that comes now': {
    setUp: () =>
      heldNudgeStorage.setValue({ since: noon - HOUR, reason: 'away', clearSince: noon - MINUTE }),
    alarm: HOLD_ALARM,
    now: noon,
  },
  'a nudge due in quiet hours': { setUp: async () => {}, alarm: NUDGE_ALARM, now: night },
};
type Case = (typeof cases)[keyof typeof cases];

async function run({ setUp, alarm, now }: Case, fail: number): Promise<void> {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { idle: { queryState: async () => idle } });
  fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
  failAt = 0;
  await clearHistory();
  await setUp();
  await nextNudgeAtStorage.setValue(now);
  calls = [];
  failAt = fail;
  await handleAlarm({ name: alarm, scheduledTime: now }, now);
  failAt = 0;
}

const everyItem: StoredItem<unknown>[] = Object.values(storedItems).flatMap(
  (group): StoredItem<unknown>[] => Object.values(group),
);

describe.each(Object.entries(cases))(
  '%s, each storage or IndexedDB call failing in turn',
  (_, c) => {
    it('leaves a next alarm armed and every stored value whole', async () => {
      await run(c, 0);
      const total = calls.length;
      expect(total).toBeGreaterThan(3);
      for (let fail = 1; fail <= total; fail++) {
        await run(c, fail);
        const failed = `call ${fail} of ${total} (${calls[fail - 1]})`;
        const held = await heldNudgeStorage.getValue();
        const armed = await fakeBrowser.alarms.get(held ? HOLD_ALARM : NUDGE_ALARM);
        expect(armed, failed).toBeDefined();
        expect(armed!.scheduledTime, failed).toBeGreaterThan(c.now);
        if (held) expect(await fakeBrowser.alarms.get(NUDGE_ALARM), failed).toBeUndefined();
        for (const item of everyItem) {
          const [area, name] = item.key.split(':') as ['local' | 'sync', string];
          const raw: unknown = (await fakeBrowser.storage[area].get(name))[name];
          // Written whole or not at all: what is stored reads back as itself through its check.
          if (raw !== undefined) expect(await item.getValue(), `${failed}: ${name}`).toEqual(raw);
        }
        const shown = (await readHistory()).filter((e) => e.action === 'shown');
        expect(shown.length, failed).toBeLessThanOrEqual(1);
      }
    });
  },
);

describe('stored values that are malformed', () => {
  it.each([
    ['a null among hidden nudges', 'local:hiddenNudges', [null, 'reassurance-01']],
    ['hidden nudges that are no list', 'local:hiddenNudges', { oops: true }],
    ['a null among own nudges', 'local:customNudges', [null]],
    ['own nudges that are no list', 'local:customNudges', 'oops'],
    ['a bag with a number for a kind', 'local:nudgeBag', { reassurance: 5 }],
    ['a learned weight of null', 'local:learnedWeights', { reassurance: null }],
    ['an answer of no known level', 'local:energy', { level: 'meh', day: 1 }],
    ['a snooze of 1e300', 'local:snoozedUntil', 1e300],
    ['a waiting nudge of a number', 'local:pendingNudge', 42],
    ['a pause of 1e300', 'sync:preferences', { ...defaultPreferences, pausedUntil: 1e300 }],
  ])('%s: a nudge still comes, and the next is armed', async (_, key, value) => {
    const [area, name] = key.split(':') as ['local' | 'sync', string];
    await fakeBrowser.storage[area].set({ [name]: value });
    expect(await handleAlarm({ name: NUDGE_ALARM, scheduledTime: noon }, noon)).toBe('shown');
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime).toBeGreaterThan(noon);
  });

  it('a pause of 1e300 reads as no pause', async () => {
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: 1e300 });
    const { loadPreferences } = await import('@/utils/storage/preferences-store');
    expect((await loadPreferences()).pausedUntil).toBeNull();
  });
});

describe('IndexedDB refusing to open', () => {
  it('still shows the nudge and arms the next', async () => {
    vi.resetModules();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('refused (injected)', 'UnknownError');
    });
    const fresh = await import('@/utils/delivery/handle-alarm');
    const arm = await import('@/utils/delivery/arm-next-nudge');
    await fresh.handleAlarm({ name: arm.NUDGE_ALARM, scheduledTime: noon }, noon);
    expect((await fakeBrowser.alarms.get(arm.NUDGE_ALARM))!.scheduledTime).toBeGreaterThan(noon);
  });
});
