import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineStoredItem } from '@/utils/storage/stored-item';

interface V3 {
  name: string;
  perDay: number;
}

// A shape that changed twice: v1 was a bare name, v2 added perDay as text, v3 made it a number.
const item = () =>
  defineStoredItem<V3>('sync:shape', {
    fallback: { name: '', perDay: 4 },
    version: 3,
    migrations: {
      2: (old) => ({ name: String(old), perDay: '4' }),
      3: (old) => ({
        ...(old as { name: string }),
        perDay: Number((old as { perDay: string }).perDay),
      }),
    },
  });

describe('defineStoredItem', () => {
  it('answers the fallback when nothing is stored', async () => {
    expect(await item().getValue()).toEqual({ name: '', perDay: 4 });
  });

  it('stores the value with its version beside it', async () => {
    await item().setValue({ name: 'Sam', perDay: 6 });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      shape: { name: 'Sam', perDay: 6 },
      shape$: { v: 3 },
    });
    expect(await item().getValue()).toEqual({ name: 'Sam', perDay: 6 });
  });

  it.each([
    [1, 'Sam'],
    [2, { name: 'Sam', perDay: '4' }],
  ])('migrates a version %i value step by step, and saves the result', async (v, stored) => {
    await fakeBrowser.storage.sync.set({ shape: stored, ...(v > 1 && { shape$: { v } }) });
    expect(await item().getValue()).toEqual({ name: 'Sam', perDay: 4 });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      shape: { name: 'Sam', perDay: 4 },
      shape$: { v: 3 },
    });
  });

  it('removes the value on null, so the fallback answers again', async () => {
    const pending = defineStoredItem<string | null>('local:pending', { fallback: null });
    await pending.setValue('hello');
    expect(await pending.getValue()).toBe('hello');
    await pending.setValue(null);
    expect(await pending.getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('watches changes to its own key in its own area only', async () => {
    const seen = vi.fn();
    const stop = item().watch(seen);
    await fakeBrowser.storage.local.set({ shape: 'other area' });
    await fakeBrowser.storage.sync.set({ other: 1 });
    await item().setValue({ name: 'Robin', perDay: 2 });
    await fakeBrowser.storage.sync.remove('shape');
    stop();
    await item().setValue({ name: 'Ignored', perDay: 1 });
    expect(seen.mock.calls).toEqual([[{ name: 'Robin', perDay: 2 }], [{ name: '', perDay: 4 }]]);
  });
});
