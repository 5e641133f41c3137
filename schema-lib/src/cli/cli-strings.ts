import type { Locale } from '../i18n/locale.js';

/** The CLI's own words, in both languages; a missing one fails to compile. */
interface CliStrings {
  readonly field: string;
  readonly count: string;
  readonly limit: string;
  readonly over: (n: number) => string;
  readonly file: string;
  readonly result: string;
  readonly errors: string;
  readonly warnings: string;
  readonly pass: string;
  readonly fail: string;
  readonly unreadable: (reason: string) => string;
  readonly noIssues: string;
  readonly totals: (errors: number, warnings: number) => string;
  /** Files in all, those that passed, and those that could not be checked (listed above it with the reason). */
  readonly summary: (files: number, passed: number, unchecked: number) => string;
  readonly recommender: (name: string, type: string, inferred: boolean) => string;
  readonly rows: (n: number) => string;
  /** Which of the recommender's facts were given on the command line rather than read from the file. */
  readonly fromFlags: (labels: readonly string[]) => string;
  /** Where in an office document: 第 12 段, 第 3 段第 2 格. */
  readonly place: (paragraph: number, cell?: number) => string;
  /** Where in a part of the form: 「（二）建设内容」第 3 段, or 「电话」 for a one-paragraph field. */
  readonly partPlace: (label: string, paragraph: number, of: number) => string;
}

export const CLI_STRINGS: { readonly [L in Locale]: CliStrings } = {
  'zh-CN': {
    field: '栏目',
    count: '字数',
    limit: '限制',
    over: (n) => `超出 ${n}`,
    file: '文件',
    result: '结果',
    errors: '错误',
    warnings: '警告',
    pass: '通过',
    fail: '不通过',
    unreadable: (reason) => `未检查：${reason}`,
    noIssues: '未发现问题',
    totals: (e, w) => `${e} 个错误，${w} 个警告`,
    summary: (files, passed, unchecked) =>
      `共 ${files} 个文件，${passed} 个通过，${files - passed - unchecked} 个不通过${unchecked ? `，${unchecked} 个未检查` : ''}`,
    recommender: (name, type, inferred) =>
      `推荐单位：${name || '（未填写）'}，类型：${type}${inferred ? '（按名称推断）' : ''}`,
    rows: (n) => `推荐解决方案 ${n} 个`,
    fromFlags: (labels) => `${labels.join('、')}：取自命令行参数，不是从文件中读出的`,
    place: (paragraph, cell) => `第 ${paragraph} 段${cell ? `第 ${cell} 格` : ''}`,
    partPlace: (label, paragraph, of) => `「${label}」${of > 1 ? `第 ${paragraph} 段` : ''}`,
  },
  en: {
    field: 'Part',
    count: 'Count',
    limit: 'Limit',
    over: (n) => `${n} over`,
    file: 'File',
    result: 'Result',
    errors: 'Errors',
    warnings: 'Warnings',
    pass: 'pass',
    fail: 'fail',
    unreadable: (reason) => `not checked: ${reason}`,
    noIssues: 'no issues found',
    totals: (e, w) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    summary: (files, passed, unchecked) =>
      `${files} files, ${passed} passed, ${files - passed - unchecked} failed${unchecked ? `, ${unchecked} not checked` : ''}`,
    recommender: (name, type, inferred) =>
      `Recommender: ${name || '(blank)'}, type: ${type}${inferred ? ' (from its name)' : ''}`,
    rows: (n) => `${n} solutions recommended`,
    fromFlags: (labels) => `${labels.join(', ')}: given on the command line, not read from the file`,
    place: (paragraph, cell) => `¶${paragraph}${cell ? ` cell ${cell}` : ''}`,
    partPlace: (label, paragraph, of) => `"${label}"${of > 1 ? ` ¶${paragraph}` : ''}`,
  },
};
