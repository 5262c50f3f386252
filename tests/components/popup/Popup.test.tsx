import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { allKindsBut } from '../../support/kinds';
import { libraryNudge as libraryNudgeAt } from '../../support/library-nudge';
import { clearHistory, readHistory } from '@/utils/history/history';
import { HOUR, MINUTE } from '@/utils/time/local-time';
import { nudgeFromHash } from '@/utils/popup/popup-url';
import { savePendingNudge } from '@/utils/popup/pending-nudge';
import { library } from '../../support/library';
import { inRotation } from '@/utils/choose/nudge-fit';
import {
  hiddenNudgesStorage,
  nextNudgeAtStorage,
  nudgeBagStorage,
  pendingNudgeStorage,
  preferencesStorage,
  snoozedUntilStorage,
} from '@/utils/storage/storage';
import { defaultPreferences } from '@/utils/storage/preferences';
import type { PendingNudge } from '@/utils/library/shown-nudge';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const now = (): number => NOW;

const libraryNudge = (id: string): PendingNudge => libraryNudgeAt(id, NOW - 5 * MINUTE);

/** A nudge with a message to copy. */
const withMessage = libraryNudge('flirty-text-08');
/** A nudge with nothing to copy. */
const withoutMessage = libraryNudge('kind-act-01');

function stubClipboard(writeText: (text: string) => Promise<void>): ReturnType<typeof vi.fn> {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

async function renderWith(pending: PendingNudge | null): Promise<void> {
  await pendingNudgeStorage.setValue(pending);
  render(<Popup now={now} />);
  await screen.findByTestId('nudge-text');
}

beforeEach(async () => {
  // history.ts keeps its first database open, so setup's fresh IndexedDB alone doesn't empty it.
  await clearHistory();
  stubClipboard(() => Promise.resolve());
});

afterEach(() => {
  cleanup();
  window.getSelection()?.removeAllRanges();
});

describe('Popup with a nudge waiting', () => {
  it('shows the kind of nudge, what to do, and the message', async () => {
    await renderWith(withMessage);
    expect(screen.getByText('Flirty text')).toBeTruthy();
    expect(screen.getByTestId('nudge-text').textContent).toBe(withMessage.text);
    expect(screen.getByTestId('nudge-message').textContent).toBe(withMessage.message);
    expect(withMessage.text).toContain('Sam');
  });

  it('offers Copy only when there is a message', async () => {
    await renderWith(withoutMessage);
    expect(screen.getByText('Kind act')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy message' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });

  it('keeps each action in its place: the main one first, then Not now and Another idea', async () => {
    const names = (): string[] =>
      [...document.querySelectorAll('.actions button')].map((b) => b.textContent ?? '');
    await renderWith(withoutMessage);
    expect(names()).toEqual(['Done', 'Not now', 'Another idea']);
    expect(screen.getByRole('button', { name: 'Done' }).className).toBe('primary wide');
    cleanup();
    await renderWith(withMessage);
    expect(names()).toEqual(['Copy', 'Done', 'Not now', 'Another idea']);
  });

  it('shows a waiting nudge without recording it as shown again', async () => {
    await renderWith(withMessage);
    expect(await readHistory()).toEqual([]);
  });

  it('offers a fresh nudge when the waiting one is stale', async () => {
    await renderWith({ ...withMessage, shownAt: NOW - 7 * HOUR });
    await waitFor(async () => expect((await pendingNudgeStorage.getValue())?.shownAt).toBe(NOW));
    const [entry] = await readHistory();
    expect(entry).toMatchObject({ action: 'shown', delivery: 'manual', at: NOW });
    expect(screen.getByTestId('nudge-text').textContent).toBe(entry?.text);
  });

  it('clears the toolbar badge on opening', async () => {
    await fakeBrowser.action.setBadgeText({ text: '♥' });
    await renderWith(withMessage);
    await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
  });

  it('renders markup inside a nudge as plain characters', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await pendingNudgeStorage.setValue({ ...withMessage, text: evil, message: `<b>hi</b>${evil}` });
    const { container } = render(<Popup now={now} />);
    await screen.findByTestId('nudge-text');
    expect(screen.getByTestId('nudge-text').textContent).toBe(evil);
    expect(screen.getByTestId('nudge-message').textContent).toBe(`<b>hi</b>${evil}`);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  // The nudge's window a notification opens is this page too: its link goes the same way.
  it.each<[string, PendingNudge, string]>([
    ['a library nudge at the nudges themselves', withMessage, 'nudges'],
    ['a check-in at when they come', { ...withoutMessage, ritual: 'check-in' }, 'when'],
    ['a tiny date at when they come', { ...withoutMessage, ritual: 'date' }, 'when'],
    ['a nudge of your own at your own nudges', { ...withoutMessage, id: 'custom-1' }, 'own'],
  ])('opens the settings page for %s', async (_what, pending, section) => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await renderWith(pending);
    fireEvent.click(screen.getByRole('button', { name: 'Settings and history' }));
    expect(open).toHaveBeenCalledExactlyOnceWith({ url: `options.html#${section}` });
    open.mockRestore();
  });
});

describe('Copy', () => {
  it('copies the message, says so, and records it', async () => {
    const writeText = stubClipboard(() => Promise.resolve());
    await renderWith(withMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    await screen.findByText(/^Copied\./);
    expect(writeText).toHaveBeenCalledWith(withMessage.message);
    // The button itself says so, by name too.
    expect(screen.getByRole('button', { name: 'Copied' }).textContent).toBe('Copied');
    await waitFor(async () =>
      expect(await readHistory()).toEqual([
        {
          at: NOW,
          id: withMessage.id,
          category: withMessage.category,
          text: withMessage.text,
          message: withMessage.message,
          action: 'copied',
        },
      ]),
    );
  });

  it.each([
    [
      'the clipboard refuses',
      () => stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError'))),
    ],
    [
      'there is no clipboard',
      () => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    ],
  ])('when %s, selects the message and explains how to copy by hand', async (_case, setUp) => {
    setUp();
    await renderWith(withMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    const status = await screen.findByText(/Ctrl\+C/);
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.queryByText(/^Copied\./)).toBeNull();
    expect(window.getSelection()?.toString()).toBe(withMessage.message);
    expect(await readHistory()).toEqual([]);
  });
});

describe('Not now', () => {
  // When the next one comes is said from the worker's re-arm (Popup-snooze.test.tsx, issue 14).
  it.each([
    ['15 minutes', 15],
    ['30 minutes', 30],
    ['1 hour', 60],
  ])('"%s" snoozes that long, clears the nudge and records it', async (choice, minutes) => {
    await renderWith(withMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    fireEvent.click(await screen.findByRole('button', { name: choice }));
    await screen.findByText('No rush at all.');
    expect(await snoozedUntilStorage.getValue()).toBe(NOW + minutes * MINUTE);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
    expect(await readHistory()).toMatchObject([{ action: 'snoozed', id: withMessage.id, at: NOW }]);
    expect(screen.queryByTestId('nudge-text')).toBeNull();
  });

  it('"Back" returns to the nudge without snoozing', async () => {
    await renderWith(withMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(await screen.findByRole('group', { name: 'Remind me again in' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Not now' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Remind me again in' })).toBeNull();
    expect(await snoozedUntilStorage.getValue()).toBeNull();
    expect(await pendingNudgeStorage.getValue()).toEqual(withMessage);
  });

  it('"Never show this one" hides it for good, clears it, records it and says so', async () => {
    await hiddenNudgesStorage.setValue(['kind-act-01']);
    await renderWith(withMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Never show this one' }));
    await screen.findByText('Okay. That one won’t come again.');
    expect(await hiddenNudgesStorage.getValue()).toEqual(['kind-act-01', withMessage.id]);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
    expect(await snoozedUntilStorage.getValue()).toBeNull();
    expect(await readHistory()).toMatchObject([{ action: 'hidden', id: withMessage.id, at: NOW }]);
    expect(screen.queryByTestId('nudge-text')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Remind me again in' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Another idea' })).toBeTruthy();
  });
});

describe('Done', () => {
  it('records it, clears the waiting nudge and says thanks', async () => {
    await renderWith(withMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Lovely. That counts.');
    expect(await pendingNudgeStorage.getValue()).toBeNull();
    expect(await fakeBrowser.action.getPopup({})).toMatch(/\/popup\.html$/);
    expect(await readHistory()).toMatchObject([{ action: 'done', id: withMessage.id, at: NOW }]);
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
  });
});

describe('Another idea', () => {
  it('shows a different nudge, records both, and keeps the new one waiting', async () => {
    await renderWith(withMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    await waitFor(() =>
      expect(screen.getByTestId('nudge-text').textContent).not.toBe(withMessage.text),
    );
    const pending = await pendingNudgeStorage.getValue();
    expect(pending?.id).not.toBe(withMessage.id);
    const url = new URL(await fakeBrowser.action.getPopup({}));
    expect(nudgeFromHash(url.hash, NOW)).toEqual(pending);
    expect(screen.getByTestId('nudge-text').textContent).toBe(pending?.text);
    // Both happen at the same `now`, so their order in history is not fixed.
    const history = await readHistory();
    expect(history).toHaveLength(2);
    expect(history).toContainEqual(
      expect.objectContaining({ action: 'another', id: withMessage.id }),
    );
    expect(history).toContainEqual(
      expect.objectContaining({ action: 'shown', delivery: 'manual', id: pending?.id }),
    );
  });

  it('never offers the nudge on screen, nor one its kind drew lately', async () => {
    await preferencesStorage.setValue({ ...defaultPreferences, kindsOff: allKindsBut('kind-act') });
    const others = library
      .filter((n) => inRotation(n))
      .filter((n) => n.category === 'kind-act' && n.id !== withoutMessage.id)
      .map((n) => n.id);
    // The last 80% of the kind's draws wait their turn: only the five drawn longest ago may come.
    const mayCome = others.slice(0, others.length + 1 - Math.floor(0.8 * (others.length + 1)));
    await nudgeBagStorage.setValue({ 'kind-act': others });
    await renderWith(withoutMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    await waitFor(() =>
      expect(screen.getByTestId('nudge-text').textContent).not.toBe(withoutMessage.text),
    );
    const pending = await pendingNudgeStorage.getValue();
    expect(mayCome).toContain(pending?.id);
    expect((await nudgeBagStorage.getValue())['kind-act']?.at(-1)).toBe(pending?.id);
  });

  it('in an older window shows the newer nudge waiting, and keeps it waiting', async () => {
    await renderWith(withMessage);
    // The worker brings a nudge while this window still shows the older one.
    const newer = { ...withoutMessage, shownAt: NOW - MINUTE };
    await savePendingNudge(newer);
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    await waitFor(() =>
      expect(screen.getByTestId('nudge-text').textContent).toBe(withoutMessage.text),
    );
    expect(await pendingNudgeStorage.getValue()).toEqual(newer);
    expect(await readHistory()).toMatchObject([{ action: 'another', id: withMessage.id }]);
  });

  it('is offered again after Done, and brings a nudge back', async () => {
    await renderWith(withoutMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Lovely. That counts.');
    expect(screen.queryByTestId('nudge-text')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    await screen.findByTestId('nudge-text');
    expect(screen.getByTestId('nudge-text').textContent).not.toBe(withoutMessage.text);
    expect(screen.getByRole('button', { name: 'Not now' })).toBeTruthy();
  });
});

describe('Popup with nothing waiting', () => {
  it('picks a fresh nudge, keeps it waiting and records it as shown by hand', async () => {
    await renderWith(null);
    const pending = await pendingNudgeStorage.getValue();
    expect(pending).toMatchObject({ shownAt: NOW, delivery: 'manual' });
    expect(screen.getByTestId('nudge-text').textContent).toBe(pending?.text);
    expect(await readHistory()).toEqual([
      expect.objectContaining({
        action: 'shown',
        delivery: 'manual',
        at: NOW,
        id: pending?.id,
      }),
    ]);
  });

  it('picks only from the kinds that are on, with the partner’s name filled in', async () => {
    await preferencesStorage.setValue({
      ...defaultPreferences,
      partnerName: 'Robin',
      kindsOff: allKindsBut('kind-act'),
    });
    await renderWith(null);
    expect(screen.getByText('Kind act')).toBeTruthy();
    expect(screen.getByTestId('nudge-text').textContent).toContain('Robin');
  });

  it('opens with a nudge its kind has not drawn lately, and remembers the draw', async () => {
    // The regular rotation: nudges for a season of the baby's wait for one (issue 15).
    const kindActs = library
      .filter((n) => inRotation(n) && n.category === 'kind-act')
      .map((n) => n.id);
    const wait = Math.floor(0.8 * kindActs.length);
    const [fresh, held] = [kindActs.slice(0, -wait), kindActs.slice(-wait)];
    await nudgeBagStorage.setValue({ 'kind-act': held });
    await preferencesStorage.setValue({ ...defaultPreferences, kindsOff: allKindsBut('kind-act') });
    await renderWith(null);
    const pending = await pendingNudgeStorage.getValue();
    expect(fresh).toContain(pending?.id);
    expect((await nudgeBagStorage.getValue())['kind-act']?.at(-1)).toBe(pending?.id);
  });
});

describe('Popup with nothing left to offer', () => {
  it('says so, and its settings link opens the kinds of nudge', async () => {
    // One kind on, and each of its nudges hidden: nothing is left to offer.
    await preferencesStorage.setValue({ ...defaultPreferences, kindsOff: allKindsBut('kind-act') });
    const kindActs = library.filter((n) => n.category === 'kind-act').map((n) => n.id);
    await hiddenNudgesStorage.setValue(kindActs);
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<Popup now={now} />);
    await screen.findByText(
      'All the kinds of nudge are off right now. You can turn some on in settings.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Settings and history' }));
    expect(open).toHaveBeenCalledExactlyOnceWith({ url: 'options.html#nudges' });
    open.mockRestore();
  });
});

describe('Popup, quick clicks', () => {
  it('handles one action at a time, so a second click never loses the nudge', async () => {
    await renderWith(withoutMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    await screen.findByText('Lovely. That counts.');
    await new Promise((r) => setTimeout(r, 50));
    const actions = (await readHistory()).map((e) => e.action);
    expect(actions).toEqual(['done']);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
  });
});

describe('the keyboard', () => {
  const focused = (): string => document.activeElement?.textContent ?? '';

  it('stays with the next sensible control after Not now, Back, a snooze and Done', async () => {
    await renderWith(withoutMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(focused()).toBe('15 minutes'));
    fireEvent.click(await screen.findByRole('button', { name: 'Back' }));
    await waitFor(() => expect(focused()).toBe('Not now'));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Lovely. That counts.');
    await waitFor(() => expect(focused()).toBe('Another idea'));
  });
});

describe('a pause set in settings', () => {
  it('shows below the nudge with Resume, and Resume ends it', async () => {
    const until = new Date(2026, 5, 10, 17, 0).getTime();
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: until });
    await renderWith(withoutMessage);
    const note = await screen.findByText(/^Nudges are paused until /);
    expect(note.textContent).toContain('Resume');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await preferencesStorage.getValue()).pausedUntil).toBeNull());
    await waitFor(() => expect(screen.queryByText(/^Nudges are paused/)).toBeNull());
    // Said where the note was, with the keyboard there.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Nudges are on.'));
    // The popup still offers an idea when asked.
    expect(screen.getByRole('button', { name: 'Another idea' })).toBeTruthy();
  });

  it('says nothing of a pause the worker ignored (a clock that ran ahead): a nudge is armed first', async () => {
    const until = NOW + 3 * 24 * HOUR;
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: until });
    await nextNudgeAtStorage.setValue(NOW + HOUR);
    await renderWith(withoutMessage);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/paused/)).toBeNull();
  });

  it('says a pause the worker keeps, armed after its end', async () => {
    const until = new Date(2026, 5, 11, 8, 0).getTime();
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: until });
    await nextNudgeAtStorage.setValue(until + 20 * MINUTE);
    await renderWith(withoutMessage);
    expect((await screen.findByText(/^Nudges are paused until /)).textContent).toMatch(/tomorrow/);
  });

  it('says nothing when no pause holds', async () => {
    await renderWith(withoutMessage);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/paused/)).toBeNull();
  });
});
