import type { CountMode } from '../count/count.js';
import type { Localized } from '../i18n/locale.js';

/** Formats a text field can be checked against. `sequence` is for numbered table columns (序号). */
export type TextFormat = 'date' | 'phone' | 'email' | 'sequence';

interface FieldBase {
  /** Canonical dotted path, e.g. `applicant.profile`. Public API: never renamed once published. */
  readonly path: string;
  readonly label: Localized;
  /** Other labels the field goes by in drafts and portals (`E-mail`, `邮箱`), used to recognise it. */
  readonly aliases?: readonly string[];
  /**
   * The heading or label cell the field stands under (法定代表人, 联系人): a label two groups share (电话) is read as
   * the field of the group it stands under.
   */
  readonly group?: string;
}

export interface TextFieldDef extends FieldBase {
  readonly kind: 'text';
  readonly required?: boolean;
  readonly format?: TextFormat;
  /** The limit in `countMode` units (字 by default). */
  readonly maxCount?: number;
  readonly countMode?: CountMode;
  /** The form's own guidance for this field: a draft that still carries it gets `template_text_left`. */
  readonly guidance?: readonly string[];
  readonly multiline?: boolean;
}

export interface ChoiceOptionDef {
  /** Stable kebab-case id; `other` for 其他. */
  readonly id: string;
  readonly label: Localized;
  readonly aliases?: readonly string[];
}

export interface ChoiceFieldDef extends FieldBase {
  readonly kind: 'choice';
  readonly options: readonly ChoiceOptionDef[];
  /** Fewest marks allowed; 0 makes the group optional. */
  readonly min: number;
  /** Most marks allowed (限选N个). */
  readonly max: number;
  /** The box the form prints before each option: □ for single-choice boxes, ○ for the 限选 groups. */
  readonly box: 'square' | 'circle';
}

export type FieldDef = TextFieldDef | ChoiceFieldDef;

export interface SubsectionDef {
  /** Canonical path, a child of its section's path: `sections.overview.background`. */
  readonly path: string;
  /** The heading without its numbering: 背景需求. */
  readonly label: Localized;
  /** Numbering as printed: （一）. */
  readonly numbering: string;
  readonly required?: boolean;
  readonly guidance?: readonly string[];
}

export interface SectionDef {
  readonly path: string;
  /** The heading without its numbering and limit hint: 解决方案的基本情况. */
  readonly label: Localized;
  /** Numbering as printed: 二. */
  readonly numbering: string;
  /** The limit for the whole section, its subsections counted together. */
  readonly maxCount?: number;
  readonly countMode?: CountMode;
  /** Its numbered parts; none for a section written as one text (二、项目基础). */
  readonly subsections: readonly SubsectionDef[];
  /** For a section without subsections: whether its text must be filled in. */
  readonly required?: boolean;
  /** For a section without subsections: the form's guidance under its heading. */
  readonly guidance?: readonly string[];
}

/**
 * The closing statement (单位责任声明): a heading, and the name it quotes in 《》, which fills a field (and is
 * usually held against another by an `equals` rule).
 */
export interface StatementDef {
  readonly heading: string;
  /** The text field the quoted name fills. */
  readonly path: string;
  /** Words just before the name's 《 (提交了); without any, the first 《…》 that is not a notice's title. */
  readonly after?: readonly string[];
}

/** What a draft of this form shows besides its fields: the headings that are structure, not answers. */
export interface FormStructureDef {
  /** Headings of the form's instructions (填写说明): what stands under them is skipped. */
  readonly instructions?: readonly string[];
  /** Headings of the basic-information part and its parts (基本信息, 申报单位基本信息), numbering aside. */
  readonly basic?: readonly string[];
  readonly statement?: StatementDef;
  /** Fewest landmarks (labels, headings, the statement) a document shows to be read as this form; 3 by default. */
  readonly minLandmarks?: number;
}

/** Two fields that must hold the same text, e.g. the statement's 《name》 and the solution name. */
export interface EqualsRuleDef {
  readonly kind: 'equals';
  /** The field that carries the issue when they differ. */
  readonly path: string;
  /** The field it must equal. */
  readonly equals: string;
}

export type CrossFieldRuleDef = EqualsRuleDef;

export interface SummaryColumnDef {
  readonly key: string;
  readonly label: Localized;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  readonly format?: TextFormat;
}

export interface RecommenderTypeDef {
  readonly id: string;
  readonly label: Localized;
  /** Most solutions a recommender of this type may put in one table; none when the notice states no quota. */
  readonly quota?: number;
  /** Place names that identify a recommender of this type (its name contains one). Empty: the fallback type. */
  readonly places: readonly string[];
  /** Whether the recommender reports directly to the ministry rather than through a local department. */
  readonly reportsDirectly?: boolean;
}

/** 附件1: the recommender's summary table. */
export interface SummaryTableDef {
  readonly title: Localized;
  readonly columns: readonly SummaryColumnDef[];
  /** The column that numbers rows in priority order; checked to run 1, 2, 3 … */
  readonly sequenceColumn?: string;
  /** The column that names the applicant; each applicant may appear once (one solution per applicant). */
  readonly applicantColumn?: string;
  /** Header fields above the table (推荐单位名称, 联系人, 联系电话). */
  readonly header: readonly TextFieldDef[];
  /** Tried in order; the first whose places match the recommender's name wins, the last one is the fallback. */
  readonly recommenderTypes: readonly RecommenderTypeDef[];
  /** Words that mark a name as a government department rather than an enterprise (工业和信息化, 局 …). */
  readonly governmentMarkers: readonly string[];
}

export interface TemplateMeta {
  readonly issuer: Localized;
  /** ISO date the call was published. */
  readonly published: string;
  /** ISO date by which material must reach the ministry. */
  readonly deadline?: string;
  readonly submission?: {
    readonly address: Localized;
    readonly email?: string;
    readonly copies?: Localized;
  };
  readonly source?: string;
}

export interface TemplateInput {
  /** Stable id, e.g. `most-topic-2010`. */
  readonly id: string;
  readonly version: number;
  readonly title: Localized;
  readonly meta: TemplateMeta;
  /** The count mode the form's limits are written in (Word's 字数 for a Word form). */
  readonly countMode: CountMode;
  readonly fields: readonly FieldDef[];
  readonly sections: readonly SectionDef[];
  readonly rules?: readonly CrossFieldRuleDef[];
  readonly summaryTable?: SummaryTableDef;
  /** How a draft of the form is told apart and read; a form without it has only labels and section headings. */
  readonly structure?: FormStructureDef;
}
