import { COUNT_MODES } from '../count/count.js';
import type { Locale } from '../i18n/locale.js';

/** The CLI's help and usage errors, in both languages; a missing one fails to compile. */
interface UsageStrings {
  readonly help: string;
  readonly seeHelp: string;
  readonly badArguments: (detail: string) => string;
  readonly lang: (given: string) => string;
  readonly format: (given: string) => string;
  readonly countMode: (modes: string) => string;
  readonly checkNeedsFile: string;
  readonly tableNeedsFile: string;
  readonly recommenderType: (ids: readonly string[]) => string;
  readonly unknownCommand: (command: string) => string;
  readonly templateUnknown: (given: string) => string;
  readonly templateInvalid: (file: string, problems: readonly string[]) => string;
  readonly templateLine: (id: string, title: string, issuer: string, published: string) => string;
  readonly schemaNeedsTemplate: string;
  readonly deriveNeedsFile: string;
}

const SYNOPSIS = `  declcheck check FILE|FOLDER|-... [--template ID|FILE.json]... [--format text|json]
                                   [--count-mode ${COUNT_MODES.join('|')}] [--lang zh|en]
  declcheck table FILE.csv|FILE.xlsx [--template ID|FILE.json] [--recommender NAME] [--contact NAME]
                                      [--phone PHONE] [--recommender-type province|city|central] [--format text|json]
  declcheck templates [--template FILE.json]... [--format text|json]
  declcheck schema --template ID|FILE.json
  declcheck template derive 附件2.docx|FILE.html|FILE.txt [--notice 通知.txt]... [--id my-call] > my-call.json`;

export const USAGE: { readonly [L in Locale]: UsageStrings } = {
  'zh-CN': {
    help: `declcheck — 申报书校验

用法：
${SYNOPSIS}

  check   检查申报书：.docx .doc .wps .odt .rtf .html .txt .md（按内容识别格式；- 读取标准输入），给出各部分
          字数与限制、问题及其位置（文本为行:列，Word 等文档为栏目及其第几段）；文件夹中不是申报书的文件
          （PDF、表格、图片……）列出并说明原因；多个文件时另附汇总表。
  table   检查附件1（推荐单位汇总表）：推荐名额、每个申报单位一个方案、序号顺序、必填列、电话和邮箱格式。
          只导出了表格、没有表头的推荐单位信息时，用 --recommender、--contact、--phone 补上。
  templates  列出内置的申报模板（及 --template 给出的模板文件）。
  schema     输出某个模板的申报书 JSON Schema。
  template derive  由空白申报表（附件2）生成模板文件：标准输出为模板 JSON，标准错误列出每条规则的来源
                   （表中写明／由版式推断／默认值）及需人工确定之处。--notice 给出通知正文（或附件1）：从中读出
                   推荐名额（各省…推荐不超过10个）、附件1汇总表的各列、发文单位和日期、报送截止日期。

  --template  按哪个申报模板检查：内置模板的 id，或模板 JSON 文件（格式见 @declcheck/schema/template.schema.json）；
              可给多个。不给时，每个文件按它最符合的内置模板检查，并注明所用模板。

退出码：0 无错误，1 至少一个错误，2 输入无法读取或用法错误。--lang en 输出英文。`,
    seeHelp: '用法见 declcheck --help。',
    badArguments: (detail) => `无法识别的参数（${detail}）`,
    lang: (given) => `--lang 只能是 zh 或 en，而不是“${given}”`,
    format: (given) => `--format 只能是 text 或 json，而不是“${given}”`,
    countMode: (modes) => `--count-mode 只能是以下之一：${modes}`,
    checkNeedsFile: 'check 需要至少一个文件或文件夹',
    deriveNeedsFile: 'template derive 需要且只需要一个空白申报表文件（.docx、.html、.txt 等）',
    tableNeedsFile: 'table 需要且只需要一个 .csv 或 .xlsx 文件',
    recommenderType: (ids) => `--recommender-type 只能是 ${ids.join('、')} 之一（见模板的推荐单位类型）`,
    unknownCommand: (command) => `没有“${command}”这个命令（可用：check、table、templates、schema）`,
    templateUnknown: (given) =>
      `没有 id 为“${given}”的内置模板，也没有这个模板文件（declcheck templates 列出内置模板）`,
    templateInvalid: (file, problems) => `模板文件 ${file} 无效：\n- ${problems.join('\n- ')}`,
    templateLine: (id, title, issuer, published) => `${id}  《${title}》（${issuer}，${published}）`,
    schemaNeedsTemplate: 'schema 需要且只需要一个 --template',
  },
  en: {
    help: `declcheck — check Chinese government declaration forms

Usage:
${SYNOPSIS}

  check   reads .docx .doc .wps .odt .rtf .html .txt .md (told by content; - reads standard input), prints
          per-section counts against the limits and the issues with line:column (in an office document, the part
          of the form and its paragraph); a folder's files that are not drafts (PDF, spreadsheets, pictures) are
          listed with the reason; a summary table when there are several files.
  table   checks 附件1, the recommender's summary table: quotas, one solution per applicant, 序号 order,
          required columns, phone and e-mail formats. A grid exported without the recommender block above it
          takes the recommender's name, contact and phone from --recommender, --contact and --phone.
  templates  lists the built-in forms (and any template files given with --template).
  schema     prints one form's declaration JSON Schema.
  template derive  writes a template file from a blank form (附件2): the template JSON on standard output, every
                   rule with where it came from (stated / inferred / default) and what to decide on standard error.
                   --notice gives the notice's text (or 附件1): the quotas (各省…推荐不超过10个), the summary
                   table's columns, the issuer and date, and the deadline are read from it.

  --template  the form to check against: a built-in's id, or a template JSON file (its format is
              @declcheck/schema/template.schema.json); may be given more than once. Without it, each file is
              checked against the built-in form it matches best, and the output names it.

Exit codes: 0 no errors, 1 at least one error, 2 input that cannot be read or a usage error.`,
    seeHelp: 'Run declcheck --help for usage.',
    badArguments: (detail) => detail,
    lang: (given) => `--lang must be zh or en, not "${given}"`,
    format: (given) => `--format must be text or json, not "${given}"`,
    countMode: (modes) => `--count-mode must be one of ${modes}`,
    checkNeedsFile: 'check needs at least one file',
    deriveNeedsFile: 'template derive needs exactly one blank form (.docx, .html, .txt …)',
    tableNeedsFile: 'table needs exactly one .csv or .xlsx file',
    recommenderType: (ids) => `--recommender-type must be one of ${ids.join(', ')} (the template's recommender types)`,
    unknownCommand: (command) =>
      `unknown command "${command}" (commands: check, table, templates, schema, template derive)`,
    templateUnknown: (given) =>
      `no built-in form has the id "${given}" and no such template file exists (declcheck templates lists them)`,
    templateInvalid: (file, problems) => `the template file ${file} is not valid:\n- ${problems.join('\n- ')}`,
    templateLine: (id, title, issuer, published) => `${id}  ${title} (${issuer}, ${published})`,
    schemaNeedsTemplate: 'schema needs exactly one --template',
  },
};
