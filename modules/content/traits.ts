import type { Traits } from '../../utils/library/library-rows';

/** What a record may say about one trait. */
export interface TraitRule<V> {
  /** Every value it may take. */
  values: readonly V[];
  /** Stated exactly when the record has these traits (and left out otherwise); else always. */
  when?: Readonly<Partial<Traits>>;
}

/**
 * Every trait a nudge's record spells out, in the order records and `content:table` list them:
 * the one place the validator learns of a trait. Typed from NudgeEntry, so a trait added there
 * and not here fails `tsc`. (The compact code the worker ships gives each value a letter in
 * utils/library/library-rows.ts.)
 */
export const TRAITS: { readonly [K in keyof Traits]-?: TraitRule<NonNullable<Traits[K]>> } = {
  effort: { values: ['seconds', 'minute', 'longer'] },
  time: { values: ['any', 'morning', 'day', 'evening', 'night'] },
  tone: { values: ['gentle', 'playful', 'flirty'] },
  spice: { values: ['sweet', 'bold'], when: { tone: 'flirty' } },
  partnerPresent: { values: [true, false] },
};

/** The traits' names, in order. */
export const traitNames = Object.keys(TRAITS) as (keyof Traits)[];

/** Whether a record states this trait: always, or when its `when` traits hold. */
export function traitApplies(
  rule: TraitRule<unknown>,
  record: Readonly<Record<string, unknown>>,
): boolean {
  return Object.entries(rule.when ?? {}).every(([name, value]) => record[name] === value);
}

/** Problems with one record's traits, as sentences; none when they are well formed. */
export function traitProblems(record: Readonly<Record<string, unknown>>): string[] {
  return traitNames.flatMap((name) => {
    const rule: TraitRule<unknown> = TRAITS[name];
    const value = record[name];
    const applies = traitApplies(rule, record);
    const condition = Object.entries(rule.when ?? {})
      .map(([k, v]) => `${k} is ${String(v)}`)
      .join(' and ');
    if (value === undefined)
      return applies ? [`${name} is missing (${rule.values.join(', ')})`] : [];
    if (!applies) return [`${name} is given only when ${condition}`];
    return rule.values.includes(value)
      ? []
      : [`${name} ${JSON.stringify(value)} is not one of ${rule.values.join(', ')}`];
  });
}
