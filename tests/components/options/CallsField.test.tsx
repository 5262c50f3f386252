import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, storedPreferences } from './render-options';
import { installFakePermissions } from '../../support/fake-permissions';
import { CALL_SITE_PATTERNS } from '@/utils/schedule/hold-rules';

/** The browser's permissions on this device, its prompt answered as told (see the fake). */
const fakePermissions = (answer: boolean | Error) => installFakePermissions(answer).permissions;

afterEach(() => {
  cleanup();
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

  // Permissions are per device: on here by sync from another one, or taken back in the
  // browser's own settings. The box stays on (sound still counts); the page says so.
  const NOT_HERE = /On this device Still Us can tell a call only by its sound/;
  const allow = (): HTMLElement | null =>
    screen.queryByRole('button', { name: 'Allow call sites' });

  it('on, but the call sites are not allowed on this device: says so and offers to allow them', async () => {
    const { permissions } = installFakePermissions(true);
    await renderOptions({ ...seeded, waitDuringCalls: true });
    expect(box().checked).toBe(true);
    expect(await screen.findByText(NOT_HERE)).toBeTruthy();
    fireEvent.click(allow()!);
    expect(permissions.request).toHaveBeenCalledWith({ origins: [...CALL_SITE_PATTERNS] });
    expect(await screen.findByText(/wait while a call site is in front/)).toBeTruthy();
    expect(allow()).toBeNull();
    expect((await storedPreferences()).waitDuringCalls).toBe(true);
  });

  it('follows the browser: taken back in its settings, then given again', async () => {
    const fake = installFakePermissions(true);
    fake.grant(CALL_SITE_PATTERNS);
    await renderOptions({ ...seeded, waitDuringCalls: true });
    await waitFor(() => expect(fake.permissions.contains).toHaveBeenCalled());
    expect(screen.queryByText(NOT_HERE)).toBeNull();
    fake.revoke(CALL_SITE_PATTERNS);
    expect(await screen.findByText(NOT_HERE)).toBeTruthy();
    expect(allow()).toBeTruthy();
    fake.grant(CALL_SITE_PATTERNS);
    await waitFor(() => expect(screen.queryByText(NOT_HERE)).toBeNull());
    expect(allow()).toBeNull();
  });

  it('off: nothing to say about the call sites, allowed or not', async () => {
    const fake = installFakePermissions(true);
    await renderOptions({ ...seeded, waitDuringCalls: false });
    await waitFor(() => expect(fake.permissions.contains).toHaveBeenCalled());
    expect(screen.queryByText(NOT_HERE)).toBeNull();
    expect(allow()).toBeNull();
  });
});
