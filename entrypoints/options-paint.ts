import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { glanceOnCopy } from '@/components/options/glance/glance-copy';
import { afterPaint } from '@/utils/popup/after-paint';
import { fillPage } from '@/utils/ui/fill-page';
import { applyStoredTheme } from '@/utils/ui/theme';

// A classic, deferred, render-blocking script of options.html: the page's top and the glance's
// first line are in its first frame, in the theme chosen, as soon as a static page's. Preact
// adopts the same nodes once its module has loaded and the preferences are read.
export default defineUnlistedScript(() => {
  applyStoredTheme();
  fillPage(document, location.hash, glanceOnCopy() ? 'options_pause_on' : '');
  // The built options.html hands over its module here (modules/options-first-paint): loaded
  // in the page, it held the first frame back until it had run.
  const main = document.currentScript?.dataset.main;
  if (!main) return;
  const load = (): void => {
    const module = document.createElement('script');
    module.type = 'module';
    module.src = main;
    document.head.append(module);
  };
  // A page opened in a background tab paints no frame until it is shown: load it now.
  if (document.hidden) load();
  else void afterPaint().then(load);
});
