import { describe, expect, it } from 'vitest';
import { measureBytes } from '../../bench/bytes.mjs';
import { EXTENSION_DIR } from './support/extension';

const KiB = 1024;

// Byte budgets are exact, so unlike timings they are safe to hold in `npm test` (issue 3).
describe('shipped JavaScript (gzip)', async () => {
  const bytes = await measureBytes(EXTENSION_DIR);
  it.each([
    ['popup', 15],
    ['options', 30],
    ['background', 10],
    ['total', 60],
  ] as const)('%s stays within %i KiB', (entry, budget) => {
    expect(bytes[entry].gzip, bytes[entry].names.join(', ')).toBeLessThanOrEqual(budget * KiB);
  });

  it('the popup loads no nudge library until it needs a fresh nudge', () => {
    expect(bytes.popup.names.some((n) => n.includes('show-fresh-nudge'))).toBe(false);
  });
});
