/** Every kind of nudge as stored (utils/library/nudge.ts `categories`; a unit test holds them equal). */
export const KINDS = [
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
];

/** Preferences keep the kinds turned off: every kind but `on`, to leave only those on. */
export const allKindsBut = (...on: string[]): string[] =>
  KINDS.filter((kind) => !on.includes(kind));

/** Every kind of nudge but flirty texts, as the options page labels them (English). */
export const OTHER_KINDS = [
  'Reassurance',
  'Kind act',
  'Send a laugh',
  'Check-in',
  'Say it gently',
  'Appreciation',
  'A little touch',
  'Share the load',
  'Tiny date',
  'You time',
];
