import type { Finding, SummaryTableDef } from '@declcheck/schema';
import { t } from '../../utils/i18n';
import { both, Count, Required } from './derive-inputs';
import { RuleRow } from './derive-rule-row';
import type { EditableTemplate } from './rename-path';

type EditableTable = NonNullable<EditableTemplate['summaryTable']>;

/**
 * 附件1 on the review screen: the summary table's columns (each required or not) and the quota of each kind of
 * recommender the notice states, beside the notice's own sentence — the places that mark a kind are listed, and a
 * quota emptied is none. `derived` is the table as read, whose keys and ids the rows keep their sources by.
 */
export function SummaryTableReview({
  table,
  derived,
  findings,
  edit,
}: {
  table: EditableTable;
  derived: SummaryTableDef;
  findings: readonly Finding[];
  edit: (change: (table: EditableTable) => void) => void;
}) {
  return (
    <table class="rules" data-role="derive-table">
      <caption>{t('deriveTableTitle', table.title['zh-CN'])}</caption>
      <tbody>
        {table.columns.map((column, i) => (
          <RuleRow
            key={derived.columns[i]?.key ?? column.key}
            path={`summaryTable.columns.${derived.columns[i]?.key ?? column.key}`}
            findings={findings}
            rule="column"
          >
            <td>
              {t('deriveTableColumn')}{' '}
              <input
                data-role="label"
                value={column.label['zh-CN']}
                onInput={(e) =>
                  edit((d) => {
                    const c = d.columns[i];
                    if (c) c.label = both(e.currentTarget.value);
                  })
                }
              />
            </td>
            <td>
              <Required
                checked={column.required === true}
                onChange={(on) =>
                  edit((d) => {
                    const c = d.columns[i];
                    if (c) c.required = on;
                  })
                }
              />
            </td>
          </RuleRow>
        ))}
        {table.recommenderTypes.map((type, i) => (
          <RuleRow
            key={derived.recommenderTypes[i]?.id ?? type.id}
            path={`summaryTable.recommenderTypes.${derived.recommenderTypes[i]?.id ?? type.id}`}
            findings={findings}
            rule="quota"
          >
            <td>
              <input
                data-role="label"
                value={type.label['zh-CN']}
                onInput={(e) =>
                  edit((d) => {
                    const r = d.recommenderTypes[i];
                    if (r) r.label = both(e.currentTarget.value);
                  })
                }
              />
              <div class="why">
                {type.places.length > 0
                  ? t('deriveTablePlaces', type.places.slice(0, 5).join('、'), String(type.places.length))
                  : t('deriveTableOthers')}
                {type.reportsDirectly ? ` · ${t('deriveTableDirect')}` : ''}
              </div>
            </td>
            <td>
              {t('deriveTableQuota')}{' '}
              <Count
                value={type.quota}
                name="quota"
                onChange={(n) =>
                  edit((d) => {
                    const r = d.recommenderTypes[i];
                    if (!r) return;
                    if (n === undefined) delete r.quota;
                    else r.quota = n;
                  })
                }
              />
            </td>
          </RuleRow>
        ))}
      </tbody>
    </table>
  );
}
