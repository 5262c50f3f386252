// `npm run screenshots`: the README's pictures, from the built extension in real Chromium.
import { expect, it } from 'vitest';
import { fireAlarmSoon, launchExtension, popupTargets, waitFor } from '../e2e/support/extension';

const OUT = 'tests/screenshots';

it('takes the popup and options screenshots', async () => {
  const ext = await launchExtension();
  try {
    const options = await ext.context.newPage();
    await options.setViewportSize({ width: 900, height: 1100 });
    await ext.worker.evaluate(() =>
      chrome.storage.sync.set({
        preferences: {
          partnerName: 'Sam',
          perDay: 4,
          maxPerDay: 6,
          quietHours: [],
          categories: ['reassurance', 'kind-act', 'flirty-text', 'send-a-laugh', 'check-in'],
          delivery: 'popup',
          pausedUntil: null,
        },
      }),
    );
    await options.goto(ext.url('options.html'));
    // A little real history: three nudges delivered by the alarm, one acted on.
    for (let i = 0; i < 3; i++) {
      await ext.worker.evaluate(() => chrome.storage.local.remove('pendingNudge'));
      await fireAlarmSoon(ext);
      await waitFor(async () => (await popupTargets(ext, options)).length > 0, 'the popup');
      await options.evaluate(() =>
        chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close()),
      );
      await waitFor(
        async () => (await popupTargets(ext, options)).length === 0,
        'the popup to close',
      );
    }
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 300 });
    await popup.goto(ext.url('popup.html'));
    await popup.getByRole('button', { name: 'Done' }).waitFor();
    await popup.locator('main').screenshot({ path: `${OUT}/popup.png` });
    await options.reload();
    await options.getByTestId('history').waitFor();
    await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
    expect(await options.getByTestId('history').locator('li').count()).toBeGreaterThanOrEqual(3);
  } finally {
    await ext.close();
  }
});
