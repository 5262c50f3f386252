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

async function seedHistory(): Promise<void> {
  await appendHistory(entry(NOW - 2 * DAY, 'shown', { delivery: 'popup' }));
  await appendHistory(entry(NOW - DAY, 'done', { category: 'touch', text: 'Hold hands' }));
  await appendHistory(
    entry(NOW - 2 * HOUR, 'copied', {
      category: 'flirty-text',
      text: 'Send a spark:',
      message: 'Hi LOVE',
    }),
  );
  await appendHistory(entry(NOW - HOUR, 'done', { category: 'check-in' }));
}

const section = (): HTMLElement => screen.getByRole('region', { name: 'History' });
const status = (): string => within(section()).getByRole('status').textContent ?? '';
const historyItems = async (): Promise<HTMLElement[]> =>
  within(await screen.findByTestId('history')).getAllByRole('listitem');
const texts = async (): Promise<string[]> =>
  (await historyItems()).map((li) => li.querySelector('.history-text')?.textContent ?? '');

describe('History', () => {
  it('lists entries newest first under a heading per day, with what was done and the kind', async () => {
    await seedHistory();
    await renderOptions();
    const items = await historyItems();
    const list = screen.getByTestId('history');
    expect(
      within(list)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Today', 'Yesterday', 'Monday, June 8']);
    expect(items.map((li) => li.querySelector('.history-action')?.textContent)).toEqual([
      'Done',
      'Copied',
      'Done',
      'Shown',
    ]);
    expect(items.map((li) => li.querySelector('.history-kind')?.textContent)).toEqual([
      'Check-in',
      'Flirty text',
      'A little touch',
      'Kind act',
    ]);
    expect(items[1]?.textContent).toContain('Send a spark:');
    expect(items[1]?.querySelector('q')?.textContent).toBe('Hi LOVE');
    expect(status()).toBe('Showing 4 entries, newest first.');
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
      entry(NOW, 'shown', { text: '<img src=x onerror=alert(1)>', message: '<b>x</b>' }),
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
      expect(await texts()).toEqual([`Nudge at ${NOW - HOUR}`, 'Hold hands']),
    );
    expect(status()).toBe('2 entries found.');
  });

  it('searches the text and the message in any case, once typing pauses', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    const search = within(section()).getByRole('searchbox', { name: 'Search' });
    fireEvent.input(search, { target: { value: 'hi love' } });
    // Not at once: the list follows when typing pauses.
    expect(await historyItems()).toHaveLength(4);
    await waitFor(async () => expect(await texts()).toEqual(['Send a spark:Hi LOVE']));

    fireEvent.input(search, { target: { value: 'birthday cake' } });
    await waitFor(() =>
      expect(status()).toBe(
        'Nothing here matches that. Fewer words or another kind might find it.',
      ),
    );
    expect(screen.queryByTestId('history')).toBeNull();
  });

  it('shows the newest 100 and loads older ones on request', async () => {
    for (let i = 0; i < 101; i++) await appendHistory(entry(NOW - i * HOUR, 'shown'));
    await renderOptions();
    expect(await historyItems()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(async () => expect(await historyItems()).toHaveLength(101));
    expect((await historyItems()).at(-1)?.textContent).toContain(`Nudge at ${NOW - 100 * HOUR}`);
    expect(status()).toBe('Showing 101 entries, newest first.');
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  it('stops a rare search part way and searches further back on request', async () => {
    const count = 5100;
    const entries = Array.from({ length: count }, (_, i) =>
      entry(NOW - i * MINUTE, 'shown', i === count - 1 ? { text: 'The very first one' } : {}),
    );
    await setMany(
      entries.map((e, i) => [[e.at, i / count], e]),
      historyStore(),
    );
    await renderOptions();
    await historyItems();
    fireEvent.input(within(section()).getByRole('searchbox', { name: 'Search' }), {
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
    expect(await historyItems()).toHaveLength(4);
    expect(await readHistory()).toHaveLength(4);
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
