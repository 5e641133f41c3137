import type { SourceItem } from '../parse/source-doc.js';
import type { Finding } from './finding.js';

export interface NoticeMeta {
  readonly issuer?: string;
  readonly published?: string;
  readonly deadline?: string;
  readonly findings: readonly Finding[];
}

/** The signature's date on a line of its own: 2020年4月17日. */
const SIGNED = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** Who signs a notice: 工业和信息化部办公厅, 浙江省经济和信息化厅, 某某市人民政府办公室. */
const ISSUER = /(?:部|厅|局|委员会|委|办公室|办公厅|人民政府|中心)$/;
/** The date material must arrive by: 于2020年5月22日前将申报书…报送, 请于…前. */
const DEADLINE = /于\s*(\d{4})年(\d{1,2})月(\d{1,2})日(?:\d{1,2}[:：]\d{2})?\s*(?:前|之前|以前)/;

/**
 * What a notice's body says of the call itself: who issued it and when (the signature and its date, the first
 * pair of lines that read so) and the deadline for sending material (于…前报送).
 */
export function readNoticeMeta(items: readonly SourceItem[]): NoticeMeta {
  const findings: Finding[] = [];
  const found: { issuer?: string; published?: string; deadline?: string } = {};
  const find = (rule: string, value: string, item: SourceItem) =>
    findings.push({
      path: `meta.${rule}`,
      rule,
      value,
      confidence: 'stated',
      range: { start: item.start, end: item.end },
      text: item.text,
      from: 'notice',
    });
  let previous: SourceItem | undefined;
  for (const item of items) {
    const text = item.text.replace(/[\s\u3000]+/g, '');
    if (!text) continue;
    const signed = SIGNED.exec(text);
    if (signed && !found.published && previous && ISSUER.test(bare(previous))) {
      found.issuer = bare(previous);
      found.published = isoDate(signed);
      find('issuer', found.issuer, previous);
      find('published', found.published, item);
    }
    const deadline = DEADLINE.exec(text);
    if (deadline && !found.deadline) {
      found.deadline = isoDate(deadline);
      find('deadline', found.deadline, item);
    }
    previous = item;
  }
  return { ...found, findings };
}

function bare(item: SourceItem): string {
  return item.text.replace(/[\s\u3000]+/g, '');
}

function isoDate(match: RegExpExecArray): string {
  return `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
}
