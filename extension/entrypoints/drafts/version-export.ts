import { type ChoiceFieldDef, labelOf, type TemplateInput } from '@declcheck/schema';
import { strToU8, zipSync } from 'fflate';
import type { VersionRecord } from '../../utils/drafts-db';

/** A paragraph of an exported draft: a field's label (bold) or a line of its value. */
export interface Paragraph {
  readonly text: string;
  readonly label?: boolean;
}

/**
 * A saved version as people read it, in the form's order: each field's label, then its value — a choice group
 * as the form prints it, every option with its box and the chosen ones marked. An online document's draft is its text; its markup is for re-import, not people.
 */
export function versionParagraphs(template: TemplateInput, version: VersionRecord): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const [path, value] of Object.entries(version.values)) {
    if (path === 'document.html') continue;
    const lines = Array.isArray(value) ? [markedOptions(template, path, value)] : String(value).split('\n');
    if (path !== 'document.text') paragraphs.push({ text: labelOf(template, path, 'zh-CN'), label: true });
    for (const line of lines) paragraphs.push({ text: line });
  }
  return paragraphs;
}

/** The version as plain text: `label：value` blocks separated by blank lines. */
export function versionText(template: TemplateInput, version: VersionRecord): string {
  const blocks = Object.entries(version.values)
    .filter(([path]) => path !== 'document.html')
    .map(([path, value]) => {
      const text = Array.isArray(value) ? markedOptions(template, path, value) : String(value);
      return path === 'document.text' ? text : `${labelOf(template, path, 'zh-CN')}：${text}`;
    });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The version as a Word document (.docx): one paragraph per line, labels in bold. Written directly as the few
 * XML parts Word needs, so the drafts page carries no document library.
 */
export function versionDocx(template: TemplateInput, version: VersionRecord, title: string): Uint8Array {
  const paragraph = ({ text, label }: Paragraph) =>
    `<w:p><w:r>${label ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
  const body = [{ text: title, label: true }, ...versionParagraphs(template, version)].map(paragraph).join('');
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
