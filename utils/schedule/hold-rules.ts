import { HOUR, MINUTE } from '../time/local-time';

/** Why a due nudge waits for a better moment instead of interrupting. */
export type DeliveryHold = 'away' | 'fullscreen' | 'call';

/** What the browser says about the person's moment, read when a nudge is due. */
export interface DeliveryContext {
  /** From `idle.queryState`; Firefox has no `locked`. */
  idle: 'active' | 'idle' | 'locked';
  /** The focused window is fullscreen (a film, a presentation). */
  fullscreen: boolean;
  /**
   * The active tab of the focused window, as far as the browser lets us see it: `url` only
   * for call sites the person allowed, `audible` always. Null when there is none.
   */
  activeTab: { url?: string; audible?: boolean } | null;
}

/** A held nudge waits at most this long; after that the moment has passed. */
export const HOLD_EXPIRES_AFTER = 2 * HOUR;
/** While a nudge is held, the moment is looked at again this often. */
export const HOLD_CHECK_EVERY = MINUTE;
/** Once the moment is clear, it must stay clear this long before the nudge comes. */
export const SETTLE_AFTER_HOLD = 45_000;

/**
 * Video-call sites, as match patterns. The options page asks for these as optional host
 * permissions, so the browser shows Still Us a tab's address only when it is one of them.
 */
export const CALL_SITE_PATTERNS = [
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://*.webex.com/*',
  'https://whereby.com/*',
  'https://app.slack.com/*',
  'https://discord.com/*',
  'https://facetime.apple.com/*',
  'https://jitsi.org/*',
  'https://meet.jit.si/*',
] as const;

/** The host part of each pattern: `*.zoom.us` matches zoom.us and any subdomain of it. */
const CALL_HOSTS = CALL_SITE_PATTERNS.map((p) => p.slice('https://'.length, -'/*'.length));

/** Whether `url` is on one of the call sites. */
export function isCallSite(url: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return false;
  }
  // `*.zoom.us`: zoom.us itself or any name ending in `.zoom.us`.
  return CALL_HOSTS.some((listed) =>
    listed.startsWith('*.') ? `.${host}`.endsWith(listed.slice(1)) : host === listed,
  );
}

/**
 * Whether a due nudge should wait, and why. Away or locked first (nobody is there), then a
 * fullscreen window, then (only when the person opted in) a call site or a tab playing sound.
 */
export function holdFor(context: DeliveryContext, waitDuringCalls: boolean): DeliveryHold | null {
  if (context.idle !== 'active') return 'away';
  if (context.fullscreen) return 'fullscreen';
  const tab = context.activeTab;
  if (waitDuringCalls && tab && (tab.audible === true || isCallSite(tab.url))) return 'call';
  return null;
}

/** A nudge waiting for a better moment (stored, so it survives the worker stopping). */
export interface HeldNudge {
  /** When it first came due and was held. */
  since: number;
  reason: DeliveryHold;
  /** When the moment first looked clear again; delivery waits one more check after that. */
  clearSince: number | null;
}

/** What to do with a held nudge at `now`, given the moment's hold (null when clear). */
export type HeldStep = { do: 'expire' } | { do: 'wait'; held: HeldNudge } | { do: 'deliver' };

/**
 * One look at a held nudge. It expires after HOLD_EXPIRES_AFTER. When the moment clears it
 * is delivered on a later look, once it has stayed clear for SETTLE_AFTER_HOLD: a natural
 * moment shortly after the person is back, out of fullscreen or off the call, never the
 * instant the mouse moves.
 */
export function stepHeld(held: HeldNudge, hold: DeliveryHold | null, now: number): HeldStep {
  if (now - held.since >= HOLD_EXPIRES_AFTER) return { do: 'expire' };
  if (hold !== null) return { do: 'wait', held: { ...held, reason: hold, clearSince: null } };
  if (held.clearSince === null) return { do: 'wait', held: { ...held, clearSince: now } };
  return now - held.clearSince >= SETTLE_AFTER_HOLD ? { do: 'deliver' } : { do: 'wait', held };
}
