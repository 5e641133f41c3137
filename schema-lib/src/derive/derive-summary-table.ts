import { compact } from '../parse/headings.js';
import type { SourceItem } from '../parse/source-doc.js';
import { GOVERNMENT_MARKERS } from '../table/places.js';
import type { SummaryColumnDef, SummaryTableDef, TextFieldDef } from '../template/types.js';
import type { Finding, Undecided } from './finding.js';
import { readQuotas } from './read-quotas.js';

export interface DerivedSummaryTable {
  readonly table: SummaryTableDef | undefined;
  readonly findings: readonly Finding[];
  readonly undecided: readonly Undecided[];
}

/** A document's items, and whether they are the notice's (the form's own otherwise). */
export interface DeriveSource {
  readonly items: readonly SourceItem[];
  readonly notice: boolean;
}

/** The summary table's title standing alone: …推荐信息汇总表, …一览表, …推荐表. */
const TITLE = /(?:汇总表|一览表|推荐表|推荐名单)$/;
/** Columns notices give, by their labels: the key, the format, other ways recommenders head the same column. */
const COLUMNS: readonly {
  readonly label: RegExp;
  readonly key: string;
  readonly format?: SummaryColumnDef['format'];
  readonly aliases?: readonly string[];
  /** A column a row may leave empty (备注); every other column is required by default. */
  readonly optional?: boolean;
}[] = [
  { label: /^备注$|^说明$/, key: 'note', optional: true },
  { label: /^序号$/, key: 'seq', format: 'sequence' },
  {
    label: /^(?:申报|申请|承担|推荐)?单位(?:名称)?$|^(?:申报|申请|承担)(?:主体|企业)(?:名称)?$/,
    key: 'applicantName',
    aliases: ['申报单位名称', '申报单位', '单位名称'],
  },
  { label: /名称$/, key: 'name' },
  { label: /^联系人(?:姓名)?$|^姓名$/, key: 'contactName' },
  { label: /电话|手机/, key: 'phone', format: 'phone', aliases: ['联系电话', '电话', '手机'] },
  { label: /邮箱|e-?mail/i, key: 'email', format: 'email', aliases: ['E-mail', 'Email', '邮箱', '电子邮箱'] },
];
/** The header lines above the table, by the paths the table reader fills (推荐单位名称：…（加盖单位公章）). */
const HEADER: readonly {
  readonly label: RegExp;
  readonly path: string;
  readonly format?: 'phone';
  readonly aliases: readonly string[];
}[] = [
  { label: /^推荐单位(?:名称)?$/, path: 'recommender.name', aliases: ['推荐单位名称', '推荐单位'] },
  { label: /^联系人$/, path: 'recommender.contactName', aliases: [] },
  {
    label: /^(?:联系)?电话$|^(?:联系)?手机$/,
    path: 'recommender.contactPhone',
    format: 'phone',
    aliases: ['联系电话', '电话', '手机'],
  },
];
const PATH = 'summaryTable';

/**
 * 附件1 read from its blank: the table's title, the header lines above it (推荐单位名称, 联系人, 联系电话), its
 * column headings (序号 → the sequence column, 申报单位名称 → one row per applicant, 电话/邮箱 → formats) and the
 * quotas the notice's body states for each kind of recommender. In the form's file or the notice's, whichever
 * holds it; quotas from the notice's text (and the form's, when the form is the whole notice).
 */
export function deriveSummaryTable(sources: readonly DeriveSource[]): DerivedSummaryTable {
  for (const source of sources) {
    const found = readTable(source);
    if (!found) continue;
    const quotas = readQuotas(sources.flatMap((s) => s.items));
    const findings = [...found.findings, ...quotas.findings];
    return {
      table: { ...found.table, recommenderTypes: quotas.types, governmentMarkers: GOVERNMENT_MARKERS },
      findings,
      undecided: quotas.undecided,
    };
  }
  return { table: undefined, findings: [], undecided: [] };
}

function readTable(
  source: DeriveSource,
): { table: Omit<SummaryTableDef, 'recommenderTypes' | 'governmentMarkers'>; findings: Finding[] } | undefined {
  const { items } = source;
  const findings: Finding[] = [];
  const find = (
    path: string,
    rule: string,
    value: Finding['value'],
    confidence: Finding['confidence'],
    item?: SourceItem,
  ) =>
    findings.push({
      path,
      rule,
      value,
      confidence,
      ...(item ? { range: { start: item.start, end: item.end }, text: item.text } : {}),
      ...(source.notice ? { from: 'notice' as const } : {}),
    });
  const at = items.findIndex((item) => isTableTitle(item.text));
  const titleItem = items[at];
  if (!titleItem) return undefined;
  const header: TextFieldDef[] = [];
  let first = -1;
  for (let i = at + 1; i < Math.min(items.length, at + 30); i++) {
    const item = items[i] as SourceItem;
    const text = item.text.trim();
    if (!text) continue;
    if (/[:：]/.test(text)) {
      // 推荐单位名称：　（加盖单位公章）, 推荐单位（盖章）：, 联系人：　联系电话：
      for (const match of text.matchAll(/([\u4e00-\u9fa5]{2,8})\s*(?:[（(][^）)]*[）)])?\s*[:：]/g)) {
        const label = match[1] ?? '';
        const known = HEADER.find((h) => h.label.test(label));
        if (!known || header.some((h) => h.path === known.path)) continue;
        const aliases = known.aliases.filter((a) => a !== label);
        header.push({
          kind: 'text',
          path: known.path,
          label: { 'zh-CN': label, en: label },
          ...(aliases.length > 0 ? { aliases } : {}),
          required: true,
          ...(known.format ? { format: known.format } : {}),
        });
        find(`${PATH}.${known.path}`, 'field', label, 'stated', item);
        find(`${PATH}.${known.path}`, 'required', true, 'default');
      }
      continue;
    }
    if (isColumnLabel(text)) {
      first = i;
      break;
    }
  }
  if (first < 0) return undefined;
  const cells = columnCells(items, first);
  if (cells.length < 3) return undefined;
  const title = compact(titleItem.text);
  find(PATH, 'summaryTable', title, 'stated', titleItem);
  const columns: SummaryColumnDef[] = [];
  cells.forEach((item, i) => {
    const label = compact(item.text);
    const known = COLUMNS.find((c) => c.label.test(label) && !columns.some((k) => k.key === c.key));
    const key = known?.key ?? `column${i + 1}`;
    const path = `${PATH}.columns.${key}`;
    find(path, 'column', label, 'stated', item);
    find(path, 'required', !known?.optional, known?.optional ? 'inferred' : 'default');
    if (known?.format) find(path, 'format', known.format, 'inferred', item);
    const aliases = known?.aliases?.filter((a) => a !== label) ?? [];
    columns.push({
      key,
      label: { 'zh-CN': label, en: label },
      ...(aliases.length > 0 ? { aliases } : {}),
      required: !known?.optional,
      ...(known?.format ? { format: known.format } : {}),
    });
  });
  const sequence = columns.find((c) => c.key === 'seq');
  const applicant = columns.find((c) => c.key === 'applicantName');
  if (sequence) find(`${PATH}.columns.seq`, 'sequenceColumn', 'seq', 'inferred', cells[columns.indexOf(sequence)]);
  if (applicant) {
    // One solution per applicant is the notice's (每个申报主体只能申报1个); the column that names the applicant holds it.
    find(
      `${PATH}.columns.applicantName`,
      'applicantColumn',
      'applicantName',
      'inferred',
      cells[columns.indexOf(applicant)],
    );
  }
  return {
    table: {
      title: { 'zh-CN': title, en: title },
      columns,
      ...(sequence ? { sequenceColumn: sequence.key } : {}),
      ...(applicant ? { applicantColumn: applicant.key } : {}),
      header,
    },
    findings,
  };
}

/** A title on a line of its own, not the list of attachments (附件1：…汇总表) nor a sentence naming it (《…》). */
function isTableTitle(text: string): boolean {
  const bare = compact(text);
  return TITLE.test(bare) && bare.length <= 60 && !/^附件\d*[:：]|[《》，。:：]/.test(bare);
}

function isColumnLabel(text: string): boolean {
  const bare = compact(text);
  return bare.length > 0 && bare.length <= 14 && !/^[（(]|[，。；:：]/.test(bare) && /[\u4e00-\u9fa5A-Za-z]/.test(bare);
}

/**
 * The column headings from the first: the cells of its row in a table (.docx, HTML), or in a text copy (one cell a
 * line) the labels that follow it, up to the first row number (1), ellipsis (……) or note (备注：…).
 */
function columnCells(items: readonly SourceItem[], first: number): SourceItem[] {
  const head = items[first] as SourceItem;
  let end = first;
  while (items[end + 1]?.row === head.row) end++;
  if (end - first >= 2) return items.slice(first, end + 1).filter((item) => item.text.trim() !== '');
  const cells: SourceItem[] = [];
  for (let i = first; i < items.length; i++) {
    const item = items[i] as SourceItem;
    const text = item.text.trim();
    if (!text) continue;
    if (!isColumnLabel(text)) break;
    cells.push(item);
  }
  return cells;
}
