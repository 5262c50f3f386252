import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { setMany } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { clockFrozenAt, renderOptions } from './render-options';
import {
  appendHistory,
  historyStore,
  readHistory,
  type HistoryEntry,
} from '@/utils/history/history';
import { DAY, HOUR, MINUTE } from '@/utils/time/local-time';

// The unit project runs in America/New_York.
const NOW = new Date(2026, 5, 10, 15, 0).getTime(); // Wednesday 10 June 2026, 15:00

const entry = (
  at: number,
  action: HistoryEntry['action'],
  extra: Partial<HistoryEntry> = {},
): HistoryEntry => ({
  at,
  id: `nudge-${at}`,
  category: 'kind-act',
  text: `Nudge at ${at}`,
  action,
  ...extra,
});

clockFrozenAt(NOW);

/** A nudge shown a minute before `at`, then acted on at `at`: one row. */
async function acted(
  at: number,
  actions: HistoryEntry['action'][],
  extra: Partial<HistoryEntry> = {},
): Promise<void> {
  const nudge = { id: `nudge-${at}`, text: `Nudge at ${at}`, ...extra };
  await appendHistory(entry(at - MINUTE, 'shown', { delivery: 'popup', ...nudge }));
  for (const [i, action] of actions.entries()) await appendHistory(entry(at + i, action, nudge));
}

/** Four nudges: one only seen (two days ago), three acted on. */
async function seedHistory(): Promise<void> {
  await appendHistory(entry(NOW - 2 * DAY, 'shown', { delivery: 'popup' }));
  await acted(NOW - DAY, ['done'], { category: 'touch', text: 'Hold hands' });
  await acted(NOW - 2 * HOUR, ['copied', 'done'], {
    category: 'flirty-text',
    text: 'Send a spark:',
    message: 'Hi LOVE',
  });
  await acted(NOW - HOUR, ['done'], { category: 'check-in' });
}

const section = (): HTMLElement => screen.getByRole('region', { name: 'History' });
const status = (): string => within(section()).getByRole('status').textContent ?? '';
const historyItems = async (): Promise<HTMLElement[]> =>
  within(await screen.findByTestId('history')).getAllByRole('listitem');
const texts = async (): Promise<string[]> =>
  (await historyItems()).map((li) => li.querySelector('.history-text')?.textContent ?? '');

describe('History', () => {
  it('lists one row per nudge, newest first under a heading per day, with what became of it', async () => {
    await seedHistory();
    await renderOptions();
    const items = await historyItems();
    const list = screen.getByTestId('history');
    expect(
      within(list)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Today', 'Yesterday']);
    expect(items.map((li) => li.querySelector('.history-action')?.textContent)).toEqual([
      'Done',
      'Copied · Done',
      'Done',
    ]);
    expect(items.map((li) => li.querySelector('.history-kind')?.textContent)).toEqual([
      'Check-in',
      'Flirty text',
      'A little touch',
    ]);
    // The time a row shows is when the nudge came.
    expect(items[0]?.querySelector('time')?.dateTime).toBe(
      new Date(NOW - HOUR - MINUTE).toISOString(),
    );
    expect(items[1]?.textContent).toContain('Send a spark:');
    expect(items[1]?.querySelector('q')?.textContent).toBe('Hi LOVE');
    expect(status()).toBe('Showing 3 entries, newest first.');
    // Stored as it was: every shown and every action.
    expect(await readHistory()).toHaveLength(8);
  });

  it('says why the list is empty when every nudge so far was only seen, and the box lists them', async () => {
    await appendHistory(entry(NOW - HOUR, 'shown', { delivery: 'popup' }));
    await renderOptions();
    const why = await within(section()).findByText(/^So far, only nudges you saw and left be\./);
    expect(why.textContent).toContain('“Show nudges I only saw”');
    fireEvent.click(within(section()).getByRole('checkbox', { name: 'Show nudges I only saw' }));
    await waitFor(async () => expect(await historyItems()).toHaveLength(1));
    expect(within(section()).queryByText(/^So far, only nudges you saw/)).toBeNull();
  });

  it('leaves out the nudges only seen until asked, with a labelled box the keyboard reaches', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    const box = within(section()).getByRole('checkbox', { name: 'Show nudges I only saw' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(box.tabIndex).toBe(0);
    box.focus();
    expect(document.activeElement).toBe(box);
    fireEvent.click(box);
    await waitFor(async () => expect(await historyItems()).toHaveLength(4));
    const last = (await historyItems()).at(-1);
    expect(last?.querySelector('.history-action')?.textContent).toBe('Seen');
    expect(
      within(screen.getByTestId('history'))
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Today', 'Yesterday', 'Monday, June 8']);
    expect(status()).toBe('Showing 4 entries, newest first.');
    fireEvent.click(box);
    await waitFor(async () => expect(await historyItems()).toHaveLength(3));
  });

  it('offers what was done, not "Seen", under What happened', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    const options = within(within(section()).getByLabelText('What happened'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Anything',
      'Copied',
      'Done',
      'Not now',
      'Asked for another',
      'Never show again',
    ]);
  });

  it('marks only the first entry’s text for the benchmark’s Element Timing', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    const marked = screen.getByTestId('history').querySelectorAll('[elementtiming]');
    expect([...marked].map((el) => [el.getAttribute('elementtiming'), el.textContent])).toEqual([
      ['history', `Nudge at ${NOW - HOUR}`],
    ]);
  });

  it('says so kindly when there is nothing yet, with nothing to filter or clear', async () => {
    await renderOptions();
    await within(section()).findByText(/Nothing yet\. Your first nudge/);
    expect(within(section()).queryByRole('button', { name: 'Clear history' })).toBeNull();
    expect(within(section()).queryByLabelText('Kind')).toBeNull();
  });

  it('renders markup in history as plain characters', async () => {
    await appendHistory(
      entry(NOW, 'done', { text: '<img src=x onerror=alert(1)>', message: '<b>x</b>' }),
    );
    await renderOptions();
    const [item] = await historyItems();
    expect(item?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(item?.querySelector('img, b')).toBeNull();
  });

  it('narrows to one kind, and to what was done', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    fireEvent.change(within(section()).getByLabelText('Kind'), {
      target: { value: 'flirty-text' },
    });
    await waitFor(async () => expect(await texts()).toEqual(['Send a spark:Hi LOVE']));
    expect(status()).toBe('1 entry found.');

    fireEvent.change(within(section()).getByLabelText('Kind'), { target: { value: 'all' } });
    fireEvent.change(within(section()).getByLabelText('What happened'), {
      target: { value: 'done' },
    });
    await waitFor(async () =>
      expect(await texts()).toEqual([
        `Nudge at ${NOW - HOUR}`,
        'Send a spark:Hi LOVE',
        'Hold hands',
      ]),
    );
    expect(status()).toBe('3 entries found.');

    fireEvent.change(within(section()).getByLabelText('What happened'), {
      target: { value: 'copied' },
    });
    await waitFor(async () => expect(await texts()).toEqual(['Send a spark:Hi LOVE']));
  });

  it('searches the text and the message in any case, once typing pauses', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    const search = within(section()).getByRole('searchbox', { name: 'Search' });
    fireEvent.input(search, { target: { value: 'hi love' } });
    // Not at once: the list follows when typing pauses.
    expect(await historyItems()).toHaveLength(3);
    await waitFor(async () => expect(await texts()).toEqual(['Send a spark:Hi LOVE']));

    fireEvent.input(search, { target: { value: 'birthday cake' } });
    await waitFor(() =>
      expect(status()).toBe(
        'Nothing here matches that. Fewer words or another kind might find it.',
      ),
    );
    expect(screen.queryByTestId('history')).toBeNull();
  });

  it('shows the newest page (100 entries, 50 nudges) and loads older ones on request', async () => {
    for (let i = 0; i < 51; i++) await acted(NOW - i * HOUR, ['done']);
    await renderOptions();
    expect(await historyItems()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(async () => expect(await historyItems()).toHaveLength(51));
    const last = (await historyItems()).at(-1);
    expect(last?.textContent).toContain(`Nudge at ${NOW - 50 * HOUR}`);
    expect(last?.querySelector('.history-action')?.textContent).toBe('Done');
    expect(status()).toBe('Showing 51 entries, newest first.');
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  it('stops a rare search part way and searches further back on request', async () => {
    const count = 5100;
    const entries = Array.from({ length: count }, (_, i) =>
      i === count - 1
        ? entry(NOW - i * MINUTE, 'done', { text: 'The very first one' })
        : entry(NOW - i * MINUTE, 'shown'),
    );
    await setMany(
      entries.map((e, i) => [[e.at, i / count], e]),
      historyStore(),
    );
    await renderOptions();
    // The newest page holds only nudges seen, left out: the search is there all the same.
    const search = await within(section()).findByRole('searchbox', { name: 'Search' });
    expect(screen.queryByTestId('history')).toBeNull();
    fireEvent.input(search, {
      target: { value: 'very first' },
    });
    await waitFor(() => expect(status()).toMatch(/^Nothing matching as far back as June 7, 2026/), {
      timeout: 10_000,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search further back' }));
    await waitFor(async () => expect(await texts()).toEqual(['The very first one']), {
      timeout: 10_000,
    });
    expect(status()).toBe('1 entry found.');
  }, 30_000);

  it('asks before clearing, and "Keep it" keeps everything', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    const confirm = screen.getByRole('group', { name: 'Confirm clearing history' });
    expect(within(confirm).getByRole('button', { name: 'Yes, clear history' })).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: 'Confirm clearing history' })).toBeNull();
    expect(await historyItems()).toHaveLength(3);
    expect(await readHistory()).toHaveLength(8);
  });

  it('clears everything once confirmed, and says so', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    fireEvent.change(within(section()).getByLabelText('Kind'), { target: { value: 'touch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear history' }));
    await waitFor(() => expect(status()).toBe('History cleared.'));
    expect(await readHistory()).toEqual([]);
    await within(section()).findByText(/Nothing yet\. Your first nudge/);
    expect(screen.queryByTestId('history')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'History' }));
  });
});
