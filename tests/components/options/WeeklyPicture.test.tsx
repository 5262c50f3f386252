import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { clockFrozenAt } from './render-options';
import { WeeklyPicture } from '@/components/options/WeeklyPicture';
import { appendHistory, clearHistory, type HistoryEntry } from '@/utils/history/history';
import { announceHistoryChanged, HISTORY_SHOWN } from '@/utils/history/history-query';
import { DAY, HOUR } from '@/utils/time/local-time';

// The unit project runs in America/New_York.
const NOW = new Date(2026, 5, 10, 15, 0).getTime(); // Wednesday 10 June 2026, 15:00

const acted = (at: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  at,
  id: `n${at}`,
  category: 'flirty-text',
  text: 'Send a spark',
  action: 'copied',
  ...extra,
});

clockFrozenAt(NOW);

/** Renders the picture as the options page does: it reads once the history list has painted. */
async function renderPicture(): Promise<HTMLElement> {
  render(<WeeklyPicture />);
  document.dispatchEvent(new Event(HISTORY_SHOWN));
  return screen.findByRole('img', { name: 'Small moments, week by week' });
}

describe('WeeklyPicture', () => {
  it('says this week warmly and describes the picture in words', async () => {
    for (let i = 0; i < 4; i++) await appendHistory(acted(NOW - i * HOUR));
    await appendHistory(acted(NOW - 9 * DAY, { category: 'touch', action: 'done' }));
    await appendHistory(acted(NOW - 2 * HOUR, { action: 'shown' }));
    const picture = await renderPicture();
    expect(screen.getByText('You sent 4 flirty texts this week.')).toBeTruthy();
    const description = picture.querySelector(`[id="${picture.getAttribute('aria-describedby')}"]`);
    expect(description?.textContent).toBe(
      'Small moments you acted on over the last 8 weeks. Week of June 1: 1. This week: 4.',
    );
    expect(picture.querySelectorAll('rect.weekly-bar')).toHaveLength(2);
    expect(picture.querySelectorAll('rect.this-week')).toHaveLength(1);
  });

  it('welcomes back after a quiet stretch, counting nothing', async () => {
    await appendHistory(acted(NOW - 30 * DAY));
    await renderPicture();
    expect(screen.getByText(/^Welcome back\./)).toBeTruthy();
  });

  it('is gentle before anything was done, and draws no bars', async () => {
    const picture = await renderPicture();
    expect(
      screen.getByText('When you copy a message or mark a nudge done, your week shows up here.'),
    ).toBeTruthy();
    expect(picture.querySelectorAll('rect')).toHaveLength(0);
  });

  it('reads again when history changes on the page', async () => {
    await appendHistory(acted(NOW - HOUR));
    await renderPicture();
    await screen.findByText('You sent a flirty text this week.');
    await clearHistory();
    announceHistoryChanged();
    await waitFor(() =>
      expect(
        screen.getByText('When you copy a message or mark a nudge done, your week shows up here.'),
      ).toBeTruthy(),
    );
  });
});
