import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { uiLocale } from '../../utils/ui-locale';
import './welcome.css';

/**
 * Shown once, after the install: what the extension does, how to turn it on for a portal, where the drafts are,
 * and that nothing leaves the computer — in the browser's language (zh-CN first, English otherwise).
 */
function Welcome() {
  return (
    <main>
      <h1>
        <img src={browser.runtime.getURL('/icon/48.png')} alt="" width={48} height={48} />
        {t('welcomeTitle')}
      </h1>
      <p data-role="what">{t('welcomeWhat')}</p>
      <h2>{t('welcomeHowTitle')}</h2>
      <ol data-role="how">
        <li>{t('welcomeHowClick')}</li>
        <li>{t('welcomeHowAlways')}</li>
      </ol>
      <p data-role="drafts">
        {t('welcomeDrafts')} <a href={browser.runtime.getURL('/drafts.html')}>{t('openDrafts')}</a>
      </p>
      <p class="privacy" data-role="privacy">
        {t('welcomePrivacy')}
      </p>
      <p>
        <a href={browser.runtime.getURL('/options.html#sites')}>{t('welcomeOptions')}</a> ·{' '}
        <a href={browser.runtime.getURL('/checker.html')}>{t('openChecker')}</a>
      </p>
    </main>
  );
}

document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');
const root = document.getElementById('app');
if (root) render(<Welcome />, root);
