import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterPaint } from '@/utils/popup/after-paint';
import { keepEarlyTaps } from '@/utils/ui/early-tap';
import { localizePage } from '@/utils/ui/localize-page';
import { paintNudge } from '@/utils/popup/paint-nudge';
import { markPopupShown } from '@/utils/popup/popup-shown';
import { nudgeFromHash } from '@/utils/popup/popup-url';
import { applyStoredTheme } from '@/utils/ui/theme';

// A classic script popup.html runs while it is parsed: the waiting nudge (in the URL's hash)
// is on screen at first paint, as fast as static HTML; Preact adopts it when it loads.
export default defineUnlistedScript(() => {
  // Light or dark as chosen in the options, from the first frame on (this script blocks rendering).
  applyStoredTheme();
  localizePage();
  const script = document.currentScript;
  const root = document.getElementById('app');
  const now = Date.now();
  const nudge = nudgeFromHash(location.hash, now);
  if (root && nudge) {
    paintNudge(root, nudge);
    keepEarlyTaps(root);
    // Once it is on screen, said in storage: openPopup() rejects when the popup closes at
    // once, and the worker must not then bring a notification for a nudge already seen.
    void afterPaint().then(() => markPopupShown(nudge, now));
  }
  // The built popup.html hands over its module here (modules/popup-first-paint),
  // so nothing but the nudge competes for the first frame.
  const main = script?.dataset.main;
  if (!main) return;
  const load = (): void => {
    const module = document.createElement('script');
    module.type = 'module';
    module.src = main;
    document.head.append(module);
  };
  if (nudge) void afterPaint().then(load);
  else load();
});
