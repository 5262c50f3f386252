import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, storedPreferences } from './render-options';

// Issue 15: the daily check-in, the weekly tiny date and the baby's date on the options page.
afterEach(cleanup);

const checkbox = (name: RegExp): HTMLInputElement => screen.getByRole('checkbox', { name });
const CHECK_IN = /A 60-second check-in together/;

describe('Daily check-in', () => {
  it('off: turning it on saves 20:30 every day, when it was set, with a labelled time field', async () => {
    await renderOptions({ ...seeded, checkIn: null, quietHours: [] });
    expect(checkbox(CHECK_IN).checked).toBe(false);
    const before = Date.now();
    fireEvent.click(checkbox(CHECK_IN));
    await waitFor(async () =>
      expect((await storedPreferences()).checkIn).toEqual({
        days: [0, 1, 2, 3, 4, 5, 6],
        time: '20:30',
        since: expect.any(Number),
      }),
    );
    expect((await storedPreferences()).checkIn?.since).toBeGreaterThanOrEqual(before);
    expect(screen.getByLabelText(/Check-in time/)).toHaveProperty('value', '20:30');
  });

  it('a time inside quiet hours says so, and the person picks which wins', async () => {
    await renderOptions({
      ...seeded,
      quietHours: [{ start: '20:00', end: '07:00' }],
      checkIn: { days: [0, 1, 2, 3, 4, 5, 6], time: '20:45' },
      checkInOverQuiet: false,
    });
    expect(screen.getByText('That time is inside your quiet hours. Which wins?')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /The check-in: it comes at its time/ }));
    await waitFor(async () => expect((await storedPreferences()).checkInOverQuiet).toBe(true));
  });

  it('outside quiet hours asks nothing', async () => {
    await renderOptions({ ...seeded, quietHours: [{ start: '22:00', end: '07:00' }] });
    expect(screen.queryByText(/Which wins/)).toBeNull();
  });

  it('a new time saves; a cleared one keeps the stored time', async () => {
    await renderOptions();
    fireEvent.change(screen.getByLabelText(/Check-in time/), { target: { value: '21:05' } });
    const before = Date.now();
    await waitFor(async () => expect((await storedPreferences()).checkIn?.time).toBe('21:05'));
    // A changed time is newly set: one already past today waits for tomorrow.
    expect((await storedPreferences()).checkIn?.since).toBeGreaterThanOrEqual(before - 1000);
    fireEvent.change(screen.getByLabelText(/Check-in time/), { target: { value: '' } });
    await new Promise((r) => setTimeout(r, 700));
    expect((await storedPreferences()).checkIn?.time).toBe('21:05');
  });
});

describe('The baby’s date', () => {
  it('is labelled, says where it is kept, saves a date and clears back to none', async () => {
    await renderOptions({ ...seeded, babyDate: null });
    const field = screen.getByLabelText(/The baby’s birthday \(or the due date/);
    expect(screen.getByText(/Still Us never sends it anywhere/)).toBeTruthy();
    fireEvent.change(field, { target: { value: '2026-05-02' } });
    await waitFor(async () => expect((await storedPreferences()).babyDate).toBe('2026-05-02'));
    fireEvent.change(field, { target: { value: '' } });
    await waitFor(async () => expect((await storedPreferences()).babyDate).toBeNull());
  });
});
