import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
import { defaultPreferences } from '@/utils/storage/preferences';

afterEach(cleanup);

describe('no name at all (issue 18: the name is optional)', () => {
  it.each([
    ['never typed', null],
    ['typed, then cleared', 'Sam'],
  ])('%s: Next goes on, stores an empty name, and nudges say “your partner”', async (_, typed) => {
    await renderWelcome(typed === null ? undefined : { partnerName: typed });
    typeInto(nameInput(), '');
    press('Next');
    await stepHeading(QUIET);
    expect(screen.queryByText(/Please type a name/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await settle();
    expect((await storedPreferences()).partnerName).toBe('');
    press('Skip the rest');
    await stepHeading(DONE);
    expect((await screen.findByTestId('nudge-text')).textContent).toContain('your partner');
  });
});

describe('a name that needs fixing', () => {
  it.each([
    // Empty is a fine name since issue 14 ("your partner"); invisible characters are not.
    [
      'only zero-width',
      '\u200b\u200d',
      'That name has nothing in it we can show. Leave it empty, and nudges say “your partner”.',
    ],
    ['41 characters', 'b'.repeat(41), 'Please keep it to 40 characters or fewer.'],
  ])(
    '%s: a kind message next to the field, nothing saved, nothing lost',
    async (_, text, message) => {
      await renderWelcome();
      typeInto(nameInput(), text);
      press('Next');
      const error = await screen.findByText(message);
      expect(nameInput().getAttribute('aria-invalid')).toBe('true');
      expect(nameInput().getAttribute('aria-describedby')).toContain(error.id);
      // Focus goes to the field, where a screen reader reads the message with it.
      expect(document.activeElement).toBe(nameInput());
      expect(nameInput().value).toBe(text);
      await stepHeading(NAME);
      await settle();
      expect(await storedPreferences()).toEqual(defaultPreferences);
    },
  );

  it('drops the message once the name is fixed, then goes on', async () => {
    await renderWelcome();
    typeInto(nameInput(), 'c'.repeat(41));
    press('Next');
    await screen.findByText('Please keep it to 40 characters or fewer.');
    typeInto(nameInput(), 'Kim');
    expect(screen.queryByText('Please keep it to 40 characters or fewer.')).toBeNull();
    expect(nameInput().getAttribute('aria-invalid')).toBe('false');
    press('Next');
    await stepHeading(QUIET);
    expect((await storedPreferences()).partnerName).toBe('Kim');
  });
});

describe('quiet times that need fixing', () => {
  it.each([
    [
      'the same start and end',
      '07:30',
      'Start and end are the same time. Please pick different times.',
    ],
    ['no end', '', 'Please set both a start and an end time.'],
  ])('%s: a message, nothing saved', async (_, end, message) => {
    await renderWelcome({ partnerName: 'Sam' });
    press('Next');
    await stepHeading(QUIET);
    typeInto(quietFrom(), '07:30');
    typeInto(quietUntil(), end);
    press('Next');
    await screen.findByText(message);
    expect(quietFrom().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(quietFrom());
    await settle();
    expect((await storedPreferences()).quietHours).toEqual(defaultPreferences.quietHours);
  });
});

describe('when storage refuses a save', () => {
  it('says so, stays on the step, keeps what was typed, and saves on a retry', async () => {
    await renderWelcome();
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    typeInto(nameInput(), 'Sam');
    press('Next');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'That could not be saved just now. Please try again in a moment, or skip for now.',
    );
    expect(nameInput().value).toBe('Sam');
    press('Next');
    await stepHeading(QUIET);
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await storedPreferences()).partnerName).toBe('Sam');
    expect(set).toHaveBeenCalledTimes(2);
  });
});

describe('the delivery step', () => {
  it('names its choices by the question, with a hint for each', async () => {
    await renderWelcome({ partnerName: 'Sam' });
    press('Next');
    await stepHeading(QUIET);
    press('Next');
    await stepHeading(DELIVERY);
    const group = screen.getByRole('group', { name: DELIVERY });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    expect(screen.getByRole('radio', { name: /Click it to open the nudge/ })).toBeTruthy();
  });
});
