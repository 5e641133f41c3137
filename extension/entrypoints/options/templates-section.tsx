import { loadTemplate, TemplateError, type TemplateInput } from '@declcheck/schema';
import { useEffect, useState } from 'preact/hooks';
import { downloadFile } from '../../utils/download-file';
import { t } from '../../utils/i18n';
import { type Note, ProblemsNote } from '../../utils/problems-note';
import {
  BuiltInIdError,
  importTemplate,
  type KnownTemplate,
  knownTemplates,
  removeTemplate,
  templateName,
  watchTemplates,
} from '../../utils/templates';
import { uiLocale } from '../../utils/ui-locale';

/**
 * 申报模板: the forms the overlay and the checker know. The built-ins come with the extension; another call's form
 * comes as a template JSON file (written by hand, or by `declcheck`), checked here before it is kept, exported again
 * to share, removed when the call is over (drafts kept under it stay).
 */
export function TemplatesSection() {
  const [templates, setTemplates] = useState<KnownTemplate[]>([]);
  const [note, setNote] = useState<Note>();
  useEffect(() => {
    const load = () => void knownTemplates().then(setTemplates);
    load();
    return watchTemplates(load);
  }, []);
  const locale = uiLocale();

  const read = async (file: File | undefined) => {
    if (!file) return;
    let template: TemplateInput;
    try {
      template = loadTemplate(await file.text());
      const done = await importTemplate(template);
      const name = templateName(template, locale);
      setNote({ text: t(done === 'added' ? 'templateAdded' : 'templateReplaced', name) });
    } catch (error) {
      if (error instanceof TemplateError) setNote({ text: t('templateInvalid', file.name), problems: error.problems });
      else if (error instanceof BuiltInIdError) setNote({ text: t('templateBuiltInId', file.name, error.id) });
      else throw error;
    }
  };

  return (
    <section id="templates" data-role="templates">
      <h2>{t('templatesTitle')}</h2>
      <p class="hint">{t('templatesHint')}</p>
      <ul class="sites">
        {templates.map(({ template, builtIn }) => (
          <li key={template.id} data-template={template.id} data-built-in={String(builtIn)}>
            <span class="origin">{templateName(template, locale)}</span>{' '}
            <span class="why">
              {template.id} · {builtIn ? t('templateBuiltIn') : t('templateImported')}
            </span>{' '}
            <button
              type="button"
              data-action="export-template"
              onClick={() =>
                downloadFile(`${template.id}.template.json`, JSON.stringify(template, null, 2), 'application/json')
              }
            >
              {t('templateExport')}
            </button>
            {!builtIn && (
              <>
                {' '}
                <button
                  type="button"
                  data-action="remove-template"
                  onClick={async () => {
                    await removeTemplate(template.id);
                    setNote({ text: t('templateRemoved', templateName(template, locale)) });
                  }}
                >
                  {t('templateRemove')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="actions">
        <label class="file">
          {t('templateImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-role="import-template"
            onChange={(e) => {
              void read(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </p>
      <ProblemsNote note={note} kind="templates-note" />
    </section>
  );
}
