import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DELIVERY,
  DONE,
  NAME,
  QUIET,
  nameInput,
  press,
  quietFrom,
  quietUntil,
  renderWelcome,
  stepHeading,
  storedPreferences,
  typeInto,
} from './render-welcome';
import { defaultPreferences } from '@/utils/storage/preferences';

afterEach(cleanup);

/** Whether the step heading `name` is shown and has focus (read after it appears). */
async function focusedHeading(name: string): Promise<boolean> {
  const heading = await stepHeading(name);
  return document.activeElement === heading;
}

describe('Welcome, all the way through', () => {
  it('starts at step 1 of 3 with the name, and does not steal focus on load', async () => {
    await renderWelcome();
    const heading = await stepHeading(NAME);
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(heading.getAttribute('aria-describedby')).toBe('step-progress');
    expect(document.activeElement).not.toBe(heading);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('saves each step as it is left, moving focus to the next heading', async () => {
    await renderWelcome();
    typeInto(nameInput(), '  Sam ');
    press('Next');
    const quiet = await stepHeading(QUIET);
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
    expect(document.activeElement).toBe(quiet);
    expect((await storedPreferences()).partnerName).toBe('Sam');

    expect([quietFrom().value, quietUntil().value]).toEqual(['21:30', '07:30']);
    typeInto(quietFrom(), '22:00');
    typeInto(quietUntil(), '07:00');
    press('Next');
    expect(await focusedHeading(DELIVERY)).toBe(true);
    expect(screen.getByText('Step 3 of 3')).toBeTruthy();
    expect((await storedPreferences()).quietHours).toEqual([{ start: '22:00', end: '07:00' }]);

    expect(screen.getByRole<HTMLInputElement>('radio', { name: /A small popup/ }).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: /Just a heart on the toolbar icon/ }));
    press('Finish');
    expect(await focusedHeading(DONE)).toBe(true);
    expect(await storedPreferences()).toEqual({
      ...defaultPreferences,
      partnerName: 'Sam',
      quietHours: [{ start: '22:00', end: '07:00' }],
      delivery: 'badge',
    });
  });

  it('ends with a real nudge that uses the name, how it will arrive, and a way to settings', async () => {
    await renderWelcome({ partnerName: 'Robin', delivery: 'notification' });
    press('Skip the rest');
    await stepHeading(DONE);
    expect((await screen.findByTestId('nudge-text')).textContent).toBe(
      'Say to Robin: “We’re still a team, even on the messy days.”',
    );
    expect(screen.getByText(/will come as a notification/)).toBeTruthy();
    const settings = screen.getByRole('link', { name: 'Open settings' });
    expect(settings.getAttribute('href')).toBe('/options.html');
  });

  it('keeps answers when going back, and saves nothing for a step left as it was', async () => {
    await renderWelcome();
    typeInto(nameInput(), 'Jo');
    press('Next');
    await stepHeading(QUIET);
    typeInto(quietFrom(), '20:00');
    press('Back');
    expect(await focusedHeading(NAME)).toBe(true);
    expect(nameInput().value).toBe('Jo');
    press('Next');
    await stepHeading(QUIET);
    expect(quietFrom().value).toBe('20:00');
    press('Back');
    await stepHeading(NAME);
    press('Next');
    await stepHeading(QUIET);
    expect((await storedPreferences()).quietHours).toEqual(defaultPreferences.quietHours);
  });

  it('starts from preferences that are already there (synced from another browser)', async () => {
    const quietHours = [
      { start: '23:00', end: '06:00', days: [1, 2, 3, 4, 5] },
      { start: '13:00', end: '14:00' },
    ];
    await renderWelcome({ partnerName: 'Alex', quietHours, delivery: 'badge' });
    expect(nameInput().value).toBe('Alex');
    press('Next');
    await stepHeading(QUIET);
    expect([quietFrom().value, quietUntil().value]).toEqual(['23:00', '06:00']);
    typeInto(quietUntil(), '06:30');
    press('Next');
    await stepHeading(DELIVERY);
    // Only the first range's times change: its days and the other range stay.
    expect((await storedPreferences()).quietHours).toEqual([
      { start: '23:00', end: '06:30', days: [1, 2, 3, 4, 5] },
      { start: '13:00', end: '14:00' },
    ]);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Just a heart/ }).checked).toBe(
      true,
    );
  });
});

describe('closing the tab mid-step', () => {
  it('keeps a valid answer typed but not yet sent on', async () => {
    await renderWelcome();
    typeInto(nameInput(), 'Ari');
    dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await storedPreferences()).partnerName).toBe('Ari'));
  });
});
