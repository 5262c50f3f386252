import type { PendingNudge } from '../../library/shown-nudge';

/**
 * What popup-paint.js painted in the first frame, handed to the popup's module in the same
 * window: the module adopts it without reading the URL or localStorage again.
 */
export interface Painted {
  nudge: PendingNudge;
  /** The idea drawn ahead (nothing waited), not yet recorded as shown. */
  ready: boolean;
}

declare global {
  interface Window {
    stillUsPainted?: Painted;
  }
}
