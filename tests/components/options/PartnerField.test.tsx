import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderOptions, seeded, storedPreferences } from './render-options';
import type { Preferences } from '@/utils/storage/preferences';

/** PartnerField waits this long after typing stops (SAVE_DELAY_MS) before saving. */
const DEBOUNCE_MS = 400;

beforeEach(async () => {
  await renderOptions();
  // Only the debounce timer is fake; storage and vi.waitFor keep real time.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Moves past the debounce and lets any save it started land. */
async function afterDebounce(ms = DEBOUNCE_MS): Promise<Preferences> {
  await vi.advanceTimersByTimeAsync(ms);
  return storedPreferences();
}

const nameInput = (): HTMLInputElement => screen.getByLabelText(/partner/i);
const type = (text: string): void => void fireEvent.input(nameInput(), { target: { value: text } });

describe('Partner name', () => {
  it('shows the stored name', () => {
    expect(nameInput().value).toBe('Alex');
  });

  it('saves a valid name, tidied, once typing stops and leaves other settings alone', async () => {
    type('  Sam   Lee ');
    expect((await afterDebounce(DEBOUNCE_MS - 1)).partnerName).toBe('Alex');
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(async () =>
      expect(await storedPreferences()).toEqual({ ...seeded, partnerName: 'Sam Lee' }),
    );
    expect(nameInput().getAttribute('aria-invalid')).toBe('false');
  });

  it('accepts a name of exactly 40 characters', async () => {
    type('a'.repeat(40));
    await afterDebounce();
    await vi.waitFor(async () =>
      expect((await storedPreferences()).partnerName).toBe('a'.repeat(40)),
    );
  });

  it.each([
    // Empty is a fine name since issue 14 ("your partner"); invisible characters are not.
    [
      'only zero-width',
      '\u200b\u200d',
      'That name has nothing in it we can show. Leave it empty, and nudges say “your partner”.',
    ],
    ['41 characters', 'b'.repeat(41), 'Please keep it to 40 characters or fewer.'],
  ])('explains an %s name and saves nothing', async (_case, text, message) => {
    type(text);
    const error = screen.getByText(message);
    expect(nameInput().getAttribute('aria-invalid')).toBe('true');
    expect(nameInput().getAttribute('aria-describedby')).toContain(error.id);
    expect(await afterDebounce(2 * DEBOUNCE_MS)).toEqual(seeded);
    // The rest of the form keeps its values.
    expect(screen.getByLabelText<HTMLInputElement>('About how many nudges a day').value).toBe('5');
    expect(screen.getByLabelText<HTMLInputElement>('Quiet time 1 from').value).toBe('22:00');
  });

  it('drops a pending save when the name turns invalid before it lands', async () => {
    type('Sam');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    type('\u200b');
    expect(await afterDebounce(2 * DEBOUNCE_MS)).toEqual(seeded);
  });

  it('clears the name back to none, so nudges say "your partner" again', async () => {
    type('');
    expect(nameInput().getAttribute('aria-invalid')).toBe('false');
    await afterDebounce();
    await vi.waitFor(async () => expect((await storedPreferences()).partnerName).toBe(''));
  });

  it('clears the message once the name is fixed', async () => {
    type('\u200b');
    expect(
      screen.getByText(
        'That name has nothing in it we can show. Leave it empty, and nudges say “your partner”.',
      ),
    ).toBeTruthy();
    type('Jo');
    expect(
      screen.queryByText(
        'That name has nothing in it we can show. Leave it empty, and nudges say “your partner”.',
      ),
    ).toBeNull();
    await afterDebounce();
    await vi.waitFor(async () => expect((await storedPreferences()).partnerName).toBe('Jo'));
  });
});

describe('Partner name, leaving the field', () => {
  it('saves at once on blur, without waiting for the delay', async () => {
    type('Robin');
    fireEvent.blur(nameInput());
    await vi.waitFor(async () => expect((await storedPreferences()).partnerName).toBe('Robin'));
  });

  it('saves a name still waiting when the page goes away', async () => {
    type('Kit');
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await storedPreferences()).partnerName).toBe('Kit'));
  });
});
