import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions, settle } from './render-options';
import { LearningField } from '@/components/options/LearningField';
import { DAY } from '@/utils/time/local-time';
import type { LearnedWeights } from '@/utils/choose/learned-weights';
import { hiddenNudgesStorage, learnedWeightsStorage } from '@/utils/storage/storage';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const NOTHING_YET = /^Nothing yet\. As you use Done, Copy and Not now/;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Only `Date` is fake, so a weight learned "now" has not faded at all. */
async function renderField(learned: LearnedWeights = {}, hidden: string[] = []): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await learnedWeightsStorage.setValue(learned);
  await hiddenNudgesStorage.setValue(hidden);
  render(<LearningField />);
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}

const lines = (): string[] =>
  screen.queryAllByRole('listitem').map((item) => item.textContent ?? '');
const click = (name: string): void => void fireEvent.click(screen.getByRole('button', { name }));
const button = (name: string): HTMLElement | null => screen.queryByRole('button', { name });

describe('What Still Us has learned', () => {
  it.each<[number, string]>([
    [2.5, 'Kind act: more often'],
    [1.5, 'Kind act: more often'],
    [1.2, 'Kind act: a little more often'],
    [1.05, 'Kind act: a little more often'],
    [0.95, 'Kind act: a little less often'],
    [0.67, 'Kind act: a little less often'],
    [0.6, 'Kind act: less often'],
    [0.4, 'Kind act: less often'],
  ])('a weight of %f reads "%s"', async (weight, line) => {
    await renderField({ 'kind-act': { weight, at: NOW } });
    expect(lines()).toEqual([line]);
  });

  it('lists raised and lowered kinds in the usual order of kinds', async () => {
    await renderField({
      touch: { weight: 0.8, at: NOW },
      reassurance: { weight: 1.3, at: NOW },
      'tiny-date': { weight: 1.01, at: NOW },
    });
    expect(lines()).toEqual([
      'Reassurance: a little more often',
      'A little touch: a little less often',
    ]);
    expect(screen.queryByText(NOTHING_YET)).toBeNull();
  });

  it.each<[string, LearnedWeights]>([
    ['nothing is stored', {}],
    [
      'weights are about as usual',
      { touch: { weight: 1.04, at: NOW }, 'kind-act': { weight: 0.96, at: NOW } },
    ],
    ['a strong weight was learned ten weeks ago', { touch: { weight: 2.5, at: NOW - 70 * DAY } }],
    ['a low weight was learned ten weeks ago', { touch: { weight: 0.4, at: NOW - 70 * DAY } }],
    ['entries are broken', { touch: { weight: 'lots', at: NOW } } as unknown as LearnedWeights],
  ])('says nothing is learned yet when %s, and offers no reset', async (_case, learned) => {
    await renderField(learned);
    expect(screen.getByText(NOTHING_YET)).toBeTruthy();
    expect(lines()).toEqual([]);
    expect(button('Start fresh')).toBeNull();
  });

  it('follows what is learned meanwhile, and stops listening once closed', async () => {
    await renderField();
    await learnedWeightsStorage.setValue({ 'check-in': { weight: 1.6, at: NOW } });
    await waitFor(() => expect(lines()).toEqual(['Check-in: more often']));
    await hiddenNudgesStorage.setValue(['lib-1']);
    await screen.findByText('Nudges you chose never to see: 1');
    cleanup();
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
  });

  it('opens "Looking back" on the options page, before your weeks and History', async () => {
    await renderOptions();
    const section = screen.getByRole('region', { name: 'Looking back' });
    const headings = (await within(section).findAllByRole('heading', { level: 3 })).map(
      (h) => h.textContent,
    );
    expect(headings).toEqual(['What Still Us has learned', 'Your weeks', 'History']);
  });
});

describe('Start fresh', () => {
  const learned: LearnedWeights = { touch: { weight: 1.8, at: NOW } };

  it('asks first, and "Keep it" keeps everything', async () => {
    await renderField(learned);
    click('Start fresh');
    const confirm = screen.getByRole('group', {
      name: 'Forget what was learned? Your nudges and history stay.',
    });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    click('Keep it');
    expect(document.activeElement).toBe(button('Start fresh'));
    await settle();
    expect(await learnedWeightsStorage.getValue()).toEqual(learned);
    expect(lines()).toEqual(['A little touch: more often']);
  });

  it('forgets what was learned once confirmed', async () => {
    await renderField(learned, ['lib-1']);
    click('Start fresh');
    click('Yes, start fresh');
    await waitFor(async () => expect(await learnedWeightsStorage.getValue()).toEqual({}));
    await screen.findByText(NOTHING_YET);
    expect(screen.getByRole('status').textContent).toMatch(/^Started fresh/);
    expect(await hiddenNudgesStorage.getValue()).toEqual(['lib-1']);
  });

  it('says so kindly when it cannot, and changes nothing', async () => {
    await renderField(learned);
    vi.spyOn(learnedWeightsStorage, 'setValue').mockRejectedValue(new Error('quota'));
    click('Start fresh');
    click('Yes, start fresh');
    const problem = await screen.findByRole('alert');
    expect(problem.textContent).toMatch(/could not be done just now\. Nothing changed/);
    expect(lines()).toEqual(['A little touch: more often']);
    expect(document.activeElement).toBe(button('Start fresh'));
  });
});

describe('Nudges you chose never to see', () => {
  it('shows no line when there are none', async () => {
    await renderField({}, []);
    expect(screen.queryByText(/Nudges you chose never to see/)).toBeNull();
    expect(button('Show them again')).toBeNull();
  });

  it('asks first, and "Keep it" keeps them hidden', async () => {
    await renderField({}, ['lib-1', 'lib-2']);
    expect(screen.getByText('Nudges you chose never to see: 2')).toBeTruthy();
    click('Show them again');
    click('Keep it');
    await settle();
    expect(await hiddenNudgesStorage.getValue()).toEqual(['lib-1', 'lib-2']);
    expect(screen.getByText('Nudges you chose never to see: 2')).toBeTruthy();
  });

  it('brings them back once confirmed', async () => {
    const learned: LearnedWeights = { touch: { weight: 1.8, at: NOW } };
    await renderField(learned, ['lib-1', 'lib-2']);
    click('Show them again');
    click('Yes, show them again');
    await waitFor(async () => expect(await hiddenNudgesStorage.getValue()).toEqual([]));
    await waitFor(() => expect(screen.queryByText(/Nudges you chose never to see/)).toBeNull());
    expect(await learnedWeightsStorage.getValue()).toEqual(learned);
  });

  it('says so kindly when it cannot, and changes nothing', async () => {
    await renderField({}, ['lib-1']);
    vi.spyOn(hiddenNudgesStorage, 'setValue').mockRejectedValue(new Error('quota'));
    click('Show them again');
    click('Yes, show them again');
    await screen.findByRole('alert');
    expect(screen.getByText('Nudges you chose never to see: 1')).toBeTruthy();
  });
});

it('says so kindly when what was learned cannot be read', async () => {
  vi.spyOn(learnedWeightsStorage, 'getValue').mockRejectedValue(new Error('gone'));
  render(<LearningField />);
  const problem = await screen.findByRole('alert');
  expect(problem.textContent).toMatch(/could not be read just now\. Nothing was lost/);
  expect(screen.queryByText('Loading…')).toBeNull();
});
