import { afterEach, describe, expect, it } from 'vitest';
import {
  applyStoredTheme,
  applyTheme,
  readTheme,
  rememberTheme,
  THEME_KEY,
} from '@/utils/ui/theme';

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

/** A localStorage that refuses everything, as a blocked or full one does. */
const refusing = {
  getItem: (): string | null => {
    throw new Error('SecurityError');
  },
  setItem: (): void => {
    throw new Error('QuotaExceededError');
  },
  removeItem: (): void => {
    throw new Error('SecurityError');
  },
};

describe('readTheme', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    [null, 'system'],
    [undefined, 'system'],
    ['Dark', 'system'],
    [42, 'system'],
  ])('%j → %s', (value, theme) => expect(readTheme(value)).toBe(theme));
});

describe('applyTheme', () => {
  it('marks <html> for light or dark, and clears the mark to follow the device', () => {
    const root = document.documentElement;
    applyTheme('dark');
    expect(root.dataset.theme).toBe('dark');
    applyTheme('light');
    expect(root.dataset.theme).toBe('light');
    applyTheme('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});

describe("this device's copy", () => {
  const root = document.documentElement;

  it('keeps light or dark, and forgets the choice for "match my device"', () => {
    rememberTheme('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    rememberTheme('system');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it.each(['light', 'dark'] as const)('applies "%s" at once, with no wait for sync', (theme) => {
    rememberTheme(theme);
    applyStoredTheme();
    expect(root.dataset.theme).toBe(theme);
  });

  it.each([null, 'neon', 'system'])('leaves the device in charge when it holds %j', (value) => {
    if (value !== null) localStorage.setItem(THEME_KEY, value);
    applyStoredTheme();
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('never throws when storage is refused', () => {
    expect(() => applyStoredTheme(refusing)).not.toThrow();
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(() => rememberTheme('dark', refusing)).not.toThrow();
    expect(() => rememberTheme('system', refusing)).not.toThrow();
  });
});
