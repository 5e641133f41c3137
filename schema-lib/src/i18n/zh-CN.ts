import type { LocaleMessages } from './messages.js';

export const zhCN: LocaleMessages = {
  issues: {
    required: ({ label }) => `请填写「${label}」`,
    too_long: ({ label, count, limit, countMode }) =>
      `「${label}」超出 ${count - limit} ${zhCN.countUnits[countMode]}（${count} / ${limit} ${zhCN.countUnits[countMode]}）`,
    too_many_choices: ({ label, selected, max }) => `「${label}」限选${max}个，已选${selected}个`,
    missing_choice: ({ label, min, max, selected }) =>
      selected === 0
        ? `「${label}」请选择${min === max ? `${min}项` : `${min}至${max}项`}`
        : `「${label}」至少选择${min}项，已选${selected}项`,
    invalid_choice: ({ label, received }) => `「${label}」没有“${received}”这一选项`,
    invalid_format: ({ label, format, received, expected }) =>
      format === 'sequence'
        ? `「${label}」应为 ${expected ?? ''}，实为“${received}”`
        : `「${label}」格式不正确：“${received}”不是有效的${zhCN.formats[format]}`,
    name_mismatch: ({ label, received, expected, otherLabel }) =>
      `「${label}」中的《${received}》与「${otherLabel}」《${expected}》不一致`,
    template_text_left: ({ label, received }) => `「${label}」仍含模板说明文字：“${received}”`,
    quota_exceeded: ({ count, limit, label }) =>
      `推荐数量超出限额：${label}最多推荐 ${limit} 个解决方案，汇总表中有 ${count} 个`,
    duplicate_applicant: ({ received, rows }) =>
      `“${received}”出现在第 ${rows.join('、')} 行：每个申报主体只能申报1个解决方案`,
    not_a_declaration: ({ landmarks, form }) =>
      `未识别为申报书：只找到 ${landmarks} 处模板中的栏目或标题。请确认粘贴或打开的是《${form}》申报书全文`,
  },
  countModes: {
    word: '字数（Word 统计）',
    chars: '字符数（不计空格）',
    'chars-with-spaces': '字符数（计空格）',
    utf16: '字符长度（UTF-16，同 maxlength）',
  },
  countUnits: { word: '字', chars: '字符', 'chars-with-spaces': '字符', utf16: '字符' },
  formats: {
    date: '日期（如 2014年6月、2014-06）',
    phone: '电话号码（如 010-88686123、13800138000）',
    email: '电子邮箱地址',
    sequence: '序号',
  },
  inputProblems: {
    too_large: ({ size, limit, unit }) =>
      unit === 'bytes'
        ? `文件过大：${size === undefined ? '' : `${mb(size)} MB，`}超过 ${mb(limit)} MB 的上限。申报书不会这么大：请只保留申报书正文（去掉图片和附件）后再打开`
        : `内容过长：${mb(size ?? limit)} M 字符，超过 ${mb(limit)} M 的上限。请只粘贴申报书正文`,
    too_large_unpacked: ({ format, entry, limit }) =>
      `${FORMAT_ZH[format]}解压后过大（${entry} 超过 ${mb(limit)} MB）：已拒绝读取。文件可能已损坏，请在 Word/WPS 中重新另存后再试`,
    unpack_too_slow: ({ format, seconds }) =>
      `${FORMAT_ZH[format]}解压超过 ${seconds} 秒仍未完成：已停止。请在 Word/WPS 中重新另存后再试`,
    foreign_file: ({ found, expected }) => `${expected ? `不是 ${FORMAT_ZH[expected]}：` : ''}${FOREIGN_ZH[found]}`,
    not_text: () =>
      '无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030）：请在记事本或 WPS 中另存为 UTF-8 文本，或打开 .docx 原件',
    zip_unusual: ({ format, detail }) =>
      `不是可读取的 ${FORMAT_ZH[format]}：压缩包格式异常（${detail}）。请在 Word/WPS 中重新另存后再试`,
    zip_corrupt: ({ format, detail }) =>
      `不是可读取的 ${FORMAT_ZH[format]}：压缩包已损坏或不完整（${detail}）。请重新下载或另存后再试`,
    zip_duplicate_entry: ({ format, entry }) =>
      `不是正常的 ${FORMAT_ZH[format]}：压缩包中有多个 ${entry}，无法确定哪一个是正文。请在 Word/WPS 中重新另存后再试`,
    part_missing: ({ format, part }) => `不是 ${FORMAT_ZH[format]}：压缩包中没有 ${part}。请确认打开的是申报书文件本身`,
    part_unreadable: ({ format, part, reason }) =>
      `不是可读取的 ${FORMAT_ZH[format]}：${part} ${reason === 'not_utf8' ? '不是 UTF-8 编码' : '没有正文'}。请在 Word/WPS 中重新另存后再试`,
    doc_unreadable: ({ detail }) =>
      `不是可读取的 Word 97–2003 文档（.doc）：${detail}。请在 Word/WPS 中另存为 .docx 后再试`,
    doc_encrypted: () => 'Word 文档（.doc）设有打开密码，无法读取：请在 Word/WPS 中取消密码，或另存为 .docx 后再试',
    not_a_draft_file: ({ extension }) =>
      `${extension ? `.${extension} ` : '无扩展名的文件'}不是申报书的格式（.docx、.doc、.wps、.odt、.rtf、.html、.txt、.md）。如确是申报书，请单独指定这个文件`,
    nests_too_deep: ({ depth, limit }) =>
      depth !== undefined && limit !== undefined
        ? `文档嵌套了 ${depth.toLocaleString('zh-CN')} 层元素（上限 ${limit.toLocaleString('zh-CN')} 层），不是申报书：请粘贴或打开申报书正文`
        : '文档嵌套过深，不是申报书：请粘贴或打开申报书正文',
    no_summary_table: ({ template }) => `模板 ${template} 没有汇总表（附件1）`,
    unreadable_file: ({ cause, detail }) =>
      cause === 'missing'
        ? '文件不存在'
        : cause === 'folder'
          ? '这是文件夹，不是文件'
          : cause === 'denied'
            ? '没有读取权限'
            : `无法读取：${detail ?? ''}`,
  },
};

const FORMAT_ZH = {
  docx: 'Word 文档（.docx）',
  odt: 'OpenDocument 文档（.odt）',
  xlsx: 'Excel 表格（.xlsx）',
} as const;

const FOREIGN_ZH = {
  ole: '这是 Office 97–2003 的其他文件（如 .xls、.ppt），不是 Word 文档：请打开申报书的 .docx、.doc、.odt 或 .rtf 文件',
  pdf: '暂不支持 PDF：请打开可编辑的 Word 原件（.docx、.doc、.odt），或复制正文粘贴进来',
  image: '图片不是申报书：请复制正文粘贴进来，或打开 Word 原件（.docx、.doc、.odt）',
  spreadsheet: '这是电子表格（.xlsx、.ods），不是申报书：汇总表（附件1）请用“检查汇总表”或命令 declcheck table',
  binary:
    '这不是 Word（.docx、.doc）、OpenDocument（.odt）、RTF、HTML 或文本文件：请打开申报书原件，或复制正文粘贴进来',
} as const;

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(bytes % 1048576 === 0 ? 0 : 1);
}
