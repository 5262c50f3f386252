import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seeded } from '../components/options/render-options';
import { libraryNudge } from '../support/library-nudge';
import { getMessageFrom } from './get-message';
import background from '@/entrypoints/background';
import { Options } from '@/components/options/Options';
import { Popup } from '@/components/popup/Popup';
import { nextNudgeStatus } from '@/components/popup/next-nudge-status';
import { checkInWords, nextWords, stateWords } from '@/components/options/glance/glance-words';
import { formatClock } from '@/utils/time/local-time';
import { localizePage } from '@/utils/ui/localize-page';
import { paintNudge } from '@/utils/popup/paint-nudge';
import {
  customNudgesStorage,
  hiddenNudgesStorage,
  learnedWeightsStorage,
  preferencesStorage,
} from '@/utils/storage/storage';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();
// A Spanish browser: messages from es.yml, and what it lacks (the nudge library) from en.yml.
const spanish = await getMessageFrom('locales/es.yml', 'locales/en.yml');

/** This part's own sections: the English the popup and the options page must not show. */
const MINE = ['common', 'category', 'popup', 'options', 'checks'];
const [en, es] = await Promise.all([
  parseMessagesFile('locales/en.yml'),
  parseMessagesFile('locales/es.yml'),
]);
const spanishByKey = new Map(es.map((m) => [m.key.join('.'), m]));
/** Every whole English message of those sections that reads differently in Spanish. */
const english = new Set(
  en.flatMap((m) => {
    if (!MINE.includes(m.key[0] ?? '') || m.type !== 'simple' || m.message.includes('$')) return [];
    const other = spanishByKey.get(m.key.join('.'));
    return other?.type === 'simple' && other.message !== m.message ? [m.message] : [];
  }),
);

/** Each element's own words and its text attributes: what is read or heard on its own. */
function shownStrings(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((el) => [
    [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
    ...['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  ]);
}
const englishIn = (root: Element): string[] => shownStrings(root).filter((s) => english.has(s));

beforeEach(() => {
  fakeBrowser.i18n.getMessage = spanish;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('in a Spanish browser', () => {
  it('has English messages to look for, and would notice them', async () => {
    expect(english.size).toBeGreaterThan(100);
    fakeBrowser.i18n.getMessage = await getMessageFrom('locales/en.yml');
    const { container } = render(<Popup initial={libraryNudge('kind-act-01', NOW)} />);
    expect(englishIn(container)).toEqual(
      expect.arrayContaining(['Kind act', 'Done', 'Not now', 'Another idea']),
    );
  });

  it('the page says it is in Spanish', () => {
    localizePage('x');
    expect(document.documentElement.lang).toBe('es');
  });

  it('the popup speaks Spanish, painted and rendered alike', async () => {
    // The worker re-arms on "Not now", and the popup says the time it armed (issue 14).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    background.main();
    const nudge = libraryNudge('flirty-text-08', NOW);
    const painted = document.createElement('div');
    paintNudge(painted, nudge);
    const { container } = render(<Popup initial={nudge} now={() => NOW} />);
    expect(painted.innerHTML).toBe(container.innerHTML);

    expect(screen.getByRole('button', { name: 'Copiar mensaje' }).textContent).toBe('Copiar');
    for (const name of ['Hecho', 'Ahora no', 'Otra idea', 'Ajustes e historial']) {
      screen.getByRole('button', { name });
    }
    screen.getByText('Mensaje coqueto');
    expect(englishIn(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Ahora no' }));
    const group = await screen.findByRole('group', { name: 'Recuérdamelo otra vez en' });
    for (const name of [
      '15 minutos',
      '30 minutos',
      '1 hora',
      'Volver',
      'No volver a mostrar este',
    ]) {
      within(group).getByRole('button', { name });
    }
    fireEvent.click(within(group).getByRole('button', { name: '30 minutos' }));
    await screen.findByText('De acuerdo. El siguiente llegará en unos 30 minutos.');
    expect(await screen.findByText('¿Cómo estás hoy?')).toBeTruthy();
    screen.getByRole('button', { name: 'Noche dura' });
    expect(englishIn(container)).toEqual([]);
  });

  it('the options page speaks Spanish in every field it has', async () => {
    await preferencesStorage.setValue({ ...seeded, pausedUntil: Date.now() + 3_600_000 });
    await customNudgesStorage.setValue([
      { id: 'custom-1', category: 'touch', text: 'Un abrazo largo', message: 'Te quiero' },
    ]);
    await learnedWeightsStorage.setValue({ touch: { weight: 2, at: Date.now() } });
    await hiddenNudgesStorage.setValue(['kind-act-01']);
    const { container } = render(<Options />);

    await screen.findByRole('heading', { name: '¿Necesitas un respiro?' });
    for (const name of [
      'Tus empujoncitos',
      'Tus propios empujoncitos',
      'Lo que Still Us ha aprendido',
    ]) {
      screen.getByRole('heading', { name });
    }
    screen.getByRole('button', { name: 'Reanudar ya' });
    screen.getByRole('textbox', { name: 'El nombre de tu pareja' });
    const perDay = screen.getByRole('spinbutton', {
      name: 'Más o menos cuántos empujoncitos al día',
    });
    screen.getByRole('checkbox', { name: 'Horas de calma 1 el lunes' });
    screen.getByRole('button', { name: 'Quitar horas de calma 1' });
    screen.getByRole('checkbox', { name: 'Una caricia' });
    screen.getByRole('radio', { name: /^Atrevido pero tierno/ });
    screen.getByRole('radio', { name: /^Solo un corazoncito/ });
    screen.getByRole('checkbox', { name: /^Esperar mientras estoy en una llamada/ });
    await screen.findByRole('button', { name: 'Editar empujoncito 1' });
    screen.getByRole('button', { name: 'Quitar empujoncito 1' });
    screen.getByRole('button', { name: 'Exportar mis empujoncitos' });
    await screen.findByText('Una caricia: más a menudo');
    screen.getByText('Empujoncitos que elegiste no volver a ver: 1');

    // A bad value is explained in Spanish too.
    fireEvent.input(perDay, { target: { value: '0' } });
    screen.getByText('Elige un número entero del 1 al 12, por favor.');

    // Other parts own some sections of this page (history, data, theme…): only these are held.
    const sections = ['section-now', 'section-nudges', 'section-when', 'custom-heading'];
    const mine = [...sections, 'learn-heading', 'section-look']
      .map((id) => container.querySelector(`[aria-labelledby="${id}"]`)!)
      .concat(screen.getByRole('navigation', { name: 'En esta página' }));
    expect(mine.every(Boolean)).toBe(true);
    expect(mine.flatMap(englishIn)).toEqual([]);
  });

  // Spanish reads the hour's article: «la 1:30», «las 2:30» (issue 14). The clock is the
  // browser's own (1:30 or 1:30 PM): both say 1 at 01:30, neither at 02:30.
  it.each([
    [1, 'la'],
    [2, 'las'],
  ])('says the article of %i:30 o’clock', (hour, article) => {
    const at = new Date(2026, 5, 11, hour, 30).getTime();
    const clock = formatClock(at);
    const evening = new Date(2026, 5, 10, 20, 0).getTime();
    expect(nextNudgeStatus({ at, day: 'tomorrow' })).toBe(
      `De acuerdo. El siguiente llegará mañana hacia ${article} ${clock}.`,
    );
    expect(nextNudgeStatus({ at, day: 'later' })).toMatch(
      new RegExp(`^De acuerdo\\. El siguiente llegará el \\S+ hacia ${article} ${clock}\\.$`),
    );
    const paused = { kind: 'paused', until: at } as const;
    expect(stateWords(paused, at - 60_000)).toBe(
      `En pausa hasta ${article} ${clock}. Los empujoncitos volverán solos.`,
    );
    expect(stateWords(paused, evening)).toBe(
      `En pausa hasta mañana a ${article} ${clock}. Los empujoncitos volverán solos.`,
    );
    // The options page's glance reads its hours the same way.
    expect(nextWords({ kind: 'around', at }, evening)).toBe(
      `El siguiente empujoncito llegará mañana hacia ${article} ${clock}.`,
    );
    expect(nextWords({ kind: 'quiet', until: at }, at - 60_000)).toBe(
      `Horas de calma hasta ${article} ${clock}.`,
    );
    expect(checkInWords(at, evening)).toBe(`La charla diaria es mañana a ${article} ${clock}.`);
  });
});
