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
    name_mismatch: ({ label, received, expected }) =>
      `「${label}」中的《${received}》与解决方案名称《${expected}》不一致`,
    template_text_left: ({ label, received }) => `「${label}」仍含模板说明文字：“${received}”`,
    quota_exceeded: ({ count, limit, label }) =>
      `推荐数量超出限额：${label}最多推荐 ${limit} 个解决方案，汇总表中有 ${count} 个`,
    duplicate_applicant: ({ received, rows }) =>
      `“${received}”出现在第 ${rows.join('、')} 行：每个申报主体只能申报1个解决方案`,
    not_a_declaration: ({ landmarks }) =>
      `未识别为申报书：只找到 ${landmarks} 处模板中的栏目或标题。请确认粘贴或打开的是《解决方案》申报书全文`,
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
};
