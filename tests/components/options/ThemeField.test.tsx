import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, storedPreferences } from './render-options';
import type { ThemeChoice } from '@/utils/storage/preferences';

afterEach(cleanup);

const radio = (name: RegExp): HTMLInputElement => screen.getByRole('radio', { name });

describe('Appearance', () => {
  it('is one labelled group of three choices, showing the stored one', async () => {
    await renderOptions();
    const group = screen.getByRole('group', { name: 'Appearance' });
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).toEqual(['system', 'light', 'dark']);
    expect(radio(/^Dark/).checked).toBe(true);
    expect(radio(/^Match my device/).checked).toBe(false);
    expect(screen.getByText('Light or dark, as your device is set.')).toBeTruthy();
  });

  it('shows "Match my device" when nothing is stored', async () => {
    await renderOptions(null);
    expect(radio(/^Match my device/).checked).toBe(true);
  });

  it.each<[ThemeChoice, ThemeChoice, RegExp]>([
    ['system', 'dark', /^Match my device/],
    ['light', 'system', /^Light/],
    ['dark', 'light', /^Dark/],
  ])('saves "%s" when it is picked, touching nothing else', async (theme, from, name) => {
    await renderOptions({ ...seeded, theme: from });
    fireEvent.click(radio(name));
    await waitFor(async () => expect(await storedPreferences()).toEqual({ ...seeded, theme }));
    expect(radio(name).checked).toBe(true);
  });
});
