import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  fireAlarmSoon,
  getAlarm,
  historyText,
  launchExtension,
  popupTargets,
  popupText,
  readClipboard,
  waitFor,
  type LoadedExtension,
  toolbarPopupUrl,
} from './support/extension';
import { allKindsBut, OTHER_KINDS } from './support/labels';

const clock = (t: number): string => {
  const d = new Date(t);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** The preferences as the options page saved them, read in the worker. */
function storedPreferences(ext: LoadedExtension) {
  return ext.worker.evaluate(
    async () =>
      (await chrome.storage.sync.get('preferences')).preferences as
        | {
            quietHours: { start: string; end: string }[];
            kindsOff: string[];
            partnerName: string;
          }
        | undefined,
  );
}

describe('Still Us in real Chromium', () => {
  let ext: LoadedExtension;
  let options: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByRole('heading', { name: 'Still Us', exact: true }).waitFor();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('arms a nudge on install', async () => {
    const alarm = await waitFor(() => getAlarm(ext), 'the nudge alarm');
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('opens the popup on its own when the alarm fires, with a nudge in it', async () => {
    // Whatever the clock says on this machine, make now an allowed time, and only flirty texts.
    await options.getByRole('button', { name: 'Remove quiet time 1' }).click();
    for (const kind of OTHER_KINDS)
      await options.getByRole('checkbox', { name: kind, exact: true }).uncheck();
    await options.getByLabel(/partner/).fill('Sam');
    await waitFor(async () => {
      const prefs = await storedPreferences(ext);
      return (
        prefs?.quietHours.length === 0 &&
        prefs.kindsOff.join() === allKindsBut('flirty-text').join() &&
        prefs.partnerName === 'Sam'
      );
    }, 'the options page to save');

    await fireAlarmSoon(ext);
    const [url] = await waitFor(async () => {
      const open = await popupTargets(ext, options);
      return open.length > 0 ? open : null;
    }, 'the popup to open');
    // The nudge rides in the popup's URL, so the page paints it before any script loads.
    expect(url).toMatch(/popup\.html#.+/);
    const text = await waitFor(() => popupText(options), 'the popup to show a nudge');
    expect(text).toContain('Flirty text');
    expect(text).toMatch(/Copy/);
    expect(text).toContain('Sam');
    expect(text).not.toContain('{partner}');
  });

  it('Copy puts the message on the clipboard', async () => {
    // The popup's own page, in a tab a test can click in: it shows the same pending nudge.
    // At the URL the toolbar opens (the nudge rides in it): opened bare, popup.html would
    // paint the idea drawn ahead first and then swap to the waiting one.
    const popup = await ext.context.newPage();
    await popup.goto(await toolbarPopupUrl(options));
    const message = await popup.getByTestId('nudge-message').innerText();
    await popup.getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toContain('Copied');
    expect(await readClipboard(popup)).toBe(message);
    await popup.close();
  });

  it('the options page lists it in history, as one row: shown, then copied', async () => {
    await options.reload();
    const history = await waitFor(async () => {
      const text = await historyText(options).catch(() => '');
      return text.includes('Copied') ? text : null;
    }, 'history to list the nudge');
    expect(history).toContain('Flirty text');
    const rows = options.getByTestId('history').getByRole('listitem');
    expect(await rows.count()).toBe(1);
    // Its shown entry is in that row, not one of its own, even with the nudges only seen.
    await options.getByLabel('Show nudges I only saw').check();
    expect(await rows.count()).toBe(1);
    expect(await historyText(options)).not.toContain('Seen');
  });

  it('quiet hours set around now keep the next alarm silent', async () => {
    await options.evaluate(() =>
      chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close()),
    );
    // With the nudges only seen: a nudge shown by mistake would be one of those.
    const before = await historyText(options);
    const now = Date.now();
    await options.getByRole('button', { name: 'Add quiet time' }).click();
    await options.getByLabel('Quiet time 1 from').fill(clock(now - 60 * 60_000));
    await options.getByLabel('Quiet time 1 until').fill(clock(now + 60 * 60_000));
    await waitFor(
      async () => (await storedPreferences(ext))?.quietHours.length === 1,
      'quiet hours to save',
    );
    // The schedule is re-armed at once, to after the quiet time.
    await waitFor(
      async () => ((await getAlarm(ext))?.scheduledTime ?? 0) > now + 55 * 60_000,
      'the alarm to move',
    );

    await fireAlarmSoon(ext);
    // Give the worker time to handle it, then check that nothing was shown.
    await waitFor(
      async () => ((await getAlarm(ext))?.scheduledTime ?? 0) > now + 55 * 60_000,
      'the re-arm',
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await popupTargets(ext, options)).toEqual([]);
    await options.reload();
    await options.getByLabel('Show nudges I only saw').check();
    expect(await historyText(options)).toBe(before);
  });
});
