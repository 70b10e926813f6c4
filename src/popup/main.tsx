import { render } from 'preact';
import { Popup } from './components/Popup.tsx';
import { t, uiLanguage } from './i18n.ts';
import './popup.css';

document.documentElement.lang = uiLanguage();
document.title = t('extName');

render(<Popup search={location.search} />, document.getElementById('app')!);
