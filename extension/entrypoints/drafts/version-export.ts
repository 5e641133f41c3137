import { type ChoiceFieldDef, labelOf, type TemplateInput } from '@declcheck/schema';
import { strToU8, zipSync } from 'fflate';
import type { VersionRecord } from '../../utils/drafts-db';

/** A paragraph of an exported draft: a heading or a field's label (both bold), or a line of a value. */
export interface Paragraph {
  readonly text: string;
  readonly kind?: 'heading' | 'label';
}

/**
 * A saved version as the form is printed, in its order, so that people read it as the form and DeclCheck reads it
 * back as the same declaration: 一、基本信息 with each field's label and value (a choice group with every option
 * in its box, the chosen ones marked), then each section's heading, its text and its subsections, then the
 * responsibility statement. An online document's draft is its text; its markup is for re-import, not people.
 */
export function versionParagraphs(template: TemplateInput, version: VersionRecord): Paragraph[] {
  const { values } = version;
  if (typeof values['document.text'] === 'string') return lines(values['document.text']);
  const paragraphs: Paragraph[] = [];
  const has = (path: string) => values[path] !== undefined;
  // The statement's name is not a field of the table: it is read from the sentence under the statement's heading.
  const statement = template.structure?.statement;
  const fields = template.fields.filter((f) => has(f.path) && f.path !== statement?.path);
  if (fields.length > 0) paragraphs.push({ text: '一、基本信息', kind: 'heading' });
  for (const field of fields) {
    const value = values[field.path] as string | readonly string[];
    paragraphs.push({ text: labelOf(template, field.path, 'zh-CN'), kind: 'label' });
    paragraphs.push(...(Array.isArray(value) ? [{ text: markedOptions(template, field.path, value) }] : lines(value)));
  }
  for (const section of template.sections) {
    const parts = section.subsections.filter((sub) => has(sub.path));
    if (!has(section.path) && parts.length === 0) continue;
    paragraphs.push({ text: labelOf(template, section.path, 'zh-CN'), kind: 'heading' });
    if (has(section.path)) paragraphs.push(...lines(values[section.path]));
    for (const sub of parts) {
      paragraphs.push({ text: `${sub.numbering}${sub.label['zh-CN']}`, kind: 'heading' });
      paragraphs.push(...lines(values[sub.path]));
    }
  }
  const statementName = statement && values[statement.path];
  if (statement && typeof statementName === 'string') {
    paragraphs.push({ text: statement.heading, kind: 'heading' });
    paragraphs.push({ text: `我单位${statement.after?.[0] ?? '提交了'}《${statementName}》。` });
  }
  return paragraphs;
}

function lines(value: string | readonly string[] | undefined): Paragraph[] {
  return String(value ?? '')
    .split('\n')
    .map((text) => ({ text }));
}

/** The version as plain text, in the form's order: headings on their own lines, `label：value` for fields. */
export function versionText(template: TemplateInput, version: VersionRecord): string {
  const out: string[] = [];
  let label: string | undefined;
  for (const paragraph of versionParagraphs(template, version)) {
    if (paragraph.kind === 'label') label = paragraph.text;
    else if (label !== undefined && paragraph.kind === undefined) {
      out.push(`${label}：${paragraph.text}`);
      label = undefined;
    } else out.push(paragraph.text);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The version as a Word document (.docx): one paragraph per line, labels in bold. Written directly as the few
 * XML parts Word needs, so the drafts page carries no document library.
 */
export function versionDocx(template: TemplateInput, version: VersionRecord, title: string): Uint8Array {
  const paragraph = ({ text, kind }: Paragraph) =>
    `<w:p><w:r>${kind ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
  const body = [{ text: title, kind: 'heading' as const }, ...versionParagraphs(template, version)]
    .map(paragraph)
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(document),
  });
}

/** A choice group as the form prints it, every option with its box, the chosen ones marked: ■民营 □国有 … */
function markedOptions(template: TemplateInput, path: string, ids: readonly string[]): string {
  const field = template.fields.find((f): f is ChoiceFieldDef => f.path === path && f.kind === 'choice');
  if (!field) return ids.join('、');
  return field.options.map((o) => `${ids.includes(o.id) ? '■' : '□'}${o.label['zh-CN']}`).join('  ');
}

/** Text as XML character data: markup escaped, and what XML 1.0 cannot hold (controls, lone surrogates) dropped. */
function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
