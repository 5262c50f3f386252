import { i18n } from '#i18n';
import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { followTheme } from '@/utils/ui/follow-theme';
import { localizePage } from '@/utils/ui/localize-page';
import '@/components/theme.css';
import './style.css';

// options-paint.js applied this device's copy of the theme and painted the top; this catches
// a theme chosen elsewhere.
followTheme();
localizePage(i18n.t('options.title'));
render(<Options />, document.getElementById('app')!);
