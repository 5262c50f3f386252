// One stylesheet (style.css imports the theme): one render-blocking request, not two.
import './style.css';
import { nudgeFromHash } from '@/utils/popup-url';

// popup-paint.js may have painted the waiting nudge already. Then that frame reaches the
// screen first and Preact loads right after, adopting the same nodes (Popup's `initial`).
const initial = nudgeFromHash(location.hash, Date.now());
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

void (initial ? afterPaint() : Promise.resolve())
  .then(() => import('./mount'))
  .then(({ mountPopup }) => mountPopup(initial));
