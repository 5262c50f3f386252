import type { Traits } from '../../utils/library/library-rows';
import type { Category } from '../../utils/library/nudge';
import { milestones, seasons } from '../../utils/library/seasons';

/** A list trait's rule speaks of its items. */
type Item<V> = V extends readonly (infer I)[] ? I : V;

/** What a record may say about one trait. */
export interface TraitRule<V> {
  /** Every value it may take (for a list, every item). */
  values: readonly Item<V>[];
  /** A list of values, each at most once and in the order of `values`, never empty. */
  list?: true;
  /** Stated exactly when the record has these traits (and left out otherwise); else always. */
  when?: Readonly<Partial<Traits>>;
  /** May be left out, even where it applies. */
  optional?: true;
  /** Only on records of these kinds. */
  kinds?: readonly Category[];
  /** Never on a record that states any of these. */
  without?: readonly (keyof Traits)[];
}

/**
 * Every trait a nudge's record spells out, in the order records and `content:table` list them:
 * the one place the validator learns of a trait. Typed from NudgeEntry, so a trait added there
 * and not here fails `tsc`. (The compact code library.json ships gives each value a letter in
 * modules/content/codes.ts.)
 */
export const TRAITS: { readonly [K in keyof Traits]-?: TraitRule<NonNullable<Traits[K]>> } = {
  effort: { values: ['seconds', 'minute', 'longer'] },
  time: { values: ['any', 'morning', 'day', 'evening', 'night'] },
  tone: { values: ['gentle', 'playful', 'flirty'] },
  spice: { values: ['sweet', 'bold'], when: { tone: 'flirty' } },
  partnerPresent: { values: [true, false] },
  seasons: { values: seasons, list: true, optional: true },
  out: { values: [true], optional: true },
  // Drawn on their own paths, so they say nothing of seasons or going out.
  ritual: {
    values: [true],
    optional: true,
    kinds: ['check-in'],
    without: ['seasons', 'out', 'milestone'],
  },
  milestone: { values: milestones, optional: true, without: ['seasons', 'out'] },
};

/** The traits' names, in order. */
export const traitNames = Object.keys(TRAITS) as (keyof Traits)[];

/** Whether a record of this kind may state this trait: its `when` traits hold, its kind fits. */
export function traitApplies(
  rule: TraitRule<unknown>,
  record: Readonly<Record<string, unknown>>,
  kind: Category,
): boolean {
  const traitsHold = Object.entries(rule.when ?? {}).every(([k, v]) => record[k] === v);
  return traitsHold && (rule.kinds?.includes(kind) ?? true);
}

/** Why a value is not one the rule allows; null when it is. */
function valueProblem(name: string, rule: TraitRule<unknown>, value: unknown): string | null {
  const allowed = rule.values.join(', ');
  if (!rule.list)
    return rule.values.includes(value)
      ? null
      : `${name} ${JSON.stringify(value)} is not one of ${allowed}`;
  const places = Array.isArray(value) ? value.map((v: unknown) => rule.values.indexOf(v)) : [];
  const inOrder = places.every((place, i) => place >= 0 && (i === 0 || place > places[i - 1]!));
  return places.length > 0 && inOrder
    ? null
    : `${name} ${JSON.stringify(value)} is not a list of ${allowed} (each once, in this order)`;
}

/** Where a rule applies, in words: "when tone is flirty", "on check-in nudges". */
function condition(rule: TraitRule<unknown>): string {
  const traits = Object.entries(rule.when ?? {}).map(([k, v]) => `${k} is ${String(v)}`);
  const when = traits.length > 0 ? [`when ${traits.join(' and ')}`] : [];
  const kinds = rule.kinds ? [`on ${rule.kinds.join(', ')} nudges`] : [];
  return [...when, ...kinds].join(' and ');
}

/** Problems with one record's traits, as sentences; none when they are well formed. */
export function traitProblems(record: Readonly<Record<string, unknown>>, kind: Category): string[] {
  return traitNames.flatMap((name) => {
    const rule: TraitRule<unknown> = TRAITS[name];
    const value = record[name];
    if (value === undefined)
      return traitApplies(rule, record, kind) && !rule.optional
        ? [`${name} is missing (${rule.values.join(', ')})`]
        : [];
    if (!traitApplies(rule, record, kind)) return [`${name} is given only ${condition(rule)}`];
    const clashes = (rule.without ?? []).filter((other) => record[other] !== undefined);
    const problem = valueProblem(name, rule, value);
    return [
      ...(problem ? [problem] : []),
      ...clashes.map((other) => `${name} is never given with ${other}`),
    ];
  });
}
