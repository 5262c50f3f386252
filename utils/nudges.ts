import type { NudgeEntry } from './nudge';

/**
 * The library: what each nudge is. What it says lives in locales/en.yml under the same id,
 * so the worker can pick a nudge without shipping any text (see nudge-text.ts).
 */
export const library: readonly NudgeEntry[] = [
  // reassurance
  { id: 'reassurance-still-a-team', category: 'reassurance' },
  { id: 'reassurance-good-parent', category: 'reassurance' },
  { id: 'reassurance-still-see-you', category: 'reassurance' },
  { id: 'reassurance-doing-it-together', category: 'reassurance' },
  { id: 'reassurance-glad-its-you', category: 'reassurance' },
  { id: 'reassurance-more-than-enough', category: 'reassurance' },
  { id: 'reassurance-its-the-sleep', category: 'reassurance' },
  { id: 'reassurance-text-proud-of-us', category: 'reassurance' },
  { id: 'reassurance-text-thank-you', category: 'reassurance' },
  { id: 'reassurance-text-still-like-you', category: 'reassurance' },
  // kind-act
  { id: 'kind-act-refill-water', category: 'kind-act' },
  { id: 'kind-act-next-wake-up', category: 'kind-act' },
  { id: 'kind-act-charger-in-reach', category: 'kind-act' },
  { id: 'kind-act-warm-drink', category: 'kind-act' },
  { id: 'kind-act-one-handed-snack', category: 'kind-act' },
  { id: 'kind-act-shower-cover', category: 'kind-act' },
  { id: 'kind-act-couch-blanket', category: 'kind-act' },
  { id: 'kind-act-clear-their-spot', category: 'kind-act' },
  { id: 'kind-act-shoulder-squeeze', category: 'kind-act' },
  { id: 'kind-act-morning-mug', category: 'kind-act' },
  // flirty-text
  { id: 'flirty-text-little-spark', category: 'flirty-text' },
  { id: 'flirty-text-still-a-crush', category: 'flirty-text' },
  { id: 'flirty-text-couch-date', category: 'flirty-text' },
  { id: 'flirty-text-night-shift-pick', category: 'flirty-text' },
  { id: 'flirty-text-very-attractive', category: 'flirty-text' },
  { id: 'flirty-text-next-room', category: 'flirty-text' },
  { id: 'flirty-text-first-date', category: 'flirty-text' },
  { id: 'flirty-text-kiss-iou', category: 'flirty-text' },
  { id: 'flirty-text-still-got-it', category: 'flirty-text' },
  { id: 'flirty-text-hold-hands', category: 'flirty-text' },
  // send-a-laugh
  { id: 'send-a-laugh-accurate-meme', category: 'send-a-laugh' },
  { id: 'send-a-laugh-funny-video', category: 'send-a-laugh' },
  { id: 'send-a-laugh-inside-joke', category: 'send-a-laugh' },
  { id: 'send-a-laugh-caption-contest', category: 'send-a-laugh' },
  { id: 'send-a-laugh-field-report', category: 'send-a-laugh' },
  { id: 'send-a-laugh-goofy-old-photo', category: 'send-a-laugh' },
  { id: 'send-a-laugh-new-nickname', category: 'send-a-laugh' },
  { id: 'send-a-laugh-nap-commentary', category: 'send-a-laugh' },
  { id: 'send-a-laugh-funniest-thing', category: 'send-a-laugh' },
  { id: 'send-a-laugh-day-in-a-gif', category: 'send-a-laugh' },
  // check-in
  { id: 'check-in-how-are-you-feeling', category: 'check-in' },
  { id: 'check-in-high-and-low', category: 'check-in' },
  { id: 'check-in-really-you', category: 'check-in' },
  { id: 'check-in-one-word', category: 'check-in' },
  { id: 'check-in-felt-closest', category: 'check-in' },
  { id: 'check-in-heart-weather', category: 'check-in' },
  { id: 'check-in-missing-anything', category: 'check-in' },
  { id: 'check-in-feel-like-you', category: 'check-in' },
  { id: 'check-in-sixty-seconds', category: 'check-in' },
  { id: 'check-in-felt-proud', category: 'check-in' },
];
