import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPreferences } from '@/utils/storage/preferences';
import {
  createPreferencesSaver,
  loadPreferences,
  RETRY_MS,
  SAVE_GAP_MS,
  savePreferences,
  saveProblem,
} from '@/utils/storage/preferences-store';
import { preferencesStorage } from '@/utils/storage/storage';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** What storage.sync holds under `preferences`, as written (unknown fields too). */
const rawStored = async (): Promise<Record<string, unknown>> =>
  (await fakeBrowser.storage.sync.get('preferences')).preferences as Record<string, unknown>;

// fakeBrowser's storage has no quotas: these are the errors Chrome's storage.sync rejects with.
const busy = (): Error => new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
const full = (): Error => new Error('QUOTA_BYTES_PER_ITEM quota exceeded');

describe('savePreferences', () => {
  it('keeps both of two changes saved at once (each builds on the one before)', async () => {
    await Promise.all([savePreferences({ partnerName: 'Robin' }), savePreferences({ perDay: 7 })]);
    const saved = await loadPreferences();
    expect(saved.partnerName).toBe('Robin');
    expect(saved.perDay).toBe(7);
  });

  it('goes on saving after a save that failed', async () => {
    vi.spyOn(preferencesStorage, 'setValue').mockRejectedValueOnce(new Error('quota'));
    await expect(savePreferences({ perDay: 3 })).rejects.toThrow('quota');
    await savePreferences({ perDay: 5 });
    expect((await loadPreferences()).perDay).toBe(5);
  });

  it('applies a change made as a function to the value stored when it is written', async () => {
    await savePreferences({ kindsOff: ['touch'] });
    const save = savePreferences((p) => ({ kindsOff: [...p.kindsOff, 'tiny-date'] }));
    // Written behind its back (another tab) before the queued change runs.
    await preferencesStorage.setValue({ ...defaultPreferences, kindsOff: ['touch', 'you-time'] });
    await save;
    expect((await loadPreferences()).kindsOff).toEqual(['touch', 'tiny-date', 'you-time']);
  });

  it('keeps fields a newer Still Us stored, which this one does not know', async () => {
    await fakeBrowser.storage.sync.set({
      preferences: { ...defaultPreferences, perDay: 2, glowColour: 'teal' },
      preferences$: { v: 3 },
    });
    await savePreferences({ perDay: 9 });
    expect(await rawStored()).toEqual({ ...defaultPreferences, perDay: 9, glowColour: 'teal' });
  });

  it('never writes the defaults over a value it could not read', async () => {
    await savePreferences({ perDay: 9 });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('disk'));
    await expect(savePreferences({ flirty: 'off' })).rejects.toThrow('disk');
    expect(await rawStored()).toEqual({ ...defaultPreferences, perDay: 9 });
  });

  it('stores what passes the checks: a list of quiet ranges too long is cut', async () => {
    const quietHours = Array.from({ length: 30 }, () => ({ start: '01:00', end: '02:00' }));
    await savePreferences({ quietHours });
    expect((await loadPreferences()).quietHours).toHaveLength(20);
  });
});

describe('saveProblem', () => {
  it.each([
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'busy'],
    ['MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded', 'busy'],
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'full'],
    ['QUOTA_BYTES quota exceeded', 'full'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'full'],
    ['Extension context invalidated.', 'failed'],
  ])('%s is %s', (text, problem) => expect(saveProblem(new Error(text))).toBe(problem));
});

describe('createPreferencesSaver', () => {
  const setup = () => {
    vi.useFakeTimers();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const onChange = vi.fn();
    return { set, onChange, saver: createPreferencesSaver(onChange) };
  };

  it('holding an arrow key writes once at once, then once per gap with the latest value', async () => {
    const { set, saver } = setup();
    // 30 key repeats a second for 10 s: 300 changes.
    for (let i = 0; i < 300; i++) {
      saver.save({ perDay: 1 + (i % 12) });
      await vi.advanceTimersByTimeAsync(33);
    }
    await vi.advanceTimersByTimeAsync(SAVE_GAP_MS);
    expect(set.mock.calls.length).toBeLessThanOrEqual(Math.ceil(10_000 / SAVE_GAP_MS) + 2);
    expect(set.mock.calls.length * (60_000 / 10_000)).toBeLessThan(120);
    expect((await loadPreferences()).perDay).toBe(1 + (299 % 12));
  });

  it('shows the changes not yet written, and writes them on flush', async () => {
    const { set, saver } = setup();
    saver.save({ perDay: 2 });
    saver.save({ perDay: 3 });
    expect(saver.shown(defaultPreferences).perDay).toBe(3);
    await vi.advanceTimersByTimeAsync(0);
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(set).toHaveBeenCalledTimes(2);
    expect((await loadPreferences()).perDay).toBe(3);
  });

  it('after too many writes, keeps the changes, says so, and tries again by itself', async () => {
    const { set, saver, onChange } = setup();
    set.mockRejectedValueOnce(busy());
    saver.save({ perDay: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.problem).toBe('busy');
    // Another field's change does not hide the problem: it waits with the first one.
    saver.save({ flirty: 'off' });
    await vi.advanceTimersByTimeAsync(SAVE_GAP_MS);
    expect(saver.problem).toBe('busy');
    expect(saver.shown(defaultPreferences)).toMatchObject({ perDay: 2, flirty: 'off' });
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(saver.problem).toBeNull();
    expect(await loadPreferences()).toMatchObject({ perDay: 2, flirty: 'off' });
    expect(set).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenCalled();
  });

  it('a full store is not retried on its own; the next change tries with everything kept', async () => {
    const { set, saver } = setup();
    set.mockRejectedValueOnce(full());
    saver.save({ perDay: 2 });
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(saver.problem).toBe('full');
    expect(set).toHaveBeenCalledTimes(1);
    saver.save({ quietHours: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.problem).toBeNull();
    expect(await loadPreferences()).toMatchObject({ perDay: 2, quietHours: [] });
  });
});
