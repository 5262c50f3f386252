/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from './support/extension';

// Chromium picks the extension's locale from its own UI language: LANGUAGE on Linux, --lang
// elsewhere. With both set to Spanish it reads _locales/es, as a Spanish browser would.
const SPANISH = ['--lang=es'];
process.env.LANGUAGE = 'es';

/** A waiting nudge as the worker puts it in the popup's URL (utils/popup/popup-url.ts). */
const waiting = {
  id: 'kind-act-01',
  category: 'kind-act',
  text: 'Bring Sam a glass of water.',
  shownAt: Date.now(),
  delivery: 'popup',
};
/** Spanish labels of the kinds (locales/es.yml `category`). */
const KINDS =
  /^(Ánimo|Un detalle|Mensaje coqueto|Una risa|¿Qué tal estás\?|Dilo con cariño|Agradecimiento|Una caricia|Repartir la carga|Mini cita|Tiempo para ti)$/;

describe('in a Spanish Chromium', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchExtension(undefined, { args: SPANISH });
  });
  afterAll(async () => {
    delete process.env.LANGUAGE;
    await ext?.close();
  });

  it('the manifest and the worker read the Spanish messages', async () => {
    const seen = await ext.worker.evaluate(() => ({
      name: chrome.runtime.getManifest().name,
      description: chrome.runtime.getManifest().description,
      title: chrome.i18n.getMessage('notify_title', ['Un detalle']),
    }));
    expect(seen.name).toBe('Still Us');
    expect(seen.description).toMatch(/^Pequeños momentos/);
    expect(seen.title).toBe('Still Us · Un detalle');
  });

  it('the popup is in Spanish, its buttons, kind and question', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url(`popup.html#${encodeURIComponent(JSON.stringify(waiting))}`));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    // Nothing is stored as waiting, so once Preact runs it may offer a fresh nudge instead.
    await page.getByText('¿Cómo estás hoy?').waitFor();
    expect(await page.locator('#nudge-label').textContent()).toMatch(KINDS);
    for (const name of ['Hecho', 'Ahora no', 'Otra idea', 'Ajustes e historial']) {
      await page.getByRole('button', { name, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Ahora no' }).click();
    await page.getByRole('button', { name: '1 hora' }).waitFor();
    await page.close();
  });

  it('the options page is in Spanish, title and language included', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await page.getByRole('heading', { name: '¿Necesitas un respiro?' }).waitFor();
    expect(await page.title()).toBe('Still Us · Ajustes e historial');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('checkbox', { name: 'Horas de calma 1 el lunes' }).waitFor();
    await page.getByLabel('Más o menos cuántos empujoncitos al día').fill('0');
    await page.getByText('Elige un número entero del 1 al 12, por favor.').waitFor();
    await page.close();
  });
});
