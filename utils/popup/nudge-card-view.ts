import type { Ref } from 'preact';
import type { ShownNudge } from '../library/shown-nudge';
import { categoryLabel } from '../library/nudge';
import type { ElementFactory } from './element-factory';

/**
 * A nudge as text only: its kind, what to do, and the message to send if it has one.
 * `messageRef` lets the popup select the message when the clipboard refuses (Preact only).
 */
export function nudgeCardView<E>(
  h: ElementFactory<E>,
  nudge: ShownNudge,
  messageRef?: Ref<HTMLParagraphElement>,
): E {
  return h(
    'article',
    { class: 'nudge', 'aria-labelledby': 'nudge-label' },
    h('p', { class: 'nudge-label', id: 'nudge-label' }, categoryLabel(nudge.category)),
    // elementtiming: `npm run bench` reads when the nudge is painted.
    h(
      'p',
      { class: 'nudge-text', 'data-testid': 'nudge-text', elementtiming: 'nudge' },
      nudge.text,
    ),
    nudge.message !== undefined &&
      h(
        'p',
        // Its own language when it is sent in another than the pages' (undefined: none set).
        {
          class: 'nudge-message',
          'data-testid': 'nudge-message',
          lang: nudge.lang,
          ref: messageRef,
        },
        nudge.message,
      ),
  );
}
