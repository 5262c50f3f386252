import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions, seeded, storedPreferences } from './render-options';
import { CALL_SITE_PATTERNS } from '@/utils/schedule/hold-rules';

/** fakeBrowser has no permissions API: this one answers the prompt as told. */
function fakePermissions(answer: boolean | Error) {
  const permissions = {
    request: vi.fn(() =>
      answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
    ),
    remove: vi.fn().mockResolvedValue(true),
  };
  Object.assign(fakeBrowser, { permissions });
  return permissions;
}

afterEach(() => {
  cleanup();
  Object.assign(fakeBrowser, { permissions: undefined });
});

const box = (): HTMLInputElement =>
  screen.getByRole('checkbox', { name: /Wait while I’m on a call or watching something/ });

describe('Wait while I’m on a call', () => {
  it('is off by default and says what it would look at', async () => {
    await renderOptions({ ...seeded, waitDuringCalls: false });
    expect(box().checked).toBe(false);
    expect(box().getAttribute('aria-describedby')).toBe('calls-hint');
    expect(screen.getByText(/nothing leaves your computer/)).toBeTruthy();
  });

  it('asks for the call sites only, then saves and says so', async () => {
    const permissions = fakePermissions(true);
    await renderOptions({ ...seeded, waitDuringCalls: false });
    fireEvent.click(box());
    expect(permissions.request).toHaveBeenCalledWith({ origins: [...CALL_SITE_PATTERNS] });
    await waitFor(async () => expect((await storedPreferences()).waitDuringCalls).toBe(true));
    expect(await screen.findByText(/wait while a call site is in front/)).toBeTruthy();
    expect(await storedPreferences()).toEqual({ ...seeded, waitDuringCalls: true });
  });

  it.each([false, new Error('no permissions API')])(
    'when the browser says no (%s), still waits for sound, and says that kindly',
    async (answer) => {
      fakePermissions(answer);
      await renderOptions({ ...seeded, waitDuringCalls: false });
      fireEvent.click(box());
      expect(await screen.findByText(/wait while a tab plays sound/)).toBeTruthy();
      expect((await storedPreferences()).waitDuringCalls).toBe(true);
    },
  );

  it('turning it off saves at once and gives the permission back', async () => {
    const permissions = fakePermissions(true);
    await renderOptions({ ...seeded, waitDuringCalls: true });
    expect(box().checked).toBe(true);
    fireEvent.click(box());
    await waitFor(async () => expect((await storedPreferences()).waitDuringCalls).toBe(false));
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [...CALL_SITE_PATTERNS] });
  });
});
