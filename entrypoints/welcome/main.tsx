import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { Welcome } from '@/components/welcome/Welcome';
import { followTheme } from '@/utils/ui/follow-theme';
import './style.css';

// The page's language and title follow the browser's UI language, as its words do.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('welcome.page_title');
// theme-paint.js applied this device's copy of the theme; this catches a choice made elsewhere.
followTheme();
render(<Welcome />, document.getElementById('app')!);
