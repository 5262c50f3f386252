import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOLD_ALARM, NUDGE_ALARM } from '@/utils/delivery/arm-next-nudge';
import { CHECK_ALARM, handleAlarm } from '@/utils/delivery/handle-alarm';
import { clearHistory, readHistory } from '@/utils/history/history';
import { HOUR, MINUTE } from '@/utils/time/local-time';
import { heldNudgeStorage, nextNudgeAtStorage, pendingNudgeStorage } from '@/utils/storage/storage';
import { markPopupShown } from '@/utils/popup/popup-shown';
import { isPendingNudge } from '@/utils/library/shown-nudge';

// Issue 14, "the worker stopped between the alarm and the popup request": the worker dies at
// each browser call of the alarm path in turn (that call and every later one never answer).
// The fired alarm is gone by then, as in Chrome. A new worker must find an alarm that comes
// back soon (or the nudge already recorded and the next one armed); when that alarm fires,
// the nudge comes and is recorded exactly once, and the next nudge is armed. The nudge the
// person saw (a popup opens and paints once openPopup is called) is the one recorded: a
// retry finishes that delivery rather than showing a second nudge.

const noon = new Date(2026, 5, 10, 12, 0).getTime();
let calls = 0;
let dieAt = 0; // the call number at which the worker stops (1-based); 0: it never does
const dead = (): boolean => dieAt > 0 && calls >= dieAt;
/** The popup page's own calls: they neither count nor stop with the worker. */
let popupSide = false;
/** The toolbar popup's path as the worker last set it, and the ids of nudges painted. */
let popupPath = '';
let seen: string[] = [];

/** Counts a call; from `dieAt` on, nothing answers (a stopped worker). */
function step<T>(run: () => T): T {
  if (popupSide) return run();
  calls++;
  if (dead()) return new Promise(() => {}) as T;
  return run();
}

beforeEach(() => {
  fakeBrowser.reset();
  calls = 0;
  dieAt = 0;
  // Web Locks as the browser keeps them: a stopped worker lets go of what it held, so one
  // stopped mid-write never blocks the next worker. No two tasks run at once here.
  Object.defineProperty(navigator, 'locks', {
    configurable: true,
    value: { request: (_name: string, task: () => Promise<unknown>) => task() },
  });
  const apis = [
    [fakeBrowser.storage.local, ['get', 'set', 'remove']],
    [fakeBrowser.storage.sync, ['get', 'set', 'remove']],
    [fakeBrowser.alarms, ['get', 'create', 'clear']],
  ] as const;
  for (const [api, methods] of apis) {
    for (const method of methods) {
      const target = api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const original = target[method]!.bind(api);
      vi.spyOn(target, method).mockImplementation((...args) => step(() => original(...args)));
    }
  }
  for (const method of ['openCursor', 'put'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      calls++;
      // A request that is never made: its transaction ends with nothing written.
      if (dead()) throw new DOMException('the worker stopped (injected)', 'AbortError');
      return original.apply(this, args);
    } as never);
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'locks');
});

/** The alarm fires (Chrome removes a one-shot alarm as it fires) and is handled at `now`. */
async function fire(name: string, now: number): Promise<void> {
  await fakeBrowser.alarms.clear(name);
  await handleAlarm({ name, scheduledTime: now }, now);
}

const cases = {
  'a nudge due now': { alarm: NUDGE_ALARM, setUp: async () => {} },
  'a held nudge whose moment came': {
    alarm: HOLD_ALARM,
    setUp: () =>
      heldNudgeStorage.setValue({ since: noon - HOUR, reason: 'away', clearSince: noon - MINUTE }),
  },
};

async function run(c: (typeof cases)[keyof typeof cases], die: number): Promise<void> {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { idle: { queryState: async () => 'active' } });
  // A popup opens once openPopup is called, paints the nudge in its URL and marks it, even
  // when the worker stops before the call answers.
  seen = [];
  const setPopup = fakeBrowser.action.setPopup.bind(fakeBrowser.action);
  fakeBrowser.action.setPopup = vi.fn((details: { popup: string }) => {
    popupPath = details.popup;
    return setPopup(details);
  });
  fakeBrowser.action.openPopup = vi.fn(() => {
    const painted: unknown = JSON.parse(decodeURIComponent(popupPath.split('#')[1] ?? 'null'));
    if (isPendingNudge(painted)) {
      seen.push(painted.id);
      popupSide = true;
      void markPopupShown(painted, painted.shownAt);
      popupSide = false;
    }
    return step(() => Promise.resolve());
  });
  dieAt = 0;
  await clearHistory();
  await c.setUp();
  // As the worker left it when it armed this alarm.
  await nextNudgeAtStorage.setValue(c.alarm === NUDGE_ALARM ? noon : null);
  await fakeBrowser.alarms.clear(c.alarm);
  calls = 0;
  dieAt = die;
  const handled = handleAlarm({ name: c.alarm, scheduledTime: noon }, noon);
  // Long enough for every step that still answers (fake-indexeddb runs on timers).
  await Promise.race([handled, new Promise((r) => setTimeout(r, 30))]);
  dieAt = 0;
}

describe.each(Object.entries(cases))('%s, the worker stopped at each call in turn', (_, c) => {
  it('a new worker comes back for it: shown once, recorded once, the next one armed', async () => {
    await run(c, 0);
    const total = calls;
    expect(total).toBeGreaterThan(5);
    for (let die = 1; die <= total; die++) {
      await run(c, die);
      const where = `stopped at call ${die} of ${total}`;
      const recorded = (await readHistory()).some((e) => e.action === 'shown');
      // Stopped before the retry was armed (its first two calls), nothing else was done
      // either: the periodic check puts the nudge back.
      if (die <= 2) {
        expect(await pendingNudgeStorage.getValue(), where).toBeNull();
        await handleAlarm({ name: CHECK_ALARM, scheduledTime: noon }, noon);
      }
      const alarms = await fakeBrowser.alarms.getAll();
      const soon = alarms.find((a) => a.scheduledTime <= noon + 2 * MINUTE);
      // Either the nudge is on record and the next is armed, or an alarm comes back soon.
      if (recorded) expect(alarms.length, where).toBeGreaterThan(0);
      else expect(soon, `${where}: an alarm that comes back soon`).toBeDefined();
      // Time passes: the alarm it left fires.
      if (soon) await fire(soon.name, soon.scheduledTime);
      const shown = (await readHistory()).filter((e) => e.action === 'shown');
      expect(shown, where).toHaveLength(1);
      // What the person saw is what is on record, once: no second nudge after the stop, nor
      // the painted one shown again.
      expect(seen, `${where}: nudges seen`).toEqual([shown[0]!.id]);
      expect(shown[0]!.delivery, where).toBe('popup');
      expect((await pendingNudgeStorage.getValue())?.shownAt, where).toBe(shown[0]!.at);
      expect(await heldNudgeStorage.getValue(), where).toBeNull();
      const next = await fakeBrowser.alarms.get(NUDGE_ALARM);
      expect(next?.scheduledTime, where).toBeGreaterThan(noon + 29 * MINUTE);
    }
  });
});

describe('a waiting nudge that is not a cut-short delivery', () => {
  const waiting = { id: 'check-in-01', category: 'check-in', text: 'How was your day?' } as const;
  it.each([
    ['opened by hand', { shownAt: noon - MINUTE, delivery: 'manual' }],
    ['older than a few minutes', { shownAt: noon - 6 * MINUTE, delivery: 'popup' }],
    ['dated after now (a clock that ran ahead)', { shownAt: noon + MINUTE, delivery: 'popup' }],
  ] as const)('%s: the alarm draws a fresh nudge', async (_, rest) => {
    await run(cases['a nudge due now'], 0);
    await clearHistory();
    await pendingNudgeStorage.setValue({ ...waiting, ...rest });
    seen = [];
    await fire(NUDGE_ALARM, noon + 1);
    const shown = (await readHistory()).filter((e) => e.action === 'shown');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.id).not.toBe(waiting.id);
    expect(seen).toEqual([shown[0]!.id]);
  });
});
