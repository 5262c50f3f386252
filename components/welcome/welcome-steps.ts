import {
  checkPartnerName,
  checkQuietRange,
  defaultPreferences,
  type Checked,
  type DeliveryMode,
  type Preferences,
} from '@/utils/storage/preferences';
import type { PreferencesChange } from '@/utils/storage/preferences-store';
import type { QuietRange } from '@/utils/time/quiet-hours';

/** The three questions, in order. */
export const welcomeSteps = ['name', 'quiet', 'delivery'] as const;
export type WelcomeStep = (typeof welcomeSteps)[number];

/** What the person has typed or chosen so far, kept while they move back and forth. */
export interface WelcomeDrafts {
  name: string;
  /** One nightly range: the first stored one, or the default. */
  quiet: { start: string; end: string };
  delivery: DeliveryMode;
}

/** The first stored quiet range, or the default one when there is none. */
const firstQuiet = (prefs: Preferences): { start: string; end: string } => {
  const { start, end } = prefs.quietHours[0] ?? defaultPreferences.quietHours[0]!;
  return { start, end };
};

/** Drafts that start from what is stored (preferences may already sync from another browser). */
export function draftsFrom(prefs: Preferences): WelcomeDrafts {
  return { name: prefs.partnerName, quiet: firstQuiet(prefs), delivery: prefs.delivery };
}

/**
 * Drafts after the stored preferences changed (another tab, or sync from another device):
 * an answer not edited here follows, one edited keeps what was typed.
 */
export function followStored(
  drafts: WelcomeDrafts,
  before: Preferences,
  after: Preferences,
): WelcomeDrafts {
  const was = draftsFrom(before);
  const now = draftsFrom(after);
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  return {
    name: drafts.name === was.name ? now.name : drafts.name,
    quiet: same(drafts.quiet, was.quiet) ? now.quiet : drafts.quiet,
    delivery: drafts.delivery === was.delivery ? now.delivery : drafts.delivery,
  };
}

/** The stored ranges with the first one's times set (its days and the other ranges kept). */
function withFirstTimes(ranges: QuietRange[], times: { start: string; end: string }): QuietRange[] {
  const [first, ...rest] = ranges;
  const checked = checkQuietRange({ ...first, ...times });
  return checked.ok ? [checked.value, ...rest] : ranges;
}

/** Nothing to write: the answer is what is stored. */
export const noChange: Partial<Preferences> = {};

/**
 * What one step would save: the change (`noChange` when the answer is what is stored, so an
 * untouched step writes nothing), or the kind message explaining what is wrong. The quiet
 * range is set on the ranges as they are when it is written, so ranges added elsewhere stay.
 */
export function stepPatch(
  step: WelcomeStep,
  drafts: WelcomeDrafts,
  prefs: Preferences,
): Checked<PreferencesChange> {
  if (step === 'name') {
    const checked = checkPartnerName(drafts.name);
    if (!checked.ok) return checked;
    return {
      ok: true,
      value: checked.value === prefs.partnerName ? noChange : { partnerName: checked.value },
    };
  }
  if (step === 'quiet') {
    const [first] = prefs.quietHours;
    // Only the times are asked here: days set elsewhere stay as they are.
    const checked = checkQuietRange({ ...first, ...drafts.quiet });
    if (!checked.ok) return checked;
    // With no quiet hours stored, the range shown is new: Next saves it.
    const same = first?.start === drafts.quiet.start && first.end === drafts.quiet.end;
    const times = drafts.quiet;
    const change = (current: Preferences): Partial<Preferences> => ({
      quietHours: withFirstTimes(current.quietHours, times),
    });
    return { ok: true, value: same ? noChange : change };
  }
  return {
    ok: true,
    value: drafts.delivery === prefs.delivery ? noChange : { delivery: drafts.delivery },
  };
}

/** Whether the person changed this step's draft from what it started as (Skip keeps those). */
export function editedStep(step: WelcomeStep, drafts: WelcomeDrafts, prefs: Preferences): boolean {
  const start = draftsFrom(prefs);
  if (step === 'quiet')
    return start.quiet.start !== drafts.quiet.start || start.quiet.end !== drafts.quiet.end;
  return start[step] !== drafts[step];
}
