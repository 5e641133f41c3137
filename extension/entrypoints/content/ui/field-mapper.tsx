import { useState } from 'preact/hooks';
import { t } from '../../../utils/i18n';
import { OpenPage } from './open-page';
import { trusted } from './trusted';

/** What the panel needs to map fields by hand and to move site profiles in and out. */
export interface MappingTools {
  /** Every path the user can choose, with the label they see. */
  paths: readonly { readonly path: string; readonly label: string }[];
  /** Waits for a click on a control; resolves with its selector, or undefined when cancelled. */
  pick(): Promise<{ readonly selector: string } | undefined>;
  save(selector: string, path: string): Promise<void>;
  /** Never keep this control's value in drafts on this site. */
  exclude(selector: string): Promise<void>;
}

/**
 * 指定栏目: point at a control, say which field it is. Site profiles are exported and imported on the options page,
 * out of the page's reach (a page script could fill a file input here, or read a download made in the page).
 */
export function FieldMapper({ tools }: { tools: MappingTools }) {
  const [stage, setStage] = useState<'idle' | 'picking' | { selector: string }>('idle');
  const [path, setPath] = useState(tools.paths[0]?.path ?? '');
  const [note, setNote] = useState('');

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
  return (
    <div class="mapper" data-role="mapper">
      {stage === 'idle' && (
        <div class="actions">
          <button type="button" data-action="map" onClick={trusted(startPicking)}>
            {t('mapField')}
          </button>
          <OpenPage page="profiles" label={t('openProfiles')} />
        </div>
      )}
      {stage === 'picking' && <p data-role="map-prompt">{t('mapPrompt')}</p>}
      {typeof stage === 'object' && (
        <div class="choose">
          <select
            data-role="map-path"
            value={path}
            // Choosing only shows a choice (whoever made it); the user's own click on 保存 is what maps the box.
            onChange={(e) => setPath((e.currentTarget as HTMLSelectElement).value)}
          >
            {tools.paths.map((p) => (
              <option key={p.path} value={p.path}>
                {p.label}
              </option>
            ))}
          </select>
          <button type="button" data-action="save" onClick={trusted(() => save(stage.selector))}>
            {t('mapSave')}
          </button>
          <button
            type="button"
            data-action="exclude"
            onClick={trusted(async () => {
              await tools.exclude(stage.selector);
              setStage('idle');
              setNote(t('mapExcluded'));
            })}
          >
            {t('mapExclude')}
          </button>
          <button type="button" data-action="cancel" onClick={trusted(() => setStage('idle'))}>
            {t('mapCancel')}
          </button>
        </div>
      )}
      {note && <p data-role="mapper-note">{note}</p>}
    </div>
  );
}
