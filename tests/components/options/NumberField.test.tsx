import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, settle, storedPreferences } from './render-options';

afterEach(cleanup);

const perDay = (): HTMLInputElement => screen.getByLabelText('About how many nudges a day');
const maxPerDay = (): HTMLInputElement => screen.getByLabelText('Never more than this many a day');
const type = (input: HTMLInputElement, text: string): void =>
  void fireEvent.input(input, { target: { value: text } });

describe('How many nudges a day', () => {
  it('shows the stored numbers', async () => {
    await renderOptions();
    expect(perDay().value).toBe('5');
    expect(maxPerDay().value).toBe('8');
  });

  it.each(['1', '7', '12'])('saves %s', async (text) => {
    await renderOptions();
    type(perDay(), text);
    await waitFor(async () =>
      expect(await storedPreferences()).toEqual({ ...seeded, perDay: Number(text) }),
    );
  });

  it.each(['0', '13', '2.5', '-1', ''])('explains %j and saves nothing', async (text) => {
    await renderOptions();
    type(perDay(), text);
    const error = await screen.findByText('Please choose a whole number from 1 to 12.');
    expect(perDay().getAttribute('aria-invalid')).toBe('true');
    expect(perDay().getAttribute('aria-describedby')).toContain(error.id);
    await settle();
    expect(await storedPreferences()).toEqual(seeded);
  });

  it('the daily limit takes 1 to 24', async () => {
    await renderOptions();
    type(maxPerDay(), '25');
    await screen.findByText('Please choose a whole number from 1 to 24.');
    await settle();
    expect((await storedPreferences()).maxPerDay).toBe(8);
    type(maxPerDay(), '24');
    await waitFor(async () => expect((await storedPreferences()).maxPerDay).toBe(24));
    expect(screen.queryByText('Please choose a whole number from 1 to 24.')).toBeNull();
  });
});
