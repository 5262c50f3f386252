import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Tabs, Windows } from 'webextension-polyfill';
import { AWAY_AFTER_SECONDS, readDeliveryContext } from '@/utils/delivery/delivery-context';

afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(fakeBrowser, { idle: undefined });
});

describe('readDeliveryContext', () => {
  it('reads idle (five minutes without input), the focused window and its active tab', async () => {
    const queryState = vi.fn().mockResolvedValue('locked');
    Object.assign(fakeBrowser, { idle: { queryState } });
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockImplementation(
      async () => ({ state: 'fullscreen' }) as Windows.Window,
    );
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(async () => [
        { url: 'https://meet.google.com/x', audible: true } as Tabs.Tab,
      ]);
    expect(await readDeliveryContext()).toEqual({
      idle: 'locked',
      fullscreen: true,
      activeTab: { url: 'https://meet.google.com/x', audible: true },
    });
    expect(queryState).toHaveBeenCalledWith(AWAY_AFTER_SECONDS);
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
  });

  it('answers "nothing in the way" for every question the browser cannot answer', async () => {
    Object.assign(fakeBrowser, { idle: { queryState: () => Promise.reject(new Error('no')) } });
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockRejectedValue(new Error('no window'));
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => {
      throw new Error('sync throw');
    });
    expect(await readDeliveryContext()).toEqual({
      idle: 'active',
      fullscreen: false,
      activeTab: null,
    });
  });

  it('a maximized window is not fullscreen', async () => {
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockImplementation(
      async () => ({ state: 'maximized' }) as Windows.Window,
    );
    expect((await readDeliveryContext()).fullscreen).toBe(false);
  });
});
