import { describe, expect, it } from 'vitest';
import { entry, NOW } from './backup-fixtures';
import { mergeRecord, type CurrentRecord } from '@/utils/backup/backup-merge';
import type { CustomNudge } from '@/utils/library/nudge';

const empty: CurrentRecord = {
  customNudges: [],
  learnedWeights: {},
  hiddenNudges: [],
  history: [],
};
const nudge = (id: string, text: string): CustomNudge => ({ id, category: 'touch', text });

describe('mergeRecord', () => {
  it('joins own nudges by id, never adding the same words twice', () => {
    const here = [nudge('custom-1', 'Hold hands'), nudge('custom-2', 'A long hug')];
    const file = [
      nudge('custom-1', 'Hold hands, edited elsewhere'),
      nudge('custom-3', 'A long hug'),
      nudge('custom-4', 'Shoulder rub'),
      nudge('custom-5', 'Shoulder rub'),
    ];
    const merged = mergeRecord({ ...empty, customNudges: here }, { ...empty, customNudges: file });
    expect(merged.customNudges).toEqual([...here, nudge('custom-4', 'Shoulder rub')]);
    expect(merged.addedNudges).toBe(1);
  });

  it('keeps broken stored nudges as they are', () => {
    const broken = { id: 7 } as unknown as CustomNudge;
    const merged = mergeRecord(
      { ...empty, customNudges: [broken] },
      { ...empty, customNudges: [nudge('custom-1', 'Hold hands')] },
    );
    expect(merged.customNudges).toEqual([broken, nudge('custom-1', 'Hold hands')]);
  });

  it('keeps, per kind, what was learned most recently', () => {
    const merged = mergeRecord(
      {
        ...empty,
        learnedWeights: {
          touch: { weight: 1.5, at: NOW },
          'kind-act': { weight: 0.9, at: NOW - 10 },
          reassurance: { weight: 1.1, at: NOW },
        },
      },
      {
        ...empty,
        learnedWeights: {
          touch: { weight: 0.5, at: NOW - 10 },
          'kind-act': { weight: 2, at: NOW },
          reassurance: { weight: 2, at: NOW },
          'tiny-date': { weight: 1.3, at: NOW },
        },
      },
    );
    expect(merged.learnedWeights).toEqual({
      touch: { weight: 1.5, at: NOW },
      'kind-act': { weight: 2, at: NOW },
      reassurance: { weight: 1.1, at: NOW },
      'tiny-date': { weight: 1.3, at: NOW },
    });
  });

  it('joins hidden nudges without repeats', () => {
    const merged = mergeRecord(
      { ...empty, hiddenNudges: ['a', 'b'] },
      { ...empty, hiddenNudges: ['b', 'c', 'c'] },
    );
    expect(merged.hiddenNudges).toEqual(['a', 'b', 'c']);
  });

  it('adds only history entries not already here (same moment, nudge and action)', () => {
    const here = [entry(1), entry(2, 'done')];
    const file = [
      entry(1),
      { ...entry(2, 'done'), text: 'Worded with another name' },
      entry(2, 'copied'),
      entry(3, 'shown', 'touch-01'),
      entry(3, 'shown', 'touch-01'),
    ];
    const merged = mergeRecord({ ...empty, history: here }, { ...empty, history: file });
    expect(merged.newHistory).toEqual([entry(2, 'copied'), entry(3, 'shown', 'touch-01')]);
  });
});
