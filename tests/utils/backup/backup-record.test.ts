import { describe, expect, it } from 'vitest';
import { backupOf, hidden, nudges, prefs, seedAll, weights } from './backup-fixtures';
import {
  forgetStoredRecord,
  readStoredRecord,
  recordNames,
  recordOf,
} from '@/utils/backup/backup-record';
import { bodySchema } from '@/utils/backup/backup-schema';
import { defaultPreferences } from '@/utils/storage/preferences';

describe('the stored record, from the items of role `record`', () => {
  it('is these items', () => {
    expect(recordNames).toEqual(['preferences', 'customNudges', 'learnedWeights', 'hiddenNudges']);
  });

  it.each(recordNames)('%s has its part in a backup file', (name) => {
    expect(Object.keys(bodySchema.entries)).toContain(name);
  });

  it('reads every item of record', async () => {
    await seedAll();
    expect(await readStoredRecord()).toEqual({
      preferences: prefs,
      customNudges: nudges,
      learnedWeights: weights,
      hiddenNudges: hidden,
    });
  });

  it('takes from a backup only its parts of record', () => {
    expect(recordOf(backupOf())).toEqual({
      preferences: prefs,
      customNudges: nudges,
      learnedWeights: weights,
      hiddenNudges: hidden,
    });
  });

  it('forgets every item of record', async () => {
    await seedAll();
    await forgetStoredRecord();
    expect(await readStoredRecord()).toEqual({
      preferences: defaultPreferences,
      customNudges: [],
      learnedWeights: {},
      hiddenNudges: [],
    });
  });
});
