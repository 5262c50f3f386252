import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, seeded, settle, storedPreferences } from './render-options';
import { categoryLabel } from '@/utils/library/nudge';
import type { Preferences } from '@/utils/storage/preferences';
import { preferencesStorage } from '@/utils/storage/storage';

// Issue 14, item 8: a field keeps no stale copy of what it loaded. A change written to
// storage.sync behind the page's back (another tab, the welcome page, sync) shows, and the
// next edit here is made to it, not to what the page first read.

afterEach(cleanup);

const checkbox = (name: string): HTMLInputElement => screen.getByRole('checkbox', { name });
const byLabel = (name: string): HTMLInputElement => screen.getByLabelText(name);
const setTime = (input: HTMLInputElement, value: string): void =>
  void fireEvent.change(input, { target: { value } });

/** Writes to storage as another tab or device would, and waits until the page shows it. */
async function behindItsBack(change: Partial<Preferences>, shown: () => void): Promise<void> {
  await preferencesStorage.setValue({ ...(await storedPreferences()), ...change });
  await waitFor(shown);
}

const secondRange = { start: '13:00', end: '14:00', days: [0, 6] };

describe('fields follow storage while they are not being edited', () => {
  it('kinds: a kind turned on elsewhere shows, and stays on when another is turned on here', async () => {
    await renderOptions();
    const off = seeded.kindsOff.filter((c) => c !== 'check-in');
    await behindItsBack({ kindsOff: off }, () =>
      expect(checkbox(categoryLabel('check-in')).checked).toBe(true),
    );
    fireEvent.click(checkbox(categoryLabel('send-a-laugh')));
    await waitFor(async () =>
      expect((await storedPreferences()).kindsOff).toEqual(off.filter((c) => c !== 'send-a-laugh')),
    );
  });

  it('quiet hours: a range added elsewhere shows, and stays when the first is edited here', async () => {
    await renderOptions();
    await behindItsBack({ quietHours: [...seeded.quietHours, secondRange] }, () =>
      expect(byLabel('Quiet time 2 from').value).toBe('13:00'),
    );
    setTime(byLabel('Quiet time 1 from'), '21:00');
    await waitFor(async () =>
      expect((await storedPreferences()).quietHours).toEqual([
        { start: '21:00', end: '06:30' },
        secondRange,
      ]),
    );
  });

  it('work hours: an end set elsewhere shows, and stays when a day is added here', async () => {
    await renderOptions();
    await behindItsBack({ workHours: { ...seeded.workHours!, end: '18:00' } }, () =>
      expect(byLabel('Work hours until').value).toBe('18:00'),
    );
    fireEvent.click(checkbox('Saturday'));
    await waitFor(async () =>
      expect((await storedPreferences()).workHours).toEqual({
        days: [1, 2, 3, 4, 5, 6],
        start: '09:00',
        end: '18:00',
      }),
    );
  });

  it('work hours turned off elsewhere: the field shows them off', async () => {
    await renderOptions();
    await behindItsBack({ workHours: null }, () =>
      expect(checkbox('Keep flirty nudges out of work hours').checked).toBe(false),
    );
    expect(screen.queryByLabelText('Work hours from')).toBeNull();
  });

  it('counts and the name show what was set elsewhere', async () => {
    await renderOptions();
    await behindItsBack({ perDay: 9, maxPerDay: 11, partnerName: 'Robin' }, () => {
      expect(byLabel('About how many nudges a day').value).toBe('9');
      expect(byLabel('Never more than this many a day').value).toBe('11');
      expect(byLabel('Your partner’s name').value).toBe('Robin');
    });
  });

  it('a field after an edit here that was saved follows storage again', async () => {
    await renderOptions();
    fireEvent.input(byLabel('About how many nudges a day'), { target: { value: '7' } });
    await waitFor(async () => expect((await storedPreferences()).perDay).toBe(7));
    await behindItsBack({ perDay: 3 }, () =>
      expect(byLabel('About how many nudges a day').value).toBe('3'),
    );
  });
});

describe('a field being edited keeps its draft', () => {
  it('a half-set quiet range stays as typed when quiet hours change elsewhere', async () => {
    await renderOptions();
    setTime(byLabel('Quiet time 1 until'), '');
    await screen.findByText('Please set both a start and an end time.');
    await preferencesStorage.setValue({
      ...(await storedPreferences()),
      quietHours: [{ start: '23:00', end: '05:00' }],
    });
    await settle();
    expect([byLabel('Quiet time 1 from').value, byLabel('Quiet time 1 until').value]).toEqual([
      '22:00',
      '',
    ]);
  });

  it('a count being typed (not valid yet) stays as typed', async () => {
    await renderOptions();
    fireEvent.input(byLabel('About how many nudges a day'), { target: { value: '' } });
    await preferencesStorage.setValue({ ...(await storedPreferences()), perDay: 9 });
    await settle();
    expect(byLabel('About how many nudges a day').value).toBe('');
  });
});
