import { BACKUP_VERSION, type Backup } from '@/utils/backup/backup-schema';
import { allKindsBut } from '../../support/kinds';
import { readAllHistory } from '@/utils/backup/backup-history';
import { appendHistory, type HistoryEntry } from '@/utils/history/history';
import type { LearnedWeights } from '@/utils/choose/learned-weights';
import type { CustomNudge } from '@/utils/library/nudge';
import { defaultPreferences, type Preferences } from '@/utils/storage/preferences';
import {
  customNudgesStorage,
  hiddenNudgesStorage,
  learnedWeightsStorage,
  preferencesStorage,
} from '@/utils/storage/storage';

export const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const DAY = 24 * 60 * 60 * 1000;

/** Unlike the defaults in every field it touches, so a test sees which were written. */
export const prefs: Preferences = {
  ...defaultPreferences,
  partnerName: 'Alex',
  perDay: 5,
  maxPerDay: 8,
  quietHours: [{ start: '22:00', end: '06:30', days: [1, 2, 3] }],
  kindsOff: allKindsBut('reassurance', 'kind-act'),
  delivery: 'badge',
  flirty: 'bold',
  workHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  waitDuringCalls: true,
};

export const nudges: CustomNudge[] = [
  { id: 'custom-a', category: 'tiny-date', text: 'Tea on the step, ten minutes.' },
  { id: 'custom-b', category: 'flirty-text', text: 'Send a wink', message: 'Thinking of you 😉' },
];

export const weights: LearnedWeights = {
  touch: { weight: 1.44, at: NOW - DAY },
  'kind-act': { weight: 0.85, at: NOW - 3 * DAY },
};

export const hidden = ['reassurance-03', 'custom-gone'];

export const entry = (
  at: number,
  action: HistoryEntry['action'] = 'shown',
  id = 'kind-act-01',
): HistoryEntry => ({
  at,
  id,
  category: 'kind-act',
  text: `Make Alex a cup of tea (${at}).`,
  action,
  ...(action === 'shown' ? { delivery: 'popup' as const } : {}),
});

export const history: HistoryEntry[] = [
  entry(NOW - 2 * DAY),
  entry(NOW - 2 * DAY + 1000, 'copied'),
  { ...entry(NOW - DAY, 'shown', 'custom-b'), category: 'flirty-text', message: 'Hi <b>you</b>' },
  entry(NOW - 60_000, 'done'),
];

/** Fills every store of record with the data above. */
export async function seedAll(): Promise<void> {
  await preferencesStorage.setValue(prefs);
  await customNudgesStorage.setValue(nudges);
  await learnedWeightsStorage.setValue(weights);
  await hiddenNudgesStorage.setValue(hidden);
  for (const e of history) await appendHistory(e);
}

/** Every store of record as it reads now, history oldest first. */
export async function readAll(): Promise<Record<string, unknown>> {
  return {
    preferences: await preferencesStorage.getValue(),
    customNudges: await customNudgesStorage.getValue(),
    learnedWeights: await learnedWeightsStorage.getValue(),
    hiddenNudges: await hiddenNudgesStorage.getValue(),
    history: await readAllHistory(),
  };
}

/** A valid backup holding the data above. */
export function backupOf(over: Partial<Backup> = {}): Backup {
  return {
    app: 'still-us',
    kind: 'backup',
    version: BACKUP_VERSION,
    exportedAt: NOW,
    preferences: prefs,
    customNudges: nudges,
    learnedWeights: weights,
    hiddenNudges: hidden,
    history,
    ...over,
  };
}
