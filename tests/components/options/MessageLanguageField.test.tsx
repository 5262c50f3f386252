import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPreferences } from '@/utils/storage/preferences';
import { renderOptions, seeded, settle, storedPreferences } from './render-options';

afterEach(cleanup);

const select = (): HTMLSelectElement => screen.getByLabelText('Messages to send in');

describe('Messages to send in', () => {
  it('is the same as Still Us by default, and offers every shipped language in its own words', async () => {
    await renderOptions(defaultPreferences);
    expect(select().value).toBe('same');
    const options = [...select().options].map((o) => [o.value, o.textContent, o.lang]);
    expect(options).toEqual([
      ['same', 'The same as Still Us', ''],
      ['en', 'English', 'en'],
      ['es', 'Español', 'es'],
      ['de', 'Deutsch', 'de'],
      ['fr', 'Français', 'fr'],
    ]);
    expect(select().getAttribute('aria-describedby')).toBe('message-language-hint');
  });

  it('shows the stored choice and saves a new one, leaving every other setting', async () => {
    await renderOptions(seeded);
    expect(select().value).toBe('es');
    fireEvent.change(select(), { target: { value: 'de' } });
    await waitFor(async () =>
      expect(await storedPreferences()).toEqual({ ...seeded, messageLanguage: 'de' }),
    );
  });

  it('saves nothing for a value that is not a choice', async () => {
    await renderOptions(seeded);
    const other = document.createElement('option');
    other.value = 'xx';
    select().append(other);
    fireEvent.change(select(), { target: { value: 'xx' } });
    await settle();
    expect((await storedPreferences()).messageLanguage).toBe('es');
  });
});
