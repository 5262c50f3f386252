import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderOptions } from './render-options';
import { appendHistory, clearHistory, readHistory, type HistoryEntry } from '@/utils/history';
import { HOUR } from '@/utils/local-time';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();

const entry = (
  at: number,
  action: HistoryEntry['action'],
  extra: Partial<HistoryEntry> = {},
): HistoryEntry => ({
  at,
  nudgeId: `nudge-${at}`,
  category: 'kind-act',
  text: `Nudge at ${at}`,
  action,
  ...extra,
});

beforeEach(async () => {
  // history.ts keeps its first database open, so setup's fresh IndexedDB alone doesn't empty it.
  await clearHistory();
});
afterEach(cleanup);

async function seedHistory(): Promise<void> {
  await appendHistory(entry(NOW - 3 * HOUR, 'shown', { delivery: 'popup' }));
  await appendHistory(
    entry(NOW - 2 * HOUR, 'copied', {
      category: 'flirty-text',
      text: 'Send a spark:',
      message: 'Hi love',
    }),
  );
  await appendHistory(entry(NOW - HOUR, 'done', { category: 'check-in' }));
}

const historyItems = async (): Promise<HTMLElement[]> =>
  within(await screen.findByTestId('history')).getAllByRole('listitem');

describe('History', () => {
  it('lists entries newest first, with what was done and the kind', async () => {
    await seedHistory();
    await renderOptions();
    const items = await historyItems();
    expect(items.map((li) => li.querySelector('.history-action')?.textContent)).toEqual([
      'Done',
      'Copied',
      'Shown',
    ]);
    expect(items.map((li) => li.querySelector('.history-kind')?.textContent)).toEqual([
      'Check-in',
      'Flirty text',
      'Kind act',
    ]);
    expect(items[1]?.textContent).toContain('Send a spark:');
    expect(items[1]?.querySelector('q')?.textContent).toBe('Hi love');
  });

  it('says so when there is nothing yet, and offers nothing to clear', async () => {
    await renderOptions();
    await screen.findByText(/Nothing yet\. Your first nudge/);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Clear history' }).disabled).toBe(
      true,
    );
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

  it('asks before clearing, and "Keep it" keeps everything', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    const confirm = screen.getByRole('group', { name: 'Confirm clearing history' });
    expect(within(confirm).getByRole('button', { name: 'Yes, clear history' })).toBeTruthy();
    expect(await readHistory()).toHaveLength(3);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: 'Confirm clearing history' })).toBeNull();
    expect(await historyItems()).toHaveLength(3);
    expect(await readHistory()).toHaveLength(3);
  });

  it('clears everything once confirmed', async () => {
    await seedHistory();
    await renderOptions();
    await historyItems();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear history' }));
    await screen.findByText('History cleared.');
    expect(await readHistory()).toEqual([]);
    expect(screen.queryByTestId('history')).toBeNull();
    expect(screen.getByText(/Nothing yet\. Your first nudge/)).toBeTruthy();
  });

  it('shows the newest 100 and loads older ones on request', async () => {
    for (let i = 0; i < 101; i++) await appendHistory(entry(NOW - i * HOUR, 'shown'));
    await renderOptions();
    expect(await historyItems()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(async () => expect(await historyItems()).toHaveLength(101));
    expect((await historyItems()).at(-1)?.textContent).toContain(`Nudge at ${NOW - 100 * HOUR}`);
  });
});
