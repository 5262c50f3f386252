/**
 * The idea drawn ahead for the next popup opened by hand with nothing waiting. It lives in
 * the extension's localStorage (shared by every popup and tab, read synchronously like the
 * theme's copy), so popup-paint.js paints it in the first frame. It is recorded as shown only
 * once a popup showed it (showInPopupByHand); prepare-ready-idea.ts writes it,
 * ready-idea.ts reads it. No imports here: pages drop it without the rest.
 */
export const READY_IDEA_KEY = 'still-us:ready-idea';
/** The no-repeat bag after the ready idea, and the bag it was drawn from. */
export const READY_BAG_KEY = 'still-us:ready-bag';

/**
 * Forgets the ready idea (preferences changed, so it may no longer fit); never throws. The
 * bag alone is nothing: readyIdea() and peekReadyIdea() need the idea.
 */
export function dropReadyIdea(store: Pick<Storage, 'removeItem'> = localStorage): void {
  try {
    store.removeItem(READY_IDEA_KEY);
  } catch {
    // Storage refused: readyIdea() reads nothing from it either.
  }
}
