import type { Finding } from '@declcheck/schema';
import { t } from '../../utils/i18n';

/**
 * One rule's row on the review screen: the reviewer's controls, then how sure the reading is and the text it was
 * read from (the form's, or the notice's), the rule's own value marked in it. `path` is the path the rule was
 * derived under: a row keeps its sources when the reviewer renames it.
 */
export function RuleRow({
  path,
  findings,
  rule,
  children,
}: {
  path: string;
  findings: readonly Finding[];
  rule: string;
  children: preact.ComponentChildren;
}) {
  const own = findings.filter((f) => f.path === path);
  const main = own.find((f) => f.rule === rule) ?? own[0];
  const sources = [...new Map(own.flatMap((f) => (f.text ? [[f.text.trim(), f.from] as const] : []))).entries()];
  return (
    <tr data-path={path} data-confidence={main?.confidence ?? 'default'}>
      {children}
      <td class="source">
        <span class={`confidence ${main?.confidence ?? 'default'}`}>
          {t(CONFIDENCE[main?.confidence ?? 'default'])}
        </span>
        {sources.map(([text, from]) => (
          <span key={text} class="quote" data-from={from ?? 'form'}>
            {from === 'notice' ? <span class="why">{t('deriveFromNotice')}</span> : null}
            <q>
              <Marked text={text} value={main?.value} />
            </q>
          </span>
        ))}
      </td>
    </tr>
  );
}

const CONFIDENCE = { stated: 'deriveStated', inferred: 'deriveInferred', default: 'deriveDefault' } as const;

/** The source text with the rule's own value marked in it (3000 in （不超过3000字）). */
function Marked({ text, value }: { text: string; value: Finding['value'] | undefined }) {
  const mark = typeof value === 'number' ? String(value) : undefined;
  // The number itself, not a digit of another (3 in 不超过3个, not in 2030年).
  const at = mark ? text.search(new RegExp(`(?<!\\d)${mark}(?!\\d)`)) : -1;
  if (!mark || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{mark}</mark>
      {text.slice(at + mark.length)}
    </>
  );
}
