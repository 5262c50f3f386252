import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions, seeded, storedPreferences } from './render-options';
import { MAX_QUIET_RANGES } from '@/utils/storage/preferences';
import { RETRY_MS, SAVE_GAP_MS } from '@/utils/storage/preferences-store';

// Issue 14, item 9: storage.sync allows 120 writes a minute, 1,800 an hour and 8 KB an item,
// and rejects past them. fakeBrowser has no quotas: the rejections are Chrome's, simulated.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const BUSY = /Lots of changes in a short time/;
const FULL = /no longer fit/;
const perDay = (): HTMLInputElement => screen.getByLabelText('About how many nudges a day');
const arrowUp = (value: number): void =>
  void fireEvent.input(perDay(), { target: { value: String(value) } });

describe('storage.sync limits on the options page', () => {
  it('an arrow key held for 10 s writes under 120 times a minute, and the last value lands', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await renderOptions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const start = Date.now();
    // Key repeat, 30 a second: 1…12 over and over, ending on 6.
    for (let i = 0; i < 300; i++) {
      arrowUp(1 + ((i + 6) % 12));
      await vi.advanceTimersByTimeAsync(33);
    }
    await waitFor(async () => expect((await storedPreferences()).perDay).toBe(6));
    const perMinute = (set.mock.calls.length * 60_000) / (Date.now() - start);
    expect(perMinute).toBeLessThanOrEqual(60_000 / SAVE_GAP_MS + 6);
    expect(perMinute).toBeLessThan(120);
    // 300 renders: slow on a loaded 2-core machine, so more time than the default 5 s.
  }, 30_000);

  it('too many writes: says so, keeps the change, does not hide it for another field, retries', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await renderOptions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    set.mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    arrowUp(9);
    expect((await screen.findByRole('alert')).textContent).toMatch(BUSY);
    expect(perDay().value).toBe('9');
    // Another field changed meanwhile: the warning stays until the count is stored too.
    fireEvent.click(screen.getByRole('radio', { name: /Off/ }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(screen.getByRole('alert').textContent).toMatch(BUSY);
    expect((await storedPreferences()).perDay).toBe(seeded.perDay);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await storedPreferences()).toMatchObject({ perDay: 9, flirty: 'off' });
  });

  it('a full store says what to do (not "try again in a minute") and keeps the change', async () => {
    await renderOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    arrowUp(9);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(FULL);
    expect(alert.textContent).toMatch(/remov/i);
    expect(alert.textContent).not.toMatch(/minute/);
    expect(perDay().value).toBe('9');
    // Removing a range makes room: that write takes the kept change along.
    fireEvent.click(screen.getByRole('button', { name: 'Remove quiet time 1' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await storedPreferences()).toMatchObject({ perDay: 9, quietHours: [] });
  });

  // A change kept after a failed save lives only in this page (issue 14): closing it then
  // would lose the change without a word, so the browser asks first. Not while all is saved.
  it('asks before the page closes while a change waits unsaved, and not once it is saved', async () => {
    const leaving = (): boolean => {
      const event = new Event('beforeunload', { cancelable: true });
      dispatchEvent(event);
      return event.defaultPrevented;
    };
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await renderOptions();
    expect(leaving()).toBe(false);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    arrowUp(9);
    await screen.findByRole('alert');
    expect(leaving()).toBe(true);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(leaving()).toBe(false);
  });

  it(`there can be no more than ${MAX_QUIET_RANGES} quiet ranges, and the page says so`, async () => {
    await renderOptions();
    const add = (): HTMLElement | null => screen.queryByRole('button', { name: 'Add quiet time' });
    for (let i = 0; i < MAX_QUIET_RANGES + 5 && add(); i++) fireEvent.click(add()!);
    expect(screen.getAllByLabelText(/^Quiet time \d+ from$/)).toHaveLength(MAX_QUIET_RANGES);
    screen.getByText(
      `That is as many quiet times as there can be (${MAX_QUIET_RANGES}). To add another, remove one first.`,
    );
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toHaveLength(MAX_QUIET_RANGES),
    );
  });
});
