import { fields } from '../platform/fields';
import { categories, type Category } from './nudge';

/**
 * A nudge as the person saw it, its name filled in: the one shape of a shown nudge. The
 * waiting nudge (and the popup URL that carries it), history entries and backups all hold
 * these fields under these names, and `isShownNudge` is the one check of them.
 */
export interface ShownNudge {
  /** The library's or the person's own id; stable, so history can refer to it. */
  id: string;
  category: Category;
  /** What was shown, `{partner}` filled in. */
  text: string;
  /** The message to copy and send, when the nudge has one. */
  message?: string;
  /** Set when it came as a ritual the person set: the daily check-in or the weekly tiny date. */
  ritual?: Ritual;
  /**
   * The language of `message` when it is not the pages' ("Messages to send in"), so screen
   * readers read it in its own voice: `es`.
   */
  lang?: string;
}

/** The rituals (utils/schedule/rituals.ts): the daily check-in, the weekly tiny date. */
export const rituals = ['check-in', 'date'] as const;
export type Ritual = (typeof rituals)[number];

/** How a nudge reached the person; `manual` when they opened the popup themselves. */
export const deliveries = ['popup', 'notification', 'badge', 'manual'] as const;
export type Delivery = (typeof deliveries)[number];

/** The nudge waiting in the popup: shown at `shownAt`, by way of `delivery`. */
/**
 * A pending nudge older than this is stale: opening the popup then offers a fresh one, and
 * history no longer folds an action into its showing (6 hours; library/ keeps no clock units).
 */
export const PENDING_FRESH_FOR = 6 * 60 * 60 * 1000;

export interface PendingNudge extends ShownNudge {
  shownAt: number;
  delivery: Delivery;
}

/** A shown nudge's own fields and nothing else, with no `message` key when it has none. */
export function shownNudge({ id, category, text, message, ritual, lang }: ShownNudge): ShownNudge {
  return {
    id,
    category,
    text,
    ...(message !== undefined && { message }),
    ...(ritual !== undefined && { ritual }),
    ...(lang !== undefined && { lang }),
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Whether a value read from outside (a URL, storage, a file) holds a shown nudge's fields. */
export function isShownNudge(value: unknown): value is ShownNudge {
  const { id, category, text, message, ritual, lang } = fields(value) ?? {};
  return (
    isString(id) &&
    categories.includes(category as Category) &&
    isString(text) &&
    (message === undefined || isString(message)) &&
    (ritual === undefined || rituals.includes(ritual as Ritual)) &&
    (lang === undefined || isString(lang))
  );
}

/** Whether a value holds a waiting nudge: a shown nudge with when and how it came. */
export function isPendingNudge(value: unknown): value is PendingNudge {
  if (!isShownNudge(value)) return false;
  const { shownAt, delivery } = value as unknown as Record<string, unknown>;
  return typeof shownAt === 'number' && deliveries.includes(delivery as Delivery);
}
