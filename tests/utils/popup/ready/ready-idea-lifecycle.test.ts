import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anotherIdea, openNudge } from '@/utils/popup/open-nudge';
import { markDone } from '@/utils/popup/popup-actions';
import { readyIdea } from '@/utils/popup/ready/ready-idea';
import { peekReadyIdea } from '@/utils/popup/ready/ready-idea-store';
import { prepareReadyIdea } from '@/utils/popup/ready/prepare-ready-idea';
import { readHistory } from '@/utils/history/history';
import {
  energyStorage,
  hiddenNudgesStorage,
  nudgeBagStorage,
  pendingNudgeStorage,
  preferencesStorage,
} from '@/utils/storage/storage';
import { defaultPreferences } from '@/utils/storage/preferences';
import { startOfLocalDay, HOUR, MINUTE } from '@/utils/time/local-time';
import { allKindsBut } from '../../../support/kinds';
import { libraryNudge } from '../../../support/library-nudge';
import type { PendingNudge } from '@/utils/library/shown-nudge';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const LATER = NOW + 20 * MINUTE;

/** The idea drawn ahead once the popup opened by hand at NOW has settled. */
async function openedByHand(): Promise<{ shown: PendingNudge; ready: PendingNudge }> {
  const shown = await openNudge(NOW);
  if (!shown) throw new Error('nothing shown');
  await vi.waitFor(() => expect(readyIdea(LATER)).not.toBeNull());
  return { shown, ready: readyIdea(LATER)! };
}

/** The nudges recorded as shown, by id. */
const shownIds = async (): Promise<string[]> =>
  (await readHistory())
    .filter((e) => e.action === 'shown')
    .map((e) => e.id)
    .reverse();

beforeEach(async () => {
  await preferencesStorage.setValue({
    ...defaultPreferences,
    partnerName: 'Sam',
    kindsOff: allKindsBut('kind-act', 'appreciation'),
  });
});

describe('the idea drawn ahead for the popup opened by hand', () => {
  it('is drawn once the first popup (nothing ready: today’s way) shows its nudge, and not recorded', async () => {
    const { shown, ready } = await openedByHand();
    expect(ready.id).not.toBe(shown.id);
    expect(await shownIds()).toEqual([shown.id]);
  });

  it('is what the next popup shows, recorded as shown then, once, with its bag kept', async () => {
    const { shown, ready } = await openedByHand();
    const kept = peekReadyIdea();
    await markDone(shown, NOW + MINUTE);
    expect(await openNudge(LATER, ready)).toBe(ready);
    expect(await pendingNudgeStorage.getValue()).toEqual(ready);
    expect(await shownIds()).toEqual([shown.id, ready.id]);
    expect(await nudgeBagStorage.getValue()).toEqual(kept?.bag);
    // And the one after it is drawn ahead in its turn, never the one on screen.
    await vi.waitFor(() => expect(readyIdea(LATER)?.id).toBeDefined());
    expect(readyIdea(LATER)?.id).not.toBe(ready.id);
  });

  it('is shown once when two popups open on it at the same time', async () => {
    const { shown, ready } = await openedByHand();
    await markDone(shown, NOW + MINUTE);
    const [a, b] = await Promise.all([openNudge(LATER, ready), openNudge(LATER, { ...ready })]);
    expect(b?.id).toBe(a?.id);
    expect(await shownIds()).toEqual([shown.id, a?.id]);
  });

  it('gives way to a nudge waiting: it stays ready for later, unrecorded', async () => {
    const { shown, ready } = await openedByHand();
    const waiting = libraryNudge(ready.id === 'kind-act-01' ? 'kind-act-02' : 'kind-act-01', LATER);
    await pendingNudgeStorage.setValue(waiting);
    expect(await openNudge(LATER, ready)).toEqual(waiting);
    expect(await shownIds()).toEqual([shown.id]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(peekReadyIdea()?.nudge.id).toBe(ready.id);
  });

  it.each([
    [
      'the name changed',
      () =>
        preferencesStorage.setValue({
          ...defaultPreferences,
          partnerName: 'Alex',
          kindsOff: allKindsBut('kind-act', 'appreciation'),
        }),
    ],
    [
      'its kind was turned off',
      async () => {
        const { kindsOff } = await preferencesStorage.getValue();
        await preferencesStorage.setValue({
          ...defaultPreferences,
          partnerName: 'Sam',
          kindsOff: [...kindsOff, readyIdea(LATER)!.category],
        });
      },
    ],
    ['it was hidden', async () => hiddenNudgesStorage.setValue([readyIdea(LATER)!.id])],
    [
      'today turned rough',
      () => energyStorage.setValue({ level: 'rough', day: startOfLocalDay(NOW) }),
    ],
  ])('is never recorded once stale (%s): a fresh nudge takes its place', async (_case, change) => {
    const { shown, ready } = await openedByHand();
    await markDone(shown, NOW + MINUTE);
    await change();
    const next = await openNudge(LATER, ready);
    expect(next).not.toBe(ready);
    expect(await shownIds()).toEqual([shown.id, next?.id]);
  });

  it('is not painted once older than a waiting nudge may be', async () => {
    await openedByHand();
    expect(readyIdea(NOW + 6 * HOUR)).toBeNull();
  });

  it('is drawn again after “Another idea”, never the idea now on screen', async () => {
    const { shown, ready } = await openedByHand();
    await markDone(shown, NOW + MINUTE);
    await openNudge(LATER, ready);
    await vi.waitFor(() => expect(readyIdea(LATER)?.id).not.toBe(ready.id));
    const other = await anotherIdea(ready, LATER + MINUTE);
    expect(other?.id).not.toBe(ready.id);
    await vi.waitFor(() => expect(readyIdea(LATER)?.id).not.toBe(other?.id));
    expect(readyIdea(LATER)).not.toBeNull();
    expect(await shownIds()).toEqual([shown.id, ready.id, other?.id]);
  });

  it('is kept while still good: a waiting popup does not draw it again', async () => {
    const { ready } = await openedByHand();
    await prepareReadyIdea(LATER, 'kind-act-01' === ready.id ? 'appreciation-01' : 'kind-act-01');
    expect(readyIdea(LATER)?.id).toBe(ready.id);
  });
});
