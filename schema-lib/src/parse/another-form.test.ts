import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toZodSchema } from '../schema/to-zod-schema.js';
import { defineTemplate } from '../template/define-template.js';
import { loadTemplate } from '../template/load-template.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { checkDocument } from './check-document.js';
import { type ParseResult, parseHtml, parseInput, parseText } from './parse.js';

/**
 * A form built unlike the 2020 one, written only as a template JSON file, to hold the parser to the template's
 * data alone: sections written as one text
 * beside a section with subsections, no responsibility statement, a field counted in characters, labels repeated
 * under two group headings, its own structural heading (课题基本信息) and none of 2020's.
 */
const topicForm = loadTemplate(
  readFileSync(new URL('../../examples/most-topic-2010.template.json', import.meta.url), 'utf8'),
);

interface Draft {
  readonly name: string;
  readonly type: string;
  readonly basis: string;
  readonly outcomes: string;
}

const VALID: Draft = {
  name: '城市内涝智能预警关键技术研究',
  type: '□基础研究 ☑应用研究 □试验发展',
  basis: '近年来城市内涝频发，现有预警手段时效不足，亟需研究基于多源数据的智能预警方法。',
  outcomes: '形成预警模型一套，发表论文三篇，申请发明专利两项。',
};

/** Over its 20 characters, a second type ticked, 立项依据 left empty, 预期成果 past its 100 字. */
const FAULTY: Draft = {
  name: '面向超大城市复杂地下管网的内涝智能预警与协同调度关键技术研究',
  type: '□基础研究 ☑应用研究 ☑试验发展',
  basis: '',
  outcomes: '形成预警模型一套。'.repeat(12),
};

/** The information table's rows: a label and its value, or a group's heading over the rows after it. */
type Row = readonly [label: string, value: string] | readonly [group: string, label: string, value: string];
const rows = (d: Draft): Row[] => [
  ['课题名称', d.name],
  ['承担单位', '华东理工技术研究院'],
  ['课题负责人', '姓名', '张明'],
  ['', '电话', '021-64250000'],
  ['联系人', '姓名', '李红'],
  ['', '电话', '13800138000'],
  ['研究类型', d.type],
];
const body = (d: Draft) => [
  ['一、立项依据（不超过200字）', d.basis],
  ['二、研究内容（不超过300字）', ''],
  ['（一）研究目标', '建立城市内涝风险的分钟级预警能力。'],
  ['（二）主要任务', '汇聚雨量、管网与视频数据，研制预警模型并在两个城区示范应用。'],
  ['三、预期成果（不超过100字）', d.outcomes],
];

function asText(d: Draft): string {
  const lines = ['国家科技计划课题信息表', '课题基本信息'];
  for (const row of rows(d)) {
    if (row.length === 2) lines.push(`${row[0]}：${row[1]}`);
    else lines.push(...(row[0] ? [row[0]] : []), `${row[1]}：${row[2]}`);
  }
  for (const [heading, text] of body(d)) lines.push(heading ?? '', ...(text ? [text] : []));
  return lines.join('\n');
}

function asHtml(d: Draft): string {
  // A group's heading spans its rows, as the form's table has it.
  const table = rows(d)
    .map((row) =>
      row.length === 2
        ? `<tr><td>${row[0]}</td><td colspan="2">${row[1]}</td></tr>`
        : `<tr>${row[0] ? `<td rowspan="2">${row[0]}</td>` : ''}<td>${row[1]}</td><td>${row[2]}</td></tr>`,
    )
    .join('');
  const parts = body(d)
    .map(([heading, text]) => `<h3>${heading}</h3>${text ? `<p>${text}</p>` : ''}`)
    .join('');
  return `<html><body><h1>国家科技计划课题信息表</h1><h2>课题基本信息</h2><table>${table}</table>${parts}</body></html>`;
}

/** A .docx as Word keeps one: the information in a table, the rest as paragraphs. */
function asDocx(d: Draft): Uint8Array {
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const paragraph = (text: string) => `<w:p>${text ? run(text) : ''}</w:p>`;
  const cell = (text: string, merge = '') => `<w:tc>${merge}${paragraph(text)}</w:tc>`;
  // A group's heading merged down over its rows (w:vMerge), as Word writes it.
  const table = `<w:tbl>${rows(d)
    .map((row) =>
      row.length === 2
        ? `<w:tr>${cell(row[0])}${cell(row[1], '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>')}</w:tr>`
        : `<w:tr>${cell(row[0], row[0] ? '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' : '<w:tcPr><w:vMerge/></w:tcPr>')}${cell(row[1])}${cell(row[2])}</w:tr>`,
    )
    .join('')}</w:tbl>`;
  const rest = body(d)
    .flatMap(([heading, text]) => [paragraph(heading ?? ''), ...(text ? [paragraph(text)] : [])])
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph('国家科技计划课题信息表')}${paragraph('课题基本信息')}${table}${rest}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(document),
  });
}

const READERS: readonly [string, (d: Draft) => ParseResult][] = [
  ['text', (d) => parseText(topicForm, asText(d))],
  ['HTML', (d) => parseHtml(topicForm, asHtml(d))],
  ['.docx', (d) => parseInput(topicForm, asDocx(d), 'draft.docx')],
];

const issuesOf = (parsed: ParseResult) =>
  checkDocument(topicForm, parsed)
    .map((i) => `${i.code} ${i.path}`)
    .sort();

describe.each(READERS)('another call’s form, read from %s by its template alone', (_, read) => {
  it('a valid draft: recognised, every field and section read, no issue, and valid by its own JSON Schema', () => {
    const parsed = read(VALID);
    expect(parsed.recognised).toBe(true);
    expect(parsed.declaration).toEqual({
      topic: { name: VALID.name, unit: '华东理工技术研究院', type: ['applied'] },
      leader: { name: '张明', phone: '021-64250000' },
      contact: { name: '李红', phone: '13800138000' },
      basis: VALID.basis,
      content: {
        goals: '建立城市内涝风险的分钟级预警能力。',
        tasks: '汇聚雨量、管网与视频数据，研制预警模型并在两个城区示范应用。',
      },
      outcomes: VALID.outcomes,
    });
    expect(issuesOf(parsed)).toEqual([]);
    // No statement is written into a form that has none: the form's strict schema accepts the declaration.
    expect(toZodSchema(topicForm).safeParse(parsed.declaration).success).toBe(true);
  });

  it('a faulty draft: the name counted in characters, a plain section required and limited, one type only', () => {
    const issues = checkDocument(topicForm, read(FAULTY));
    expect(issues.map((i) => `${i.code} ${i.path}`).sort()).toEqual([
      'required basis',
      'too_long outcomes',
      'too_long topic.name',
      'too_many_choices topic.type',
    ]);
    const name = issues.find((i) => i.path === 'topic.name');
    expect(name?.message).toBe(
      `「课题名称」超出 ${[...FAULTY.name].length - 20} 字符（${[...FAULTY.name].length} / 20 字符）`,
    );
  });
});

describe('the same form defined in code', () => {
  it('is the template its JSON file loads as, and reads drafts as it does', () => {
    const { $schema: _, ...data } = JSON.parse(
      readFileSync(new URL('../../examples/most-topic-2010.template.json', import.meta.url), 'utf8'),
    );
    const inCode = defineTemplate(data);
    expect(inCode).toEqual(topicForm);
    const faulty = checkDocument(inCode, parseText(inCode, asText(FAULTY)));
    expect(faulty.map((i) => `${i.code} ${i.path}`).sort()).toEqual(issuesOf(parseText(topicForm, asText(FAULTY))));
  });
});

describe('each form is told from the other by its own landmarks', () => {
  it('the 2020 template does not take this form’s draft for its own, and names itself in saying so', () => {
    const issues = checkDocument(miitIip2020, parseText(miitIip2020, asText(VALID)));
    expect(issues.map((i) => i.code)).toEqual(['not_a_declaration']);
    expect(issues[0]?.message).toContain('《支撑疫情防控和复工复产的工业互联网平台解决方案》');
  });

  it('a draft with only a title and one label is not this form', () => {
    expect(parseText(topicForm, '国家科技计划课题信息表\n课题名称：城市内涝').recognised).toBe(false);
  });
});
