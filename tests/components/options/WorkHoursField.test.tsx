import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, settle, storedPreferences } from './render-options';

afterEach(cleanup);

const TURN_ON = 'Keep flirty nudges out of work hours';
const SAME = 'Start and end are the same time. Please pick different times.';
const EMPTY = 'Please set both a start and an end time.';
const NO_DAY = 'Please pick at least one work day.';
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const checkbox = (name: string): HTMLInputElement => screen.getByRole('checkbox', { name });
const from = (): HTMLInputElement => screen.getByLabelText('Work hours from');
const until = (): HTMLInputElement => screen.getByLabelText('Work hours until');
const setTime = (input: HTMLInputElement, value: string): void =>
  void fireEvent.change(input, { target: { value } });
const storedWorkHours = async (): Promise<unknown> => (await storedPreferences()).workHours;

describe('Work hours', () => {
  it('shows the stored days and hours', async () => {
    await renderOptions();
    expect(checkbox(TURN_ON).checked).toBe(true);
    for (const day of weekdays) expect(checkbox(day).checked).toBe(true);
    expect([checkbox('Saturday').checked, checkbox('Sunday').checked]).toEqual([false, false]);
    expect([from().value, until().value]).toEqual(['09:00', '17:00']);
  });

  it('turning it off saves none and hides the days and hours', async () => {
    await renderOptions();
    fireEvent.click(checkbox(TURN_ON));
    await waitFor(async () =>
      expect(await storedPreferences()).toEqual({ ...seeded, workHours: null }),
    );
    expect(screen.queryByRole('checkbox', { name: 'Monday' })).toBeNull();
    expect(screen.queryByLabelText('Work hours from')).toBeNull();
  });

  it('turning it on saves Monday to Friday, 9 to 5', async () => {
    await renderOptions({ ...seeded, workHours: null });
    expect(screen.queryByLabelText('Work hours from')).toBeNull();
    fireEvent.click(checkbox(TURN_ON));
    await waitFor(async () =>
      expect(await storedWorkHours()).toEqual({
        days: [1, 2, 3, 4, 5],
        start: '09:00',
        end: '17:00',
      }),
    );
    expect(checkbox('Friday').checked).toBe(true);
  });

  it.each([
    ['a day turned off', () => fireEvent.click(checkbox('Friday')), { days: [1, 2, 3, 4] }],
    ['a day turned on', () => fireEvent.click(checkbox('Sunday')), { days: [0, 1, 2, 3, 4, 5] }],
    ['a new start', () => setTime(from(), '08:30'), { start: '08:30' }],
    ['a new end', () => setTime(until(), '16:00'), { end: '16:00' }],
  ])('saves %s', async (_case, change, patch) => {
    await renderOptions();
    change();
    await waitFor(async () =>
      expect(await storedWorkHours()).toEqual({ ...seeded.workHours, ...patch }),
    );
  });

  it.each([
    ['a start that is the end', () => setTime(from(), '17:00'), SAME, ['17:00', '17:00']],
    ['a cleared start', () => setTime(from(), ''), EMPTY, ['', '17:00']],
    ['a cleared end', () => setTime(until(), ''), EMPTY, ['09:00', '']],
  ])('explains %s, keeps it and saves nothing', async (_case, change, message, times) => {
    await renderOptions();
    change();
    const error = await screen.findByText(message);
    expect(error.getAttribute('role')).toBe('alert');
    for (const input of [from(), until()]) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toBe(error.id);
    }
    expect([from().value, until().value]).toEqual(times);
    await settle();
    expect(await storedWorkHours()).toEqual(seeded.workHours);
  });

  it('explains when no day is left, keeps the choice and saves nothing', async () => {
    const wednesdays = { days: [3], start: '09:00', end: '17:00' };
    await renderOptions({ ...seeded, workHours: wednesdays });
    fireEvent.click(checkbox('Wednesday'));
    const error = await screen.findByText(NO_DAY);
    const days = screen.getByRole('group', { name: 'Work days' });
    expect(days.getAttribute('aria-describedby')).toBe(error.id);
    expect(from().getAttribute('aria-invalid')).toBe('false');
    expect(checkbox('Wednesday').checked).toBe(false);
    await settle();
    expect(await storedWorkHours()).toEqual(wednesdays);
    // Picking a day again saves, and the message goes.
    fireEvent.click(checkbox('Friday'));
    await waitFor(async () =>
      expect(await storedWorkHours()).toEqual({ ...wednesdays, days: [5] }),
    );
    expect(screen.queryByText(NO_DAY)).toBeNull();
  });

  it('fixing a time saves again', async () => {
    await renderOptions();
    setTime(from(), '17:00');
    await screen.findByText(SAME);
    setTime(until(), '18:00');
    await waitFor(async () =>
      expect(await storedWorkHours()).toEqual({
        ...seeded.workHours,
        start: '17:00',
        end: '18:00',
      }),
    );
    expect(screen.queryByText(SAME)).toBeNull();
    expect(from().getAttribute('aria-invalid')).toBe('false');
  });

  it('turning it off while something is wrong saves none', async () => {
    await renderOptions();
    setTime(from(), '');
    await screen.findByText(EMPTY);
    fireEvent.click(checkbox(TURN_ON));
    await waitFor(async () => expect(await storedWorkHours()).toBeNull());
  });
});
