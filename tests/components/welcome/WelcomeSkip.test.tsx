import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
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
];

/** The step after each: skipping one question asks the next. */
const after: Record<string, string> = { [NAME]: QUIET, [QUIET]: DELIVERY };

/** A real button in the tab order: reachable with the keyboard. */
const skipButton = (name: string): HTMLButtonElement => {
  const button = screen.getByRole<HTMLButtonElement>('button', { name });
  expect(button.getAttribute('type')).toBe('button');
  expect(button.tabIndex).toBe(0);
  return button;
};

/** What is stored and shown at the end, once pending saves have landed. */
async function expectEnd(stored: Partial<Preferences>): Promise<void> {
  const done = await stepHeading(DONE);
  expect(document.activeElement).toBe(done);
  await settle();
  expect(await storedPreferences()).toEqual({ ...defaultPreferences, ...stored });
  const shown = stored.partnerName ?? 'your partner';
  expect((await screen.findByTestId('nudge-text')).textContent).toContain(shown);
}

it.each(cases)('Skip the rest at %s keeps what was entered and leaves the rest', async (_, c) => {
  await renderWelcome();
  await c.before();
  await stepHeading(c.at);
  skipButton('Skip the rest').click();
  await expectEnd(c.stored);
});

it.each(cases)(
  'Skip this question at %s keeps what was entered, then asks the next',
  async (_, c) => {
    await renderWelcome();
    await c.before();
    await stepHeading(c.at);
    skipButton('Skip this question').click();
    const next = await stepHeading(after[c.at]!);
    expect(document.activeElement).toBe(next);
    await settle();
    expect(await storedPreferences()).toEqual({ ...defaultPreferences, ...c.stored });
  },
);

describe('the last question', () => {
  it.each([
    ['untouched', () => {}, {}],
    [
      'a choice made',
      () => screen.getByRole('radio', { name: /A notification only/ }).click(),
      { delivery: 'notification' as const },
    ],
  ])('%s: one way to skip, to the end, keeping the choice', async (_, choose, stored) => {
    await renderWelcome();
    await toDelivery();
    choose();
    await stepHeading(DELIVERY);
    expect(screen.queryByRole('button', { name: 'Skip the rest' })).toBeNull();
    skipButton('Skip this question').click();
    await expectEnd({
      partnerName: 'Sam',
      quietHours: [{ start: '22:00', end: '07:30' }],
      ...stored,
    });
  });
});

it('skipping question by question (and going back) asks every one and writes nothing', async () => {
  await renderWelcome();
  for (const heading of [QUIET, DELIVERY]) {
    press('Skip this question');
    await stepHeading(heading);
  }
  press('Back');
  await stepHeading(QUIET);
  press('Skip this question');
  await stepHeading(DELIVERY);
  press('Skip this question');
  await stepHeading(DONE);
  await settle();
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
});

it('writes nothing at all when the rest is skipped straight away', async () => {
  await renderWelcome();
  press('Skip the rest');
  await stepHeading(DONE);
  await settle();
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
});
