import { COUNT_MODES, messagesFor } from '@declcheck/schema';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  type CountModeSetting,
  countModeSetting,
  DEFAULT_RETENTION_DAYS,
  readCountMode,
  readRetentionDays,
  retentionDaysSetting,
} from '../../utils/settings';
import { uiLocale } from '../../utils/ui-locale';
import './options.css';
import { t } from '../../utils/i18n';
import { ProfilesSection } from './profiles-section';
import { SitesSection } from './sites-section';
import { TemplatesSection } from './templates-section';

function Options() {
  const [mode, setMode] = useState<CountModeSetting | undefined>();
  const [saved, setSaved] = useState(false);
  const [retention, setRetention] = useState(DEFAULT_RETENTION_DAYS);
  useEffect(() => {
    void readCountMode().then(setMode);
    void readRetentionDays().then(setRetention);
  }, []);
  const names = messagesFor(uiLocale()).countModes;
  const choose = async (value: CountModeSetting) => {
    setMode(value);
    await countModeSetting.setValue(value);
    setSaved(true);
  };
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <fieldset data-role="count-mode">
        <legend>{t('optionsCountMode')}</legend>
        {(['template', ...COUNT_MODES] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="count-mode"
              value={value}
              checked={mode === value}
              onChange={() => choose(value)}
            />
            {value === 'template' ? t('optionsCountModeTemplate') : names[value]}
          </label>
        ))}
      </fieldset>
      <p class="hint">{t('optionsCountModeHint')}</p>
      <label class="retention">
        {t('optionsRetention')}{' '}
        <input
          type="number"
          min={1}
          max={3650}
          data-role="retention"
          value={retention}
          onChange={async (e) => {
            const days = Number(e.currentTarget.value);
            if (!Number.isInteger(days) || days < 1 || days > 3650) return;
            setRetention(days);
            await retentionDaysSetting.setValue(days);
            setSaved(true);
          }}
        />
      </label>
      {saved && <p data-role="saved">{t('optionsSaved')}</p>}
      <TemplatesSection />
      <SitesSection />
      <ProfilesSection />
      <p class="privacy">{t('optionsPrivacy')}</p>
      <p>
        <a href={browser.runtime.getURL('/drafts.html')}>{t('openDrafts')}</a> ·{' '}
        <a href={browser.runtime.getURL('/checker.html')}>{t('openChecker')}</a>
      </p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) {
  render(<Options />, root);
  // Opened from a page's panel at #profiles or #site=…: the section is there only now that it has rendered.
  if (location.hash)
    document.getElementById(location.hash.startsWith('#site=') ? 'sites' : location.hash.slice(1))?.scrollIntoView();
}
