import type { CountMode } from '../count/count.js';
import type { SourceDoc, SourceItem } from '../parse/source-doc.js';
import { defineTemplate } from '../template/define-template.js';
import type {
  ChoiceFieldDef,
  ChoiceOptionDef,
  FieldDef,
  SectionDef,
  SubsectionDef,
  TemplateInput,
  TextFieldDef,
  TextFormat,
} from '../template/types.js';
import { deriveSummaryTable } from './derive-summary-table.js';
import type { Confidence, Finding, Undecided } from './finding.js';
import { pathWord } from './path-words.js';
import { readNoticeMeta } from './read-notice-meta.js';

export interface DeriveOptions {
  /** The template's id (kebab-case); `derived-form` when not given. */
  readonly id?: string;
  readonly issuer?: string;
  /** ISO date the call was published. */
  readonly published?: string;
  /**
   * The notice itself (its body text, often with 附件1 inline), or 附件1 on its own: the recommenders' quotas are
   * read from it (各省…推荐不超过10个), and the summary table from 附件1's blank wherever it is.
   */
  readonly notice?: SourceDoc | readonly SourceDoc[];
}

export interface DerivedTemplate {
  readonly template: TemplateInput;
  /** Every rule, with where in the source it came from and how sure it is. */
  readonly findings: readonly Finding[];
  /** What the form does not say: for the reviewer to decide. */
  readonly undecided: readonly Undecided[];
}

/**
 * A template read from a blank form (附件2 as a .docx, HTML or text): its basic-information labels and choice groups
 * (with their 限选 hints and ○/□ options), its numbered sections and subsections (with their limits and guidance),
 * its instructions (limits stated only in the prose: 项目名称最多不超过20个汉字) and its responsibility statement.
 * Every rule comes with a finding saying where it was read and whether it is stated, inferred or a default.
 */
export function deriveTemplate(source: SourceDoc, options: DeriveOptions = {}): DerivedTemplate {
  const form = new Derivation(source.items).result(options);
  const notices = options.notice === undefined ? [] : 'items' in options.notice ? [options.notice] : options.notice;
  const summary = deriveSummaryTable([
    { items: source.items, notice: false },
    ...notices.map((n) => ({ items: n.items, notice: true })),
  ]);
  const meta = readNoticeMeta(notices.flatMap((n) => n.items));
  // What the notice states of the call wins over the form's cover date; the caller's options win over both.
  const stated = {
    ...(meta.issuer && !options.issuer ? { issuer: { 'zh-CN': meta.issuer, en: meta.issuer } } : {}),
    ...(meta.published && !options.published ? { published: meta.published } : {}),
    ...(meta.deadline ? { deadline: meta.deadline } : {}),
  };
  const settled = new Set([...(stated.issuer ? ['issuer'] : []), ...(stated.published ? ['published'] : [])]);
  const superseded = (f: Finding) => f.path === 'meta.published' && settled.has('published');
  return {
    template: defineTemplate({
      ...form.template,
      meta: { ...form.template.meta, ...stated },
      ...(summary.table ? { summaryTable: summary.table } : {}),
    }),
    findings: [...form.findings.filter((f) => !superseded(f)), ...meta.findings, ...summary.findings],
    undecided: [...form.undecided.filter((u) => !settled.has(u.question)), ...summary.undecided],
  };
}

/** A section heading: 二、解决方案的基本情况（不超过3000字）. */
const SECTION = /^([一二三四五六七八九十]{1,3})[、.．,，]\s*(.+)$/;
/** A subsection heading: （一）背景需求, 1. 背景需求. */
const SUBSECTION = /^(?:[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})[、.．])\s*(.+)$/;
/** A limit however the form words it: （不超过3000字）, （3000字以内）, 限3000字, 字数控制在3000字以内, 不超过200个字符. */
const LIMIT =
  /(?:不超过|不多于|不得超过|最多|限|控制在)\s*(\d+)\s*个?\s*(汉字|字符|字)|(\d+)\s*个?\s*(汉字|字符|字)以内/;
/** A choice hint: （限选2个）, （可多选）, （单选）. */
const CHOICE_HINT = /限选\s*(\d+)\s*[个项]?|(可多选|多选)|(单选)/;
/** The boxes forms print before options: ○ for 限选 groups, □ for single-choice boxes, ☐ and Wingdings' look-alikes. */
const BOX = /[○◯〇□☐■●☑✓✔]/;
const SQUARE = /[□☐■☑]/;
/** A label names a person's detail: a label followed by these is a group heading (联系人 → 姓名, 电话 …). */
const PERSON_PART = /^(?:姓名|电话|手机|职务|职称|e-?mail|邮箱|电子邮箱|传真|办公电话)$/i;
/** What a label says its value is: a phone number, an e-mail address, a date (成立时间). */
const FORMATS: readonly (readonly [RegExp, TextFormat])[] = [
  [/电话|手机|传真/, 'phone'],
  [/e-?mail|邮箱|电子邮件/i, 'email'],
  [/时间$|日期$/, 'date'],
];
/** A limit in the instructions' prose: 项目名称最多不超过20个汉字. */
const PROSE_LIMIT =
  /([\u4e00-\u9fa5A-Za-z]{2,12}?)(?:应|须|需)?(?:最多)?(?:不超过|不多于|不得超过)(\d+)个?(汉字|字符|字)/g;

interface Label {
  readonly text: string;
  readonly item: SourceItem;
  readonly part: number;
  group?: string;
  hint?: { max?: number; multiple?: boolean; single?: boolean; item: SourceItem };
  limit?: { count: number; mode: CountMode; item: SourceItem; confidence: Confidence };
  options: { label: string; item: SourceItem; square: boolean }[];
  guidance: { text: string; item: SourceItem }[];
}

interface SectionDraft {
  readonly numbering: string;
  readonly label: string;
  readonly item: SourceItem;
  limit?: { count: number; mode: CountMode; item: SourceItem };
  readonly subsections: { numbering: string; label: string; item: SourceItem; guidance: SourceItem[] }[];
  readonly guidance: SourceItem[];
}

class Derivation {
  private readonly findings: Finding[] = [];
  private readonly undecided: Undecided[] = [];
  private title: { text: string; item: SourceItem } | undefined;
  private date: { text: string; item: SourceItem } | undefined;
  private readonly labels: Label[] = [];
  private readonly sections: SectionDraft[] = [];
  private readonly basicHeadings: string[] = [];
  private instructions: string | undefined;
  private statement: { heading: string; item: SourceItem; after?: string; blank?: SourceItem } | undefined;
  private readonly proseLimits: { label: string; count: number; mode: CountMode; item: SourceItem }[] = [];

  constructor(items: readonly SourceItem[]) {
    let part: 'front' | 'instructions' | 'basic' | 'sections' | 'statement' = 'front';
    let basicPart = 0;
    for (const [at, item] of items.entries()) {
      const text = item.text.trim();
      if (!text) continue;
      const bare = tidy(text);
      if (bare === '填写说明' || bare === '填报说明') {
        this.instructions = bare;
        part = 'instructions';
        continue;
      }
      if (bare.endsWith('责任声明') && bare.length <= 12) {
        this.statement = { heading: bare, item };
        part = 'statement';
        continue;
      }
      if (part === 'statement') {
        const blank = /《[\s_＿]*》/.exec(text);
        if (blank && this.statement && !this.statement.blank) {
          this.statement.blank = item;
          const verb = /(提交了?|报送了?|申报了?|申请了?)《[\s_＿]*》/.exec(text)?.[1];
          if (verb) this.statement.after = verb;
        }
        continue;
      }
      // 课题基本信息 standing alone, unnumbered: the basic-information part begins.
      if (
        bare.endsWith('基本信息') &&
        bare.length <= 12 &&
        part !== 'sections' &&
        !/^[（(一二三四五六七八九十\d]/.test(bare)
      ) {
        part = 'basic';
        this.basicHeadings.push(bare);
        continue;
      }
      const section = SECTION.exec(bare);
      // A numbered line of the instructions is a sentence; a heading is short, and ends with no full stop.
      const heading = stripLimit(section?.[2] ?? '');
      const sentence = /[。；]$/.test(heading) || (part === 'instructions' && /[，,]/.test(heading));
      if (section && heading.length <= 30 && !sentence) {
        const title = stripLimit(section[2] ?? '');
        if (title.includes('基本信息')) {
          part = 'basic';
          this.basicHeadings.push(title);
          continue;
        }
        if (part !== 'front' || this.labels.length > 0) {
          part = 'sections';
          const limit = readLimit(bare);
          this.sections.push({
            numbering: section[1] ?? '',
            label: title,
            item,
            ...(limit ? { limit: { ...limit, item } } : {}),
            subsections: [],
            guidance: [],
          });
          continue;
        }
      }
      // A form that is one table from its title on (no 基本信息 heading): its first label cell begins the basic part.
      if (part === 'front' && this.title && inTableRow(items, at) && isLabel(stripLimit(bare))) part = 'basic';
      if (part === 'front') {
        // The cover's date (2020年5月): when the form was issued, near enough to the call's.
        const date = /^(\d{4})年(\d{1,2})月/.exec(bare);
        if (date && !this.date) this.date = { text: `${date[1]}-${(date[2] ?? '').padStart(2, '0')}`, item };
        if (!this.title && isTitle(bare)) this.title = { text: bare, item };
        continue;
      }
      if (part === 'instructions') {
        for (const match of bare.matchAll(PROSE_LIMIT)) {
          this.proseLimits.push({
            label: match[1] ?? '',
            count: Number(match[2]),
            mode: match[3] === '字符' ? 'chars' : 'word',
            item,
          });
        }
        continue;
      }
      if (part === 'basic') {
        const sub = SUBSECTION.exec(bare);
        if (sub && (sub[3] ?? '').includes('基本信息')) {
          basicPart++;
          this.basicHeadings.push(stripLimit(sub[3] ?? ''));
          continue;
        }
        this.basicItem(text, bare, item, basicPart);
        continue;
      }
      // part === 'sections'
      const current = this.sections.at(-1);
      const sub = SUBSECTION.exec(bare);
      if (current && sub && stripLimit(sub[3] ?? '').length <= 40) {
        current.subsections.push({
          numbering: sub[1] ? `（${sub[1]}）` : `${sub[2]}.`,
          label: stripLimit(sub[3] ?? ''),
          item,
          guidance: [],
        });
        continue;
      }
      if (current) (current.subsections.at(-1)?.guidance ?? current.guidance).push(item);
    }
  }

  /** One line or cell of the basic information: a label, a hint, options, or the guidance under a label. */
  private basicItem(text: string, bare: string, item: SourceItem, part: number): void {
    const last = this.labels.at(-1);
    if (BOX.test(text.charAt(0))) {
      if (!last) return;
      for (const piece of text.split(/(?=[○◯〇□☐■●☑✓✔])/)) {
        const label = tidy(piece.replace(BOX, ''));
        if (label) last.options.push({ label, item, square: SQUARE.test(piece) });
      }
      return;
    }
    if (isHintOnly(bare)) {
      if (last) this.applyHints(last, bare, item);
      return;
    }
    const stripped = stripLimit(bare);
    if (isLabel(stripped)) {
      const label: Label = { text: stripped, item, part, options: [], guidance: [] };
      // 联系人 followed by 姓名: the earlier label heads a group, and is no field itself.
      if (PERSON_PART.test(stripped) && last && (last.group !== undefined || isGroupHead(last))) {
        label.group = last.group ?? last.text;
        if (last.group === undefined) this.labels.pop();
      }
      this.applyHints(label, bare, item);
      this.labels.push(label);
      return;
    }
    last?.guidance.push({ text: bare, item });
  }

  private applyHints(label: Label, bare: string, item: SourceItem): void {
    const choice = CHOICE_HINT.exec(bare);
    if (choice) {
      label.hint = {
        item,
        ...(choice[1] ? { max: Number(choice[1]) } : {}),
        ...(choice[2] ? { multiple: true } : {}),
        ...(choice[3] ? { single: true } : {}),
      };
    }
    const limit = readLimit(bare);
    if (limit) label.limit = { ...limit, item, confidence: 'stated' };
  }

  result(options: DeriveOptions): DerivedTemplate {
    const title = this.title?.text ?? '申报书';
    if (this.title) this.find('', 'title', title, 'stated', this.title.item);
    else this.undecided.push({ path: '', question: 'title' });
    const parts = new Set(this.labels.map((l) => l.part));
    const partSegment = (part: number) => (parts.size > 1 ? `basic${part}` : 'basic');
    const taken = new Map<string, Set<string>>();
    const fields: FieldDef[] = [];
    for (const [at, label] of this.labels.entries()) {
      const parent = label.group === undefined ? partSegment(label.part) : this.groupPath(label, partSegment, taken);
      const siblings = taken.get(parent) ?? new Set<string>();
      taken.set(parent, siblings);
      const kind = label.options.length > 0 ? 'choice' : 'text';
      const path = `${parent}.${pathWord(label.text, siblings, `${kind}${at + 1}`)}`;
      fields.push(label.options.length > 0 ? this.choiceField(label, path) : this.textField(label, path));
    }
    const sections = this.sections.map((s, i) => this.section(s, `s${i + 1}`));
    const subject = this.subjectField(fields, title);
    const statementPath = 'statement.name';
    if (this.statement) {
      this.find(statementPath, 'statement', this.statement.heading, 'stated', this.statement.item);
      fields.push({
        kind: 'text',
        path: statementPath,
        label: both(`${this.statement.heading}中的名称`),
        required: true,
      });
      if (subject) this.find(statementPath, 'equals', subject.path, 'inferred', this.statement.blank);
      else this.undecided.push({ path: statementPath, question: 'statement-equals' });
    }
    const published = options.published ?? this.date?.text;
    if (!options.published && this.date)
      this.find('meta.published', 'published', this.date.text, 'inferred', this.date.item);
    this.undecided.push(
      { path: '', question: 'english-labels' },
      { path: '', question: 'required-fields' },
      ...(options.issuer ? [] : [{ path: 'meta.issuer', question: 'issuer' as const }]),
      ...(published ? [] : [{ path: 'meta.published', question: 'published' as const }]),
    );
    const template: TemplateInput = {
      id: options.id ?? 'derived-form',
      version: 1,
      title: both(title),
      // A template file needs both: what the form does not say is marked as to be decided.
      meta: { issuer: options.issuer ? both(options.issuer) : TO_DECIDE, published: published ?? TO_DECIDE['zh-CN'] },
      countMode: 'word',
      fields,
      sections,
      ...(this.statement && subject ? { rules: [{ kind: 'equals', path: statementPath, equals: subject.path }] } : {}),
      structure: {
        ...(this.instructions ? { instructions: [this.instructions] } : {}),
        ...(this.basicHeadings.length > 0 ? { basic: [...new Set(this.basicHeadings)] } : {}),
        ...(this.statement
          ? {
              statement: {
                heading: this.statement.heading,
                path: statementPath,
                ...(this.statement.after ? { after: [this.statement.after] } : {}),
              },
            }
          : {}),
      },
    };
    return { template: defineTemplate(template), findings: this.findings, undecided: this.undecided };
  }

  private groupPath(label: Label, partSegment: (part: number) => string, taken: Map<string, Set<string>>): string {
    const base = partSegment(label.part);
    const key = `${base}|${label.group}`;
    let path = this.groupPaths.get(key);
    if (!path) {
      const siblings = taken.get(base) ?? new Set<string>();
      taken.set(base, siblings);
      path = `${base}.${pathWord(label.group ?? '', siblings, 'group')}`;
      this.groupPaths.set(key, path);
    }
    return path;
  }

  private readonly groupPaths = new Map<string, string>();

  private textField(label: Label, path: string): TextFieldDef {
    this.find(path, 'field', label.text, 'stated', label.item);
    const prose = this.proseLimits.find((p) => p.label.endsWith(label.text) || label.text.endsWith(p.label));
    const limit = label.limit ?? (prose && { ...prose, confidence: 'stated' as const });
    if (label.limit) this.find(path, 'maxCount', label.limit.count, 'stated', label.limit.item);
    else if (prose) this.find(path, 'maxCount', prose.count, 'stated', prose.item);
    const guidance = label.guidance.map((g) => g.text);
    for (const g of label.guidance) this.find(path, 'guidance', g.text, 'stated', g.item);
    this.find(path, 'required', true, 'default');
    const format = FORMATS.find(([pattern]) => pattern.test(label.text))?.[1];
    if (format) this.find(path, 'format', format, 'inferred', label.item);
    return {
      kind: 'text',
      path,
      label: both(label.text),
      ...(format ? { format } : {}),
      ...(label.group ? { group: label.group, aliases: [`${label.group}${label.text}`] } : {}),
      required: true,
      ...(limit ? { maxCount: limit.count, ...(limit.mode === 'word' ? {} : { countMode: limit.mode }) } : {}),
      ...(limit && guidance.length > 0 ? { guidance, multiline: true } : {}),
    };
  }

  private choiceField(label: Label, path: string): ChoiceFieldDef {
    this.find(path, 'choice', label.text, 'inferred', label.item);
    const square = label.options.every((o) => o.square);
    const taken = new Set<string>();
    const options: ChoiceOptionDef[] = label.options.map((o, i) => {
      const id = /^其他/.test(o.label) ? 'other' : `o${i + 1}`;
      const unique = taken.has(id) ? `${id}-${i + 1}` : id;
      taken.add(unique);
      this.find(`${path}.${unique}`, 'option', o.label, 'stated', o.item);
      return { id: unique, label: both(o.label) };
    });
    const { hint } = label;
    let max: number;
    if (hint?.max !== undefined) {
      max = hint.max;
      this.find(path, 'max', max, 'stated', hint.item);
    } else if (hint?.single) {
      max = 1;
      this.find(path, 'max', 1, 'stated', hint.item);
    } else if (hint?.multiple) {
      max = options.length;
      this.find(path, 'max', max, 'stated', hint.item);
    } else {
      // A □ group with no hint: one box to tick is how such forms are filled in, but the form does not say.
      max = 1;
      this.find(path, 'max', 1, 'default');
      this.undecided.push({ path, question: 'multiple-choice', range: range(label.item) });
    }
    this.find(path, 'min', 1, 'default');
    return {
      kind: 'choice',
      path,
      label: both(label.text),
      options,
      min: 1,
      max,
      box: square ? 'square' : 'circle',
    };
  }

  private section(draft: SectionDraft, path: string): SectionDef {
    this.find(path, 'section', draft.label, 'stated', draft.item);
    if (draft.limit) this.find(path, 'maxCount', draft.limit.count, 'stated', draft.limit.item);
    else this.undecided.push({ path, question: 'section-limit', range: range(draft.item) });
    const subsections: SubsectionDef[] = draft.subsections.map((sub, i) => {
      const subPath = `${path}.p${i + 1}`;
      this.find(subPath, 'subsection', sub.label, 'stated', sub.item);
      this.find(subPath, 'required', true, 'default');
      const guidance = sub.guidance.map((g) => tidy(g.text));
      for (const g of sub.guidance) this.find(subPath, 'guidance', tidy(g.text), 'stated', g);
      return {
        path: subPath,
        numbering: sub.numbering,
        label: both(sub.label),
        required: true,
        ...(guidance.length > 0 ? { guidance } : {}),
      };
    });
    const guidance = draft.guidance.map((g) => tidy(g.text));
    return {
      path,
      numbering: draft.numbering,
      label: both(draft.label),
      ...(draft.limit
        ? { maxCount: draft.limit.count, ...(draft.limit.mode === 'word' ? {} : { countMode: draft.limit.mode }) }
        : {}),
      subsections,
      ...(subsections.length === 0 ? { required: true, ...(guidance.length > 0 ? { guidance } : {}) } : {}),
    };
  }

  /** What the form is about: a …名称 field whose stem the title names (解决方案名称 in a call for 解决方案). */
  private subjectField(fields: readonly FieldDef[], title: string): FieldDef | undefined {
    const named = fields.filter((f) => f.kind === 'text' && f.label['zh-CN'].endsWith('名称'));
    return named.find((f) => title.includes(f.label['zh-CN'].slice(0, -2)));
  }

  private find(path: string, rule: string, value: Finding['value'], confidence: Confidence, item?: SourceItem): void {
    this.findings.push({
      path,
      rule,
      value,
      confidence,
      ...(item ? { range: range(item), text: item.text } : {}),
    });
  }
}

/**
 * A line as the form prints it, without its spacing (单　　位 → 单位) and trailing colon; full-width digits and
 * letters made plain, so that limits read alike. The form's own punctuation stays, for the labels shown to users.
 */
function tidy(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000*#]+/g, '')
    .replace(/[:：]$/, '');
}

const TO_DECIDE = { 'zh-CN': '待定', en: 'to be decided' };

function both(text: string) {
  return { 'zh-CN': text, en: text };
}

function range(item: SourceItem) {
  return { start: item.start, end: item.end };
}

function readLimit(text: string): { count: number; mode: CountMode } | undefined {
  const match = LIMIT.exec(text);
  if (!match) return undefined;
  const count = Number(match[1] ?? match[3]);
  const unit = match[2] ?? match[4];
  return { count, mode: unit === '字符' ? 'chars' : 'word' };
}

/** A heading or label without its hints: 解决方案的基本情况 for 解决方案的基本情况（不超过3000字）. */
function stripLimit(text: string): string {
  // Up to two trailing hints: 技术能力优势（限选2个）（可多选）.
  return text.replace(/[（(][^（()）]*[）)]\s*$/, '').replace(/[（(][^（()）]*[）)]\s*$/, '');
}

function isHintOnly(bare: string): boolean {
  return /^[（(][^（()）]*[）)]$/.test(bare) && (CHOICE_HINT.test(bare) || LIMIT.test(bare));
}

/** Whether an item is a cell of a table row that has other cells (not a line of its own). */
function inTableRow(items: readonly SourceItem[], at: number): boolean {
  const row = items[at]?.row;
  return items[at - 1]?.row === row || items[at + 1]?.row === row;
}

/** A short text with no sentence punctuation, not a value's placeholder (省市/区): a label. */
function isLabel(text: string): boolean {
  if (!text || text.length > 14) return false;
  if (PERSON_PART.test(text)) return true;
  return !/[，。；、/：:！？!?]/.test(text) && /[\u4e00-\u9fa5]/.test(text);
}

/** A label that heads a group of a person's details rather than naming a field. */
function isGroupHead(label: Label): boolean {
  return label.options.length === 0 && label.limit === undefined && label.guidance.length === 0;
}

/** The form's title on its cover: a longer line that is no 附件 mark, no label with a blank, no date. */
function isTitle(bare: string): boolean {
  if (bare.length < 6 || bare.length > 80) return false;
  if (/^附件\d*$/.test(bare) || /[:：]$/.test(bare) || /^\d{4}年/.test(bare) || /编制$/.test(bare)) return false;
  return !/[:：]/.test(bare);
}
