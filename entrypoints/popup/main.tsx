// One stylesheet (style.css imports the theme): one render-blocking request, not two.
import './style.css';
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { followTheme } from '@/utils/ui/follow-theme';
import type { Painted } from '@/utils/popup/ready/painted';
import { takeOverTaps } from '@/utils/ui/early-tap';

// In the built popup, popup-paint.js has painted the waiting nudge (from the URL's hash), or
// with none the idea drawn ahead (localStorage), and asked for this module once it had; it
// runs about when that frame is painted, and Preact's first render adopts the same nodes.
const painted: Painted | undefined = window.stillUsPainted;
const root = document.getElementById('app')!;
render(
  <Popup
    initial={painted?.ready ? null : painted?.nudge}
    ready={painted?.ready ? painted.nudge : null}
  />,
  root,
);
// A tap on the painted buttons before this moment is made now (utils/ui/early-tap.ts).
takeOverTaps(root);
// popup-paint.js applied this device's copy of the theme; this catches a choice made elsewhere.
followTheme();
// `npm run bench` reads when the buttons start working.
performance.mark('still-us:popup-ready');
