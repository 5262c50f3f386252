import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, settle, storedPreferences } from './render-options';

afterEach(cleanup);

const from = (n: number): HTMLInputElement => screen.getByLabelText(`Quiet time ${n} from`);
const until = (n: number): HTMLInputElement => screen.getByLabelText(`Quiet time ${n} until`);
const setTime = (input: HTMLInputElement, value: string): void =>
  void fireEvent.change(input, { target: { value } });
const daysOf = (n: number): HTMLElement =>
  screen.getByRole('group', { name: `Quiet time ${n} days` });
const day = (n: number, name: string): HTMLInputElement =>
  screen.getByRole('checkbox', { name: `Quiet time ${n} on ${name}` });
/** The days ticked for range `n`, as shown: Mon first. */
const ticked = (n: number): string[] =>
  within(daysOf(n))
    .getAllByRole<HTMLInputElement>('checkbox')
    .filter((box) => box.checked)
    .map((box) => box.parentElement!.textContent!.trim());
const preset = (n: number, name: string): void =>
  void fireEvent.click(within(daysOf(n)).getByRole('button', { name }));

describe('Quiet hours', () => {
  it('shows the stored ranges', async () => {
    await renderOptions();
    expect([from(1).value, until(1).value]).toEqual(['22:00', '06:30']);
  });

  it('saves an edited range', async () => {
    await renderOptions();
    setTime(from(1), '21:00');
    await waitFor(async () =>
      expect(await storedPreferences()).toEqual({
        ...seeded,
        quietHours: [{ start: '21:00', end: '06:30' }],
      }),
    );
  });

  it('explains a range that starts when it ends and keeps the stored hours', async () => {
    await renderOptions();
    setTime(from(1), '06:30');
    const error = await screen.findByText(/same time/);
    expect(from(1).getAttribute('aria-invalid')).toBe('true');
    expect(from(1).getAttribute('aria-describedby')).toBe(error.id);
    await settle();
    expect((await storedPreferences()).quietHours).toEqual(seeded.quietHours);
    // Fixing it saves again.
    setTime(until(1), '07:00');
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toEqual([{ start: '06:30', end: '07:00' }]),
    );
    expect(screen.queryByText(/same time/)).toBeNull();
  });

  it('explains a cleared time and saves nothing', async () => {
    await renderOptions();
    setTime(until(1), '');
    await screen.findByText('Please set both a start and an end time.');
    await settle();
    expect((await storedPreferences()).quietHours).toEqual(seeded.quietHours);
  });

  it('adds a range and saves it', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add quiet time' }));
    expect([from(2).value, until(2).value]).toEqual(['12:30', '13:30']);
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toEqual([
        ...seeded.quietHours,
        { start: '12:30', end: '13:30' },
      ]),
    );
  });

  it('removes a range and saves what is left', async () => {
    await renderOptions({
      ...seeded,
      quietHours: [
        { start: '22:00', end: '06:30' },
        { start: '13:00', end: '14:00' },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove quiet time 1' }));
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toEqual([{ start: '13:00', end: '14:00' }]),
    );
    expect([from(1).value, until(1).value]).toEqual(['13:00', '14:00']);
    expect(screen.queryByLabelText('Quiet time 2 from')).toBeNull();
  });

  it('removing the last range saves none and says nudges can come any time', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Remove quiet time 1' }));
    await waitFor(async () => expect((await storedPreferences()).quietHours).toEqual([]));
    expect(screen.getByText(/nudges can come at any time/)).toBeTruthy();
  });

  it('saves nothing while any range is invalid, so the good ones are never lost', async () => {
    await renderOptions();
    setTime(from(1), '06:30');
    fireEvent.click(screen.getByRole('button', { name: 'Add quiet time' }));
    await settle();
    expect((await storedPreferences()).quietHours).toEqual(seeded.quietHours);
  });

  it('says how ranges work over the week', async () => {
    await renderOptions();
    expect(screen.getByText(/on the days you pick/).textContent).toMatch(/cross midnight/);
  });

  it('shows a range with no days as every day', async () => {
    await renderOptions();
    expect(ticked(1)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('shows the days a stored range starts on', async () => {
    await renderOptions({
      ...seeded,
      quietHours: [{ start: '09:00', end: '17:00', days: [1, 3] }],
    });
    expect(ticked(1)).toEqual(['Mon', 'Wed']);
  });

  it('saves a day turned off as that range’s days', async () => {
    await renderOptions();
    fireEvent.click(day(1, 'Sunday'));
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toEqual([
        { start: '22:00', end: '06:30', days: [1, 2, 3, 4, 5, 6] },
      ]),
    );
  });

  it.each([
    ['Weekdays', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], [1, 2, 3, 4, 5]],
    ['Weekend', ['Sat', 'Sun'], [0, 6]],
  ])('the %s button ticks those days and saves them', async (name, shown, days) => {
    await renderOptions();
    preset(1, name);
    expect(ticked(1)).toEqual(shown);
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toEqual([
        { start: '22:00', end: '06:30', days },
      ]),
    );
  });

  it('every day, by the button or by ticking all seven, saves as every day', async () => {
    await renderOptions({ ...seeded, quietHours: [{ start: '09:00', end: '17:00', days: [1] }] });
    preset(1, 'Every day');
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toEqual([{ start: '09:00', end: '17:00' }]),
    );
    preset(1, 'Weekend');
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours[0]?.days).toEqual([0, 6]),
    );
    for (const name of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      fireEvent.click(day(1, name));
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toEqual([{ start: '09:00', end: '17:00' }]),
    );
  });

  it('explains a range with no day left, keeps the others and saves nothing', async () => {
    await renderOptions({
      ...seeded,
      quietHours: [
        { start: '22:00', end: '06:30' },
        { start: '13:00', end: '14:00', days: [6] },
      ],
    });
    fireEvent.click(day(2, 'Saturday'));
    const error = await screen.findByText('Please pick at least one day.');
    expect(daysOf(2).getAttribute('aria-describedby')).toBe(error.id);
    // The times are fine: they are not marked.
    expect(from(2).getAttribute('aria-invalid')).toBe('false');
    expect(daysOf(1).getAttribute('aria-describedby')).toBeNull();
    await settle();
    expect((await storedPreferences()).quietHours).toEqual([
      { start: '22:00', end: '06:30' },
      { start: '13:00', end: '14:00', days: [6] },
    ]);
    // Picking a day saves again.
    fireEvent.click(day(2, 'Sunday'));
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours[1]).toEqual({
        start: '13:00',
        end: '14:00',
        days: [0],
      }),
    );
    expect(screen.queryByText('Please pick at least one day.')).toBeNull();
  });

  it('each day and each button can be reached with the keyboard', async () => {
    await renderOptions();
    const controls = within(daysOf(1)).getAllByRole(/checkbox|button/);
    expect(controls).toHaveLength(10);
    for (const control of controls) {
      expect(control.tabIndex).toBe(0);
      expect(control.hasAttribute('disabled')).toBe(false);
    }
  });
});
