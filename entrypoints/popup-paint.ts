import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintNudge } from '@/utils/paint-nudge';
import { nudgeFromHash } from '@/utils/popup-url';

// A classic script popup.html runs while it is parsed: the waiting nudge (in the URL's hash)
// is on screen at first paint, as fast as static HTML; Preact adopts it when it loads.
export default defineUnlistedScript(() => {
  const root = document.getElementById('app');
  const nudge = nudgeFromHash(location.hash, Date.now());
  if (root && nudge) paintNudge(root, nudge);
});
