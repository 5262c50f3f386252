import { render } from 'preact';
import { i18n } from '#i18n';
import { Welcome } from '@/components/welcome/Welcome';
import { followTheme } from '@/utils/ui/follow-theme';
import { localizePage } from '@/utils/ui/localize-page';
import './style.css';

// The page's language is that of its words (not the browser's), and its title, as the other pages.
localizePage(i18n.t('welcome.page_title'));
// theme-paint.js applied this device's copy of the theme; this catches a choice made elsewhere.
followTheme();
render(<Welcome />, document.getElementById('app')!);
