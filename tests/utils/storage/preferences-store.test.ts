import { describe, expect, it, vi } from 'vitest';
import { loadPreferences, savePreferences } from '@/utils/storage/preferences-store';
import { preferencesStorage } from '@/utils/storage/storage';

describe('savePreferences', () => {
  it('keeps both of two changes saved at once (each builds on the one before)', async () => {
    await Promise.all([savePreferences({ partnerName: 'Robin' }), savePreferences({ perDay: 7 })]);
    const saved = await loadPreferences();
    expect(saved.partnerName).toBe('Robin');
    expect(saved.perDay).toBe(7);
  });

  it('goes on saving after a save that failed', async () => {
    vi.spyOn(preferencesStorage, 'setValue').mockRejectedValueOnce(new Error('quota'));
    await expect(savePreferences({ perDay: 3 })).rejects.toThrow('quota');
    await savePreferences({ perDay: 5 });
    expect((await loadPreferences()).perDay).toBe(5);
  });
});
