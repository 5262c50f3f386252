import { describe, expect, it } from 'vitest';
import { allowedNow, inRotation, type Moment } from '@/utils/choose/nudge-fit';
import type { NudgeEntry } from '@/utils/library/nudge';

// Issue 15: "touched out" — touch overload is real. For the rest of that day no touch nudges
// come, and flirty ones stay sweet.
const base: NudgeEntry = {
  id: 'x-01',
  category: 'kind-act',
  effort: 'seconds',
  time: 'any',
  tone: 'gentle',
  partnerPresent: false,
};
const touch: NudgeEntry = { ...base, id: 'touch-01', category: 'touch', partnerPresent: true };
const sweet: NudgeEntry = {
  ...base,
  id: 'flirty-text-01',
  category: 'flirty-text',
  tone: 'flirty',
  spice: 'sweet',
};
const bold: NudgeEntry = { ...sweet, id: 'flirty-text-02', spice: 'bold' };
const moment: Moment = { period: 'day', flirty: 'bold', atWork: false, rough: false };

describe('allowedNow, touched out', () => {
  it.each([
    // [nudge, touched out, allowed]
    [touch, false, true],
    [touch, true, false],
    [sweet, true, true],
    [bold, false, true],
    [bold, true, false],
    [base, true, true],
  ] as const)('%s (touched out: %s): %s', (nudge, touchedOut, allowed) => {
    expect(allowedNow(nudge, { ...moment, touchedOut })).toBe(allowed);
  });
});

describe('the baby’s season (issue 15)', () => {
  const fogOnly: NudgeEntry = { ...base, id: 'reassurance-30', seasons: ['fog'] };
  const dipMinute: NudgeEntry = { ...base, id: 'kind-act-40', effort: 'minute', seasons: ['dip'] };
  const out: NudgeEntry = { ...base, id: 'tiny-date-40', category: 'tiny-date', out: true };
  it.each([
    // [nudge, season, in the draw and allowed]
    [fogOnly, null, false],
    [fogOnly, 'fog', true],
    [fogOnly, 'dip', false],
    [dipMinute, 'dip', true],
    [{ ...base, effort: 'minute' }, 'fog', false],
    [{ ...base, effort: 'minute' }, 'early', true],
    [bold, 'fog', false],
    [bold, 'dip', true],
    [out, 'fog', false],
    [out, 'dip', false],
    [out, 'toddler', true],
    [out, null, true],
    [{ ...base, ritual: true }, 'dip', false],
    [{ ...base, milestone: 'month-6' }, 'dip', false],
  ] as const)('%o in %s: %s', (nudge, season, fits) => {
    expect(inRotation(nudge, season) && allowedNow(nudge, { ...moment, season })).toBe(fits);
  });
});
