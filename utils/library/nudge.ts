import { message } from '../platform/message';
import type { Milestone, Season } from './seasons';

/** The kinds of micro-moment Still Us offers. Order is the order shown in the options page. */
export const categories = [
  'reassurance',
  'kind-act',
  'flirty-text',
  'send-a-laugh',
  'check-in',
  'name-it',
  'appreciation',
  'touch',
  'mental-load',
  'tiny-date',
  'you-time',
] as const;

export type Category = (typeof categories)[number];

/** `kind-act` → `kind_act`: Chrome message names allow only letters, digits and "_". */
type MessageName<S extends string> = S extends `${infer A}-${infer B}`
  ? `${A}_${MessageName<B>}`
  : S;

/** A kind's part of its message names (`category.kind_act`, `insights.week.kind_act`). */
export const messageName = (kind: Category): MessageName<Category> =>
  kind.replaceAll('-', '_') as MessageName<Category>;

/** A kind's short, plain label a tired person reads at a glance, in the browser's language. */
export const categoryLabel = (c: Category): string => message(`category.${messageName(c)}`);

/** How long it takes: under ten seconds, about a minute, or a few minutes or more. */
export type Effort = 'seconds' | 'minute' | 'longer';
export type TimeOfDay = 'any' | 'morning' | 'day' | 'evening' | 'night';
export type Tone = 'gentle' | 'playful' | 'flirty';
/** How bold a flirty nudge is; the person chooses how far to go (off / sweet / bold). */
export type Spice = 'sweet' | 'bold';

/** What a nudge is; a library nudge's words come from content/nudges/ (see nudge-text.ts). */
export interface NudgeEntry {
  /** Stable id; history refers to it, so never reuse or rename one. */
  id: string;
  category: Category;
  effort: Effort;
  /** When it fits best; `any` fits all day. */
  time: TimeOfDay;
  tone: Tone;
  /** Set on flirty nudges only. */
  spice?: Spice;
  /** True when the partner has to be there (a hug, words said out loud). */
  partnerPresent: boolean;
  /** The baby's seasons it suits, in `seasons` order; absent for every season. */
  seasons?: Season[];
  /** Needs a sitter or leaving the house together. */
  out?: true;
  /** A check-in question for the daily ritual, never a regular nudge. */
  ritual?: true;
  /** The one nudge that marks this day, never a regular nudge. */
  milestone?: Milestone;
}

/** One micro-moment with its words. Content only: picking and showing live elsewhere. */
export interface Nudge extends NudgeEntry {
  /** What the popup shows. `{partner}` becomes the name, or "your partner". */
  text: string;
  /** A message to copy and send, for nudges that are texts. `{partner}` becomes the name, or "love". */
  message?: string;
}

/** How the id of a nudge the person wrote begins (the library's ids never do). */
export const CUSTOM_ID_PREFIX = 'custom-';

/** A nudge the person wrote. It joins the rotation with gentle, any-time defaults. */
export interface CustomNudge {
  /** {@link CUSTOM_ID_PREFIX} and a random part; never reused. */
  id: string;
  category: Category;
  /** Trimmed, 1–280 characters, shown as text only. */
  text: string;
  /** Optional message to copy, same rules. */
  message?: string;
}
