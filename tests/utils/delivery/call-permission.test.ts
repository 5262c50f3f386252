import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupOf, prefs } from '../backup/backup-fixtures';
import { installFakePermissions } from '../../support/fake-permissions';
import background from '@/entrypoints/background';
import { applyBackup } from '@/utils/backup/backup';
import { clearAllData } from '@/utils/backup/clear-all-data';
import { CALL_SITE_PATTERNS } from '@/utils/schedule/hold-rules';
import { defaultPreferences } from '@/utils/storage/preferences';
import { savePreferences } from '@/utils/storage/preferences-store';
import { preferencesStorage } from '@/utils/storage/storage';

const origins = [...CALL_SITE_PATTERNS];
let fake: ReturnType<typeof installFakePermissions>;

/** Whether this device still lets Still Us see the call sites' addresses. */
const granted = (): Promise<boolean> => fake.permissions.contains({ origins });
const settled = (): Promise<void> =>
  vi.waitFor(() => expect(fake.permissions.remove).toHaveBeenCalled());

// The worker is the one place that sees every way the stored option turns off; the
// permission follows it however the change came.
describe('the call-site permission follows the stored option', () => {
  beforeEach(async () => {
    fake = installFakePermissions();
    await preferencesStorage.setValue({ ...prefs, waitDuringCalls: true });
    fake.grant(origins);
    background.main();
  });

  it('goes when another device turns the option off (a change arriving by sync)', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { ...prefs, waitDuringCalls: false } });
    await settled();
    expect(await granted()).toBe(false);
  });

  it('goes after Clear all data (the defaults have it off)', async () => {
    expect(defaultPreferences.waitDuringCalls).toBe(false);
    await clearAllData();
    await settled();
    expect(await granted()).toBe(false);
  });

  it('goes after Replace everything with a backup that has it off', async () => {
    const backup = backupOf({ preferences: { ...prefs, waitDuringCalls: false } });
    expect(await applyBackup(backup, 'replace')).toMatchObject({ ok: true });
    await settled();
    expect(await granted()).toBe(false);
  });

  it('goes at start-up when the stored option is off (changed while the browser was closed)', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { ...prefs, waitDuringCalls: 'oops' } });
    fake.permissions.remove.mockClear();
    fake.grant(origins);
    await fakeBrowser.runtime.onStartup.trigger();
    await settled();
    expect(await granted()).toBe(false);
  });

  it('stays while the option is on, through other changes', async () => {
    await savePreferences({ partnerName: 'Sam' });
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.permissions.remove).not.toHaveBeenCalled();
    expect(await granted()).toBe(true);
  });

  it('a browser that refuses the removal does not break the worker', async () => {
    fake.permissions.remove.mockRejectedValue(new Error('no permissions API'));
    await fakeBrowser.storage.sync.set({ preferences: { ...prefs, waitDuringCalls: false } });
    await settled();
    await fakeBrowser.runtime.onStartup.trigger();
  });
});
