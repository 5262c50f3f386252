import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { followTheme } from '@/utils/ui/follow-theme';
import { defaultPreferences, type Preferences } from '@/utils/storage/preferences';
import { savePreferences } from '@/utils/storage/preferences-store';
import { preferencesStorage } from '@/utils/storage/storage';
import { THEME_KEY } from '@/utils/ui/theme';
import { READY_IDEA_KEY } from '@/utils/popup/ready/drop-ready-idea';

const root = document.documentElement;
let stop = (): void => undefined;

afterEach(() => {
  stop();
  localStorage.clear();
  delete root.dataset.theme;
});

describe('followTheme', () => {
  it('applies the synced choice when this device has no copy yet, and keeps one', async () => {
    await preferencesStorage.setValue({ ...defaultPreferences, theme: 'dark' });
    stop = followTheme();
    await waitFor(() => expect(root.dataset.theme).toBe('dark'));
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
  });

  it('corrects a stale copy: the choice was changed on another device', async () => {
    localStorage.setItem(THEME_KEY, 'dark');
    root.dataset.theme = 'dark';
    await preferencesStorage.setValue({ ...defaultPreferences, theme: 'system' });
    stop = followTheme();
    await waitFor(() => expect(root.hasAttribute('data-theme')).toBe(false));
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('follows every later change, from this page or any other', async () => {
    stop = followTheme();
    await savePreferences({ theme: 'light' });
    await waitFor(() => expect(root.dataset.theme).toBe('light'));
    await savePreferences({ theme: 'dark' });
    await waitFor(() => expect(root.dataset.theme).toBe('dark'));
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
  });

  it('reads preferences stored before there was a choice as "match my device"', async () => {
    localStorage.setItem(THEME_KEY, 'light');
    const old: Partial<Preferences> = { ...defaultPreferences };
    delete old.theme;
    await preferencesStorage.setValue(old as Preferences);
    stop = followTheme();
    await waitFor(() => expect(localStorage.getItem(THEME_KEY)).toBeNull());
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('stops when asked', async () => {
    stop();
    stop = followTheme();
    stop();
    await savePreferences({ theme: 'dark' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});

describe('followTheme and the popup’s idea drawn ahead', () => {
  it('drops it when preferences change: it may no longer fit', async () => {
    localStorage.setItem(READY_IDEA_KEY, 'an idea');
    stop = followTheme();
    await new Promise((resolve) => setTimeout(resolve));
    expect(localStorage.getItem(READY_IDEA_KEY)).toBe('an idea');
    await preferencesStorage.setValue({ ...defaultPreferences, partnerName: 'Alex' });
    await waitFor(() => expect(localStorage.getItem(READY_IDEA_KEY)).toBeNull());
  });
});
