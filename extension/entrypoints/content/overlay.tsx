import type { TemplateInput } from '@declcheck/schema';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { uiLocale } from '../../utils/ui-locale';

export function Overlay({ template }: { template: TemplateInput }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const title = template.title[uiLocale()];
  return (
    <section class="panel" data-role="panel" aria-label={browser.i18n.getMessage('overlayTitle')}>
      <header>
        <strong>{browser.i18n.getMessage('overlayTitle')}</strong>
        <button type="button" onClick={() => setOpen(false)} aria-label={browser.i18n.getMessage('overlayClose')}>
          ×
        </button>
      </header>
      <p class="template">{browser.i18n.getMessage('overlayTemplate', [title])}</p>
      <p class="status" data-role="status">
        {browser.i18n.getMessage('overlayReady')}
      </p>
    </section>
  );
}
