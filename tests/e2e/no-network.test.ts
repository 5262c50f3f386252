import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fireAlarmSoon,
  getAlarm,
  launchExtension,
  popupTargets,
  readClipboard,
  waitFor,
  type LoadedExtension,
  toolbarPopupUrl,
} from './support/extension';
import { allKindsBut } from './support/labels';
import { fromExtension, loggedRequests, type LoggedRequest } from './support/net-log';

// Issue 7: a whole session (install, welcome, a nudge, Copy, the options page, an export)
// under Chromium's own network log, which sees every request of every page and worker.
// A control request made on purpose from an extension page proves the log would show one.
const CONTROL = 'http://127.0.0.1:9/still-us-network-control';

describe('no network, in a real Chromium session', () => {
  let ext: LoadedExtension;
  let dir: string;
  let requests: LoggedRequest[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'still-us-netlog-'));
    const log = join(dir, 'net-log.json');
    ext = await launchExtension(undefined, {
      keepWelcome: true,
      args: [`--log-net-log=${log}`, '--net-log-capture-mode=Everything'],
    });
    try {
      const page = await ext.context.newPage();
      await page.goto('data:text/html,<h1>An ordinary page</h1>');
      // A nudge: the alarm fires, the popup opens by itself. A change of preferences re-arms
      // the alarm; fire it early only after that, or the re-arm would replace it.
      const armed = await waitFor(() => getAlarm(ext), 'the first alarm');
      // Only flirty texts, no quiet time (utils/storage/stored-item.ts keeps the version beside it).
      await ext.worker.evaluate(async (kindsOff) => {
        const { preferences } = await chrome.storage.sync.get('preferences');
        await chrome.storage.sync.set({
          preferences: { ...(preferences as object), quietHours: [], kindsOff },
          preferences$: { v: 3 }, // the current shape: no migration touches the kinds
        });
      }, allKindsBut('flirty-text'));
      await waitFor(
        async () => (await getAlarm(ext))?.scheduledTime !== armed.scheduledTime,
        'the re-arm after the change',
      );
      await fireAlarmSoon(ext);
      await waitFor(async () => (await popupTargets(ext, page)).length > 0, 'the popup');
      // Copy, in the popup page opened as a tab (the toolbar popup can't be clicked here), at
      // the URL the toolbar opens: bare, popup.html would paint the idea drawn ahead first, and
      // a Copy on it is dropped once the waiting nudge takes its place.
      const popup = await ext.context.newPage();
      await popup.goto(await toolbarPopupUrl(ext.worker));
      await popup.getByRole('button', { name: 'Copy message' }).click();
      expect(await readClipboard(popup)).not.toBe('');
      // The options page, and an export of everything.
      const options = await ext.context.newPage();
      await options.goto(ext.url('options.html'));
      const download = options.waitForEvent('download');
      await options.getByRole('button', { name: 'Export everything' }).click();
      await (await download).path();
      // The control: the same page asks for something on purpose.
      await options.evaluate((url) => fetch(url).catch(() => undefined), CONTROL);
    } finally {
      await ext.quit(); // the log is complete once the browser has quit
    }
    requests = await loggedRequests(log);
  });

  afterAll(async () => {
    await rm(ext.profile, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('the log sees a request an extension page makes (the control)', () => {
    const control = requests.filter((r) => r.url === CONTROL);
    expect(control.length).toBeGreaterThan(0);
    expect(control.every((r) => fromExtension(r, ext.id))).toBe(true);
  });

  it('Still Us itself made no request at all', () => {
    const ours = requests.filter((r) => fromExtension(r, ext.id) && r.url !== CONTROL);
    expect(ours).toEqual([]);
  });
});
