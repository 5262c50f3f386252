import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DELIVERY,
  QUIET,
  nameInput,
  press,
  quietFrom,
  renderWelcome,
  stepHeading,
  storedPreferences,
  typeInto,
} from './render-welcome';
import { defaultPreferences, type Preferences } from '@/utils/storage/preferences';
import { preferencesStorage } from '@/utils/storage/storage';

// Issue 14, item 8: the welcome tab stays open while settings change elsewhere (the options
// page, or sync from another device); it writes only what was answered here.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const elsewhere = async (change: Partial<Preferences>): Promise<void> =>
  preferencesStorage.setValue({ ...(await storedPreferences()), ...change });

const lunch = { start: '12:30', end: '13:30', days: [1, 2, 3, 4, 5] };

describe('Welcome, with settings changed elsewhere', () => {
  it('the quiet step sets its times on the ranges as they are now, keeping one added elsewhere', async () => {
    await renderWelcome({ partnerName: 'Sam' });
    press('Next');
    await stepHeading(QUIET);
    await elsewhere({ quietHours: [{ start: '21:30', end: '07:30', days: [0, 6] }, lunch] });
    typeInto(quietFrom(), '22:00');
    press('Next');
    await stepHeading(DELIVERY);
    expect((await storedPreferences()).quietHours).toEqual([
      { start: '22:00', end: '07:30', days: [0, 6] },
      lunch,
    ]);
  });

  it('an answer not edited here follows storage, and is not written back over it', async () => {
    await renderWelcome();
    await elsewhere({ partnerName: 'Robin', quietHours: [{ start: '23:00', end: '06:00' }] });
    await waitFor(() => expect(nameInput().value).toBe('Robin'));
    press('Next');
    await stepHeading(QUIET);
    expect(quietFrom().value).toBe('23:00');
    press('Next');
    await stepHeading(DELIVERY);
    expect(await storedPreferences()).toEqual({
      ...defaultPreferences,
      partnerName: 'Robin',
      quietHours: [{ start: '23:00', end: '06:00' }],
    });
  });

  it('an answer being typed keeps what was typed', async () => {
    await renderWelcome();
    typeInto(nameInput(), 'Sa');
    await elsewhere({ partnerName: 'Robin' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(nameInput().value).toBe('Sa');
  });

  it('a full store says what to do about it, not to try again in a moment', async () => {
    await renderWelcome();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    typeInto(nameInput(), 'Sam');
    press('Next');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/no longer fit/);
    expect(alert.textContent).not.toMatch(/try again/);
  });
});
