import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { readHistory } from '@/utils/history/history';
import { readyIdea } from '@/utils/popup/ready/ready-idea';
import { prepareReadyIdea } from '@/utils/popup/ready/prepare-ready-idea';
import { pendingNudgeStorage, preferencesStorage } from '@/utils/storage/storage';
import { defaultPreferences } from '@/utils/storage/preferences';
import { allKindsBut } from '../../support/kinds';
import type { PendingNudge } from '@/utils/library/shown-nudge';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const now = (): number => NOW;

/** An idea drawn ahead, as popup-paint.js finds it when the popup is opened by hand. */
async function drawnAhead(): Promise<PendingNudge> {
  await prepareReadyIdea(NOW - 1000, 'none');
  const ready = readyIdea(NOW);
  if (!ready) throw new Error('nothing drawn ahead');
  return ready;
}

beforeEach(async () => {
  await preferencesStorage.setValue({ ...defaultPreferences, kindsOff: allKindsBut('kind-act') });
});

afterEach(cleanup);

describe('Popup opened by hand on the idea drawn ahead', () => {
  it('shows it from its first render, and records it as shown once', async () => {
    const ready = await drawnAhead();
    render(<Popup ready={ready} now={now} />);
    expect(screen.getByTestId('nudge-text').textContent).toBe(ready.text);
    await waitFor(async () => expect(await pendingNudgeStorage.getValue()).toEqual(ready));
    const history = await readHistory();
    expect(history).toEqual([
      expect.objectContaining({ id: ready.id, action: 'shown', delivery: 'manual', at: NOW }),
    ]);
  });

  it('a click before it is recorded waits for that: shown, then done', async () => {
    const ready = await drawnAhead();
    // A clock that moves on with every reading: history's order is by time.
    let clock = NOW;
    render(<Popup ready={ready} now={() => clock++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText(/Lovely/);
    const actions = (await readHistory()).map((e) => [e.id, e.action]).reverse();
    expect(actions).toEqual([
      [ready.id, 'shown'],
      [ready.id, 'done'],
    ]);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
  });
});
