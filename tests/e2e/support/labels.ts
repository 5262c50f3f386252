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
