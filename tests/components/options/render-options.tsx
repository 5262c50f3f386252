import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { Options } from '@/components/options/Options';
import { allKindsBut } from '../../support/kinds';
import type { Preferences } from '@/utils/storage/preferences';
import { preferencesStorage } from '@/utils/storage/storage';

/** Preferences unlike the defaults in every field, so a test sees which ones a change touched. */
export const seeded: Preferences = {
  partnerName: 'Alex',
  perDay: 5,
  maxPerDay: 8,
  quietHours: [{ start: '22:00', end: '06:30' }],
  kindsOff: allKindsBut('reassurance', 'kind-act'),
  delivery: 'badge',
  notificationWords: 'none',
  pausedUntil: null,
  flirty: 'bold',
  workHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  waitDuringCalls: true,
  theme: 'dark',
  messageLanguage: 'es',
  checkIn: { days: [0, 1, 2, 3, 4, 5, 6], time: '20:45' },
  checkInOverQuiet: true,
  weeklyDate: { days: [5], time: '20:30' },
  babyDate: '2026-03-02',
};

/** Renders the options page over `stored` preferences and waits until it has loaded them. */
export async function renderOptions(stored: Preferences | null = seeded): Promise<void> {
  if (stored) await preferencesStorage.setValue(stored);
  render(<Options />);
  await screen.findByRole('heading', { name: 'Still Us' });
  // The top is there before the preferences are read (as options-paint.js paints it).
  await waitFor(() => {
    if (document.querySelector('main.options[aria-busy]')) throw new Error('still reading');
  });
}

/** Lets pending saves land, so "nothing was saved" is checked after they would have. */
export const settle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const storedPreferences = (): Promise<Preferences> => preferencesStorage.getValue();

/**
 * For every test of the file: only `Date` is fake, at `at` (storage, IndexedDB and waitFor keep
 * their real timers), and the page is taken down after each.
 */
export function clockFrozenAt(at: number): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
}
