import type { ShownNudge } from '../library/shown-nudge';
import { domElement } from './element-factory';
import { popupView } from './popup-view';

/**
 * The popup's first view of a waiting nudge, built without Preact so it paints as soon as the
 * page is parsed: the same view the Popup component renders, here with real elements, so
 * Preact adopts these nodes instead of painting them again.
 */
export function paintNudge(root: HTMLElement, nudge: ShownNudge): void {
  root.replaceChildren(popupView<Node>(domElement, { nudge }));
}
