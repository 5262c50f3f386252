import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { nudgeFromHash } from '@/utils/popup-url';
import '@/components/theme.css';
import './style.css';

// popup-paint.js may have painted this nudge already: render the same, so Preact adopts it.
const initial = nudgeFromHash(location.hash, Date.now());
render(<Popup initial={initial} />, document.getElementById('app')!);
