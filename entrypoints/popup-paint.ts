import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterPaint } from '@/utils/popup/after-paint';
import { keepEarlyTaps } from '@/utils/ui/early-tap';
import { localizePage } from '@/utils/ui/localize-page';
import { paintNudge } from '@/utils/popup/paint-nudge';
import { markPopupShown } from '@/utils/popup/popup-shown';
import { nudgeFromHash } from '@/utils/popup/popup-url';
import { readyIdea } from '@/utils/popup/ready/ready-idea';
import type { Painted } from '@/utils/popup/ready/painted';
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
  const waiting = nudgeFromHash(location.hash, now);
  // Opened by hand with nothing waiting: the idea drawn ahead last time, in this frame too.
  const nudge = waiting ?? readyIdea(now);
  if (root && nudge) {
    paintNudge(root, nudge);
    keepEarlyTaps(root);
    const painted: Painted = { nudge, ready: !waiting };
    window.stillUsPainted = painted;
    // Once it is on screen, said in storage: openPopup() rejects when the popup closes at
    // once, and the worker must not then bring a notification for a nudge already seen.
    if (waiting) void afterPaint().then(() => markPopupShown(waiting, now));
  }
  // The built popup.html hands over its module here (modules/popup-first-paint): a module in
  // the page competed with this script's own fetch for the first frame. Asked for now, once the
  // nudge is in the page, its chunks arrive about when that frame does (an extension file takes
  // 10–25 ms to come), so the buttons work soon after; asked for after the frame, a whole fetch
  // later (`npm run bench`, README "Performance").
  const main = script?.dataset.main;
  if (!main) return;
  const module = document.createElement('script');
  module.type = 'module';
  module.src = main;
  // Its chunks are fetched beside it, not one after the other once it is parsed.
  for (const href of script?.dataset.preload?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  document.head.append(module);
});
