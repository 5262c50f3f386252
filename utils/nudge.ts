/** The kinds of micro-moment Still Us offers. Order is the order shown in the options page. */
export const categories = [
  'reassurance',
  'kind-act',
  'flirty-text',
  'send-a-laugh',
  'check-in',
] as const;

export type Category = (typeof categories)[number];

/** Short, plain labels a tired person reads at a glance. */
export const categoryLabels: Record<Category, string> = {
  reassurance: 'Reassurance',
  'kind-act': 'Kind act',
  'flirty-text': 'Flirty text',
  'send-a-laugh': 'Send a laugh',
  'check-in': 'Check-in',
};

/** What a library nudge is; what it says lives in locales/en.yml (see nudge-text.ts). */
export interface NudgeEntry {
  /** Stable kebab-case id; history refers to it, so never reuse or rename one. */
  id: string;
  category: Category;
}

/** One micro-moment with its words. Content only: picking and showing live elsewhere. */
export interface Nudge extends NudgeEntry {
  /** What the popup shows. `{partner}` becomes the name, or "your partner". */
  text: string;
  /** A message to copy and send, for nudges that are texts. `{partner}` becomes the name, or "love". */
  message?: string;
}
