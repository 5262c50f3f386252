import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { openWelcomeOnInstall, WELCOME_PATH } from '@/utils/delivery/start-up';

const welcomeUrl = (): string => fakeBrowser.runtime.getURL(WELCOME_PATH);
const welcomeTabs = async (): Promise<string[]> =>
  (await fakeBrowser.tabs.query({}))
    .map((tab) => tab.url ?? '')
    .filter((url) => url === welcomeUrl());

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page on a first install', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    expect(await welcomeTabs()).toEqual([welcomeUrl()]);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      await openWelcomeOnInstall({ reason });
      expect(await welcomeTabs()).toEqual([]);
    },
  );

  it('opens it once, even when the browser reports an install again', async () => {
    // Chromium does, at every start, for an extension loaded with --load-extension.
    await openWelcomeOnInstall({ reason: 'install' });
    await openWelcomeOnInstall({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('opens it again after a real reinstall, which empties storage.local', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    await fakeBrowser.storage.local.clear();
    await openWelcomeOnInstall({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(2);
  });
});

describe('the background, wired', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 5, 10, 12, 0));
    background.main();
  });

  it('opens one welcome tab on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('opens none on update or browser start', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await welcomeTabs()).toEqual([]);
  });
});
