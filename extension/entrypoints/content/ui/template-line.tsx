import { t } from '../../../utils/i18n';
import type { Store } from './store';
import { trusted } from './trusted';
import { useStore } from './use-store';

/** The form the page is checked against, and the others the user may set for the site instead. */
export interface TemplateChoice {
  readonly current: { readonly id: string; readonly name: string };
  readonly options: readonly { readonly id: string; readonly name: string }[];
  /** The id the user set for this site; undefined while its pages pick by what they show. */
  readonly chosen: string | undefined;
}

/**
 * 模板：国家科技计划课题信息表（科学技术部，2010）, and with more than one form known, a switch for the site:
 * automatic (by the page's text) or one form always.
 */
export function TemplateLine({
  choice,
  choose,
}: {
  choice: Store<TemplateChoice>;
  choose: (id: string | undefined) => void;
}) {
  const { current, options, chosen } = useStore(choice);
  return (
    <div class="template" data-role="template" data-template={current.id}>
      <p>{t('overlayTemplate', current.name)}</p>
      {options.length > 1 && (
        <label>
          {t('templateForSite')}{' '}
          <select
            data-role="template-choice"
            value={chosen ?? ''}
            onChange={trusted((event: Event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              choose(value || undefined);
            })}
          >
            <option value="">{t('templateAuto')}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
