import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '@/components/welcome/Welcome';

// As the browser does with default_locale "en": Spanish first, English where Spanish has none
// (the nudge library stays English in this issue). `$1`… take the substitutions.
const es = generateChromeMessages(await parseMessagesFile('locales/es.yml'));
const en = generateChromeMessages(await parseMessagesFile('locales/en.yml'));
const spanish = (name: string, substitutions: string | (string | number)[] = []): string => {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const message = es[name]?.message ?? en[name]?.message ?? '';
  return message.replace(/\$([1-9])/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
};

beforeEach(() => {
  fakeBrowser.i18n.getMessage = spanish;
});
afterEach(cleanup);

it('speaks Spanish when the browser does', async () => {
  render(<Welcome />);
  await screen.findByRole('heading', { level: 1, name: 'Te damos la bienvenida a Still Us' });
  expect(screen.getByText('Paso 1 de 3')).toBeTruthy();
  expect(screen.getByRole('heading', { name: '¿Para quién son estos momentitos?' })).toBeTruthy();
  expect(screen.getByLabelText('El nombre de tu pareja')).toBeTruthy();
  for (const name of ['Siguiente', 'Saltar esta pregunta', 'Saltar el resto'])
    expect(screen.getByRole('button', { name })).toBeTruthy();
  for (const english of ['Next', 'Skip this question', 'Skip the rest', 'Step 1 of 3'])
    expect(screen.queryByText(english)).toBeNull();
});
