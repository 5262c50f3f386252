import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyStoredTheme } from '@/utils/ui/theme';

// A classic script in the <head> of the options and welcome pages. It blocks rendering only
// for a synchronous localStorage read, so even their first frame is light or dark as chosen:
// their module scripts run too late for that (a frame in the device's colours came first).
// The popup does the same in popup-paint.js, which it runs anyway.
export default defineUnlistedScript(() => {
  applyStoredTheme();
});
