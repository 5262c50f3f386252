import {
  checkPartnerName,
  checkQuietRange,
  defaultPreferences,
  type Checked,
  type DeliveryMode,
  type Preferences,
} from '@/utils/storage/preferences';

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
 * What one step would save: the changed preferences (empty when nothing changed, so an
 * untouched step writes nothing), or the kind message explaining what is wrong.
 */
export function stepPatch(
  step: WelcomeStep,
  drafts: WelcomeDrafts,
  prefs: Preferences,
): Checked<Partial<Preferences>> {
  if (step === 'name') {
    const checked = checkPartnerName(drafts.name);
    if (!checked.ok) return checked;
    return {
      ok: true,
      value: checked.value === prefs.partnerName ? {} : { partnerName: checked.value },
    };
  }
  if (step === 'quiet') {
    const [first, ...rest] = prefs.quietHours;
    // Only the times are asked here: days set elsewhere stay as they are.
    const checked = checkQuietRange({ ...first, ...drafts.quiet });
    if (!checked.ok) return checked;
    // With no quiet hours stored, the range shown is new: Next saves it.
    const same = first?.start === drafts.quiet.start && first.end === drafts.quiet.end;
    return { ok: true, value: same ? {} : { quietHours: [checked.value, ...rest] } };
  }
  return {
    ok: true,
    value: drafts.delivery === prefs.delivery ? {} : { delivery: drafts.delivery },
  };
}

/** Whether the person changed this step's draft from what it started as (Skip keeps those). */
export function editedStep(step: WelcomeStep, drafts: WelcomeDrafts, prefs: Preferences): boolean {
  const start = draftsFrom(prefs);
  if (step === 'quiet')
    return start.quiet.start !== drafts.quiet.start || start.quiet.end !== drafts.quiet.end;
  return start[step] !== drafts[step];
}
