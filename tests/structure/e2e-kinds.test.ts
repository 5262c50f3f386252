import { describe, expect, it } from 'vitest';
import { KINDS, OTHER_KINDS } from '../e2e/support/labels';
import { categories, categoryLabel } from '@/utils/library/nudge';

// The E2E tests run without the project's aliases, so they keep their own list of kinds.
describe('the kinds E2E tests seed and tick', () => {
  it('are every kind of the library', () => {
    expect(KINDS).toEqual([...categories]);
  });

  it('label every kind but flirty texts', () => {
    const others = categories.filter((kind) => kind !== 'flirty-text');
    expect(OTHER_KINDS).toEqual(others.map((kind) => categoryLabel(kind)));
  });
});
