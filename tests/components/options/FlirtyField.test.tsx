import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, storedPreferences } from './render-options';
import type { FlirtyLevel } from '@/utils/storage/preferences';

afterEach(cleanup);

const radio = (name: RegExp): HTMLInputElement => screen.getByRole('radio', { name });

describe('How flirty may it get?', () => {
  it('shows the stored level, each with a short hint', async () => {
    await renderOptions();
    expect(radio(/^Bold but kind/).checked).toBe(true);
    expect(radio(/^Sweet/).checked).toBe(false);
    expect(screen.getByText('A little cheekier, never explicit.')).toBeTruthy();
  });

  it.each<[FlirtyLevel, FlirtyLevel, RegExp]>([
    ['off', 'bold', /^Off/],
    ['sweet', 'off', /^Sweet/],
    ['bold', 'sweet', /^Bold but kind/],
  ])('saves "%s" when it is picked', async (level, from, name) => {
    await renderOptions({ ...seeded, flirty: from });
    fireEvent.click(radio(name));
    await waitFor(async () =>
      expect(await storedPreferences()).toEqual({ ...seeded, flirty: level }),
    );
    expect(radio(name).checked).toBe(true);
  });

  it('sits with the other nudge choices, after the kinds and before how nudges arrive', async () => {
    await renderOptions();
    const legends = [...document.querySelectorAll('legend')].map((l) => l.textContent);
    const kinds = legends.indexOf('Kinds of nudge');
    expect(legends.slice(kinds, kinds + 3)).toEqual([
      'Kinds of nudge',
      'How flirty may it get?',
      'How nudges arrive',
    ]);
    // Work hours keep flirty ones away at the desk: with when nudges come, further down.
    expect(legends.indexOf('Work hours')).toBeGreaterThan(legends.indexOf('How nudges arrive'));
  });
});
