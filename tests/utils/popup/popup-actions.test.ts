import { describe, expect, it } from 'vitest';
import { markDone, neverShow, snooze } from '@/utils/popup/popup-actions';
import { anotherIdea, openNudge } from '@/utils/popup/open-nudge';
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

// "Another idea" draws a new nudge and makes it the waiting one: in an older window it must
// not put that over a newer nudge waiting (one the worker brought meanwhile). That window
// shows the newer one instead: it is a different idea, and one the person has not yet seen.
describe('Another idea in an older window', () => {
  it('shows the newer nudge waiting instead of drawing over it', async () => {
    await savePendingNudge(newer);
    expect(await anotherIdea(older, NOW)).toEqual(newer);
    expect(await pendingNudgeStorage.getValue()).toEqual(newer);
    // The person passed over the older one; nothing new was shown.
    expect(await readHistory()).toMatchObject([{ action: 'another', id: older.id }]);
  });

  it('draws a fresh one when its nudge is the one waiting', async () => {
    await savePendingNudge(older);
    const next = await anotherIdea(older, NOW);
    expect(next?.id).not.toBe(older.id);
    expect(await pendingNudgeStorage.getValue()).toEqual(next);
    expect((await readHistory()).map((e) => e.action).sort()).toEqual(['another', 'shown']);
  });

  it('draws a fresh one when nothing is waiting (another window dealt with it)', async () => {
    const next = await anotherIdea(older, NOW);
    expect(next).not.toBeNull();
    expect(await pendingNudgeStorage.getValue()).toEqual(next);
  });

  it('keeps a nudge the worker brings while the new one is being drawn', async () => {
    await savePendingNudge(older);
    // The check is made where the new nudge is written: reading first would not see this.
    const drawing = anotherIdea(older, NOW);
    await savePendingNudge(newer);
    expect(await drawing).toEqual(newer);
    expect(await pendingNudgeStorage.getValue()).toEqual(newer);
    expect((await readHistory()).map((e) => e.action)).toEqual(['another']);
  });
});

describe('a popup opened by hand', () => {
  it('shows the nudge the worker brings while it draws one, and draws over nothing', async () => {
    const opening = openNudge(NOW);
    await savePendingNudge(newer);
    expect(await opening).toEqual(newer);
    expect(await pendingNudgeStorage.getValue()).toEqual(newer);
    expect(await readHistory()).toEqual([]);
  });
});
