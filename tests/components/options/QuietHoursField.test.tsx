import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, settle, storedPreferences } from './render-options';

afterEach(cleanup);

const from = (n: number): HTMLInputElement => screen.getByLabelText(`Quiet time ${n} from`);
const until = (n: number): HTMLInputElement => screen.getByLabelText(`Quiet time ${n} until`);
const setTime = (input: HTMLInputElement, value: string): void =>
  void fireEvent.change(input, { target: { value } });

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
});
