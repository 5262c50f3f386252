import { describe, expect, it } from 'vitest';
import { markDone, neverShow, snooze } from '@/utils/popup/popup-actions';
import { readHistory } from '@/utils/history/history';
import { savePendingNudge } from '@/utils/popup/pending-nudge';
import { pendingNudgeStorage } from '@/utils/storage/storage';
import { libraryNudge } from '../../support/library-nudge';

// Issue 14, item 4: an older popup window acts on the nudge it shows, never on a newer one.
const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const older = libraryNudge('flirty-text-08', NOW - 60_000);
const newer = libraryNudge('kind-act-01', NOW - 1000);

describe.each([
  ['Done', 'done', (now: number) => markDone(older, now)],
  ['Not now', 'snoozed', (now: number) => snooze(older, 15, now)],
  ['Never show this one', 'hidden', (now: number) => neverShow(older, now)],
])('%s in an older window', (_, action, press) => {
  it('records it for the nudge shown there and keeps the newer one waiting', async () => {
    await savePendingNudge(newer);
    await press(NOW);
    expect(await pendingNudgeStorage.getValue()).toEqual(newer);
    expect(await readHistory()).toMatchObject([{ action, id: older.id }]);
  });

  it('clears the nudge when it is the one waiting', async () => {
    await savePendingNudge(older);
    await press(NOW);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
  });
});
