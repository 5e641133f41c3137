import type { Locale } from '../i18n/locale.js';
import type { UndecidedQuestion } from './finding.js';

/** What a derived template leaves to the reviewer, in words (the CLI's stderr, the checker's review screen). */
const QUESTIONS: { readonly [L in Locale]: Readonly<Record<UndecidedQuestion, string>> } = {
  'zh-CN': {
    title: '表的名称',
    'multiple-choice': '这一组可否多选（表中未注明“限选”）',
    'section-limit': '这一部分的字数限制（表中未写明）',
    'statement-equals': '责任声明《》中的名称应与哪一栏一致',
    'english-labels': '英文栏目名（已照抄中文）',
    'required-fields': '哪些栏目必填（已全部设为必填）',
    issuer: '发文单位（已填“待定”）',
    published: '发布日期（已填“待定”）',
    quota: '每个推荐单位最多推荐几项（通知中未写明，未设上限）',
    'quota-places': '哪些推荐单位属于这一类（通知未列出地名）',
  },
  en: {
    title: 'the form’s title',
    'multiple-choice': 'whether more than one option may be ticked (no 限选 hint)',
    'section-limit': 'the section’s limit (the form states none)',
    'statement-equals': 'which field the statement’s 《name》 must equal',
    'english-labels': 'English labels (the Chinese ones were copied)',
    'required-fields': 'which fields are required (all were made required)',
    issuer: 'the issuing body (set to “to be decided”)',
    published: 'the date the call was published (set to “to be decided”)',
    quota: 'how many a recommender may put forward (the notice states no quota; none set)',
    'quota-places': 'which recommenders are of this kind (the notice names no places)',
  },
};

export function undecidedQuestion(question: UndecidedQuestion, locale: Locale): string {
  return QUESTIONS[locale][question];
}
