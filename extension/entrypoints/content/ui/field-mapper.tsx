import { useRef, useState } from 'preact/hooks';
import { downloadFile } from '../../../utils/download-file';
import { t } from '../../../utils/i18n';

/** What the panel needs to map fields by hand and to move site profiles in and out. */
export interface MappingTools {
  /** Every path the user can choose, with the label they see. */
  readonly paths: readonly { readonly path: string; readonly label: string }[];
  /** Waits for a click on a control; resolves with its selector, or undefined when cancelled. */
  pick(): Promise<{ readonly selector: string } | undefined>;
  save(selector: string, path: string): Promise<void>;
  /** Never keep this control's value in drafts on this site. */
  exclude(selector: string): Promise<void>;
  exportProfiles(): Promise<string>;
  importProfiles(json: string): Promise<{ imported: number } | { error: string }>;
}

/** 指定栏目: point at a control, say which field it is; export and import the site profiles as JSON. */
export function FieldMapper({ tools }: { tools: MappingTools }) {
  const [stage, setStage] = useState<'idle' | 'picking' | { selector: string }>('idle');
  const [path, setPath] = useState(tools.paths[0]?.path ?? '');
  const [note, setNote] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const startPicking = async () => {
    setStage('picking');
    setNote('');
    const picked = await tools.pick();
    setStage(picked ? { selector: picked.selector } : 'idle');
  };
  const save = async (selector: string) => {
    await tools.save(selector, path);
    setStage('idle');
    setNote(t('mapSaved'));
  };
  const download = async () =>
    downloadFile('declcheck-site-profiles.json', await tools.exportProfiles(), 'application/json');
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result = await tools.importProfiles(await file.text());
    setNote('error' in result ? t('importFailed', result.error) : t('importDone', String(result.imported)));
  };

  return (
    <div class="mapper" data-role="mapper">
      {stage === 'idle' && (
        <div class="actions">
          <button type="button" data-action="map" onClick={startPicking}>
            {t('mapField')}
          </button>
          <button type="button" data-action="export" onClick={download}>
            {t('exportProfiles')}
          </button>
          <button type="button" data-action="import" onClick={() => fileInput.current?.click()}>
            {t('importProfiles')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            data-role="import-file"
            onChange={(e) => upload((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </div>
      )}
      {stage === 'picking' && <p data-role="map-prompt">{t('mapPrompt')}</p>}
      {typeof stage === 'object' && (
        <div class="choose">
          <select
            data-role="map-path"
            value={path}
            onChange={(e) => setPath((e.currentTarget as HTMLSelectElement).value)}
          >
            {tools.paths.map((p) => (
              <option key={p.path} value={p.path}>
                {p.label}
              </option>
            ))}
          </select>
          <button type="button" data-action="save" onClick={() => save(stage.selector)}>
            {t('mapSave')}
          </button>
          <button
            type="button"
            data-action="exclude"
            onClick={async () => {
              await tools.exclude(stage.selector);
              setStage('idle');
              setNote(t('mapExcluded'));
            }}
          >
            {t('mapExclude')}
          </button>
          <button type="button" data-action="cancel" onClick={() => setStage('idle')}>
            {t('mapCancel')}
          </button>
        </div>
      )}
      {note && <p data-role="mapper-note">{note}</p>}
    </div>
  );
}
