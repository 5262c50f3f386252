import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mayBePaused } from '@/utils/storage/peek-pause';
import { preferencesStorage } from '@/utils/storage/storage';
import { defaultPreferences } from '@/utils/storage/preferences';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();

describe('mayBePaused: the popup’s cheap look at a pause', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sees a pause still to come, stored as preferencesStorage stores it', async () => {
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: NOW + 60_000 });
    expect(await mayBePaused(NOW)).toBe(true);
  });

  it('sees none when nothing is stored, the pause is over, or none is set', async () => {
    expect(await mayBePaused(NOW)).toBe(false);
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: NOW - 1 });
    expect(await mayBePaused(NOW)).toBe(false);
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: null });
    expect(await mayBePaused(NOW)).toBe(false);
  });

  it('reads damaged preferences as no pause, never throwing', async () => {
    await fakeBrowser.storage.sync.set({ preferences: 'not an object' });
    expect(await mayBePaused(NOW)).toBe(false);
    await fakeBrowser.storage.sync.set({ preferences: { pausedUntil: 'tomorrow' } });
    expect(await mayBePaused(NOW)).toBe(false);
  });
});
