import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DELIVERY,
  DONE,
  NAME,
  QUIET,
  nameInput,
  press,
  quietFrom,
  quietUntil,
  renderWelcome,
  settle,
  stepHeading,
  storedPreferences,
  typeInto,
} from './render-welcome';
import { defaultPreferences, type Preferences } from '@/utils/storage/preferences';

afterEach(cleanup);

/** What the person does before pressing Skip, and what is stored afterwards. */
interface SkipCase {
  at: string;
  before: () => Promise<void>;
  stored: Partial<Preferences>;
}

const toQuiet = async (): Promise<void> => {
  typeInto(nameInput(), 'Sam');
  press('Next');
  await stepHeading(QUIET);
};
const toDelivery = async (): Promise<void> => {
  await toQuiet();
  typeInto(quietFrom(), '22:00');
  press('Next');
  await stepHeading(DELIVERY);
};

const cases: [string, SkipCase][] = [
  ['step 1, untouched', { at: NAME, before: async () => {}, stored: {} }],
  [
    'step 1, a name typed',
    { at: NAME, before: async () => typeInto(nameInput(), 'Sam'), stored: { partnerName: 'Sam' } },
  ],
  [
    'step 1, a name too long (not kept, nothing else lost)',
    { at: NAME, before: async () => typeInto(nameInput(), 'x'.repeat(41)), stored: {} },
  ],
  ['step 2, untouched', { at: QUIET, before: toQuiet, stored: { partnerName: 'Sam' } }],
  [
    'step 2, times changed',
    {
      at: QUIET,
      before: async () => {
        await toQuiet();
        typeInto(quietUntil(), '06:00');
      },
      stored: { partnerName: 'Sam', quietHours: [{ start: '21:30', end: '06:00' }] },
    },
  ],
  [
    'step 2, the same time twice (not kept)',
    {
      at: QUIET,
      before: async () => {
        await toQuiet();
        typeInto(quietUntil(), '21:30');
      },
      stored: { partnerName: 'Sam' },
    },
  ],
  [
    'step 3, untouched',
    {
      at: DELIVERY,
      before: toDelivery,
      stored: { partnerName: 'Sam', quietHours: [{ start: '22:00', end: '07:30' }] },
    },
  ],
  [
    'step 3, a choice made',
    {
      at: DELIVERY,
      before: async () => {
        await toDelivery();
        screen.getByRole('radio', { name: /A notification only/ }).click();
      },
      stored: {
        partnerName: 'Sam',
        quietHours: [{ start: '22:00', end: '07:30' }],
        delivery: 'notification',
      },
    },
  ],
];

it.each(cases)('Skip at %s keeps what was entered and leaves the rest', async (_, c) => {
  await renderWelcome();
  await c.before();
  await stepHeading(c.at);
  const skip = screen.getByRole('button', { name: 'Skip for now' });
  // A real button in the tab order: reachable with the keyboard.
  expect(skip.getAttribute('type')).toBe('button');
  expect(skip.tabIndex).toBe(0);
  skip.click();
  const done = await stepHeading(DONE);
  expect(document.activeElement).toBe(done);
  await settle();
  expect(await storedPreferences()).toEqual({ ...defaultPreferences, ...c.stored });
  const shown = c.stored.partnerName ?? 'your partner';
  expect((await screen.findByTestId('nudge-text')).textContent).toContain(shown);
});

it('writes nothing at all when skipped straight away', async () => {
  await renderWelcome();
  press('Skip for now');
  await stepHeading(DONE);
  await settle();
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
});
