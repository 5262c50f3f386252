import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import type { PendingNudge } from '@/utils/storage';

/** Mounts the popup; with a nudge painted already, its first render adopts those nodes. */
export function mountPopup(initial: PendingNudge | null): void {
  render(<Popup initial={initial} />, document.getElementById('app')!);
  // `npm run bench` reads when the buttons start working.
  performance.mark('still-us:popup-ready');
}
