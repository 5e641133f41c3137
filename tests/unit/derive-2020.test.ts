import { readdirSync, readFileSync } from 'node:fs';
import {
  checkDocument,
  type FieldDef,
  loadTemplate,
  miitIip2020,
  parseInput,
  type TemplateInput,
} from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import { deriveTemplate } from '../../schema-lib/src/derive/derive-template.js';
import { readSource } from '../../schema-lib/src/parse/parse.js';

/**
 * The seed notice's 附件2, as published (its text) and as a blank form is sent out (tables, in HTML and in
 * LibreOffice's .docx and .odt), read into a template with nothing told but the form: it must check every fixture
 * draft as the hand-written built-in does (the same issue codes, at the same places once the generated paths are
 * mapped to the built-in's by their labels).
 */
const FORMS = new URL('../fixtures/forms/', import.meta.url);
const RENDERINGS = ['txt', 'html', 'docx', 'odt'].map((ext) => `miit-iip-2020-attachment2.${ext}`);
const DRAFTS = new URL('../fixtures/drafts/', import.meta.url);
const files = readdirSync(DRAFTS).filter((name) => /\.(txt|md|html|docx)$/.test(name));

/** Each generated path, as the built-in names the same field, section or subsection (by label and numbering). */
function pathMap(from: TemplateInput, to: TemplateInput): Map<string, string> {
  const names = (f: FieldDef) => [f.label['zh-CN'], ...(f.aliases ?? [])];
  const map = new Map<string, string>();
  for (const field of from.fields) {
    const own = names(field);
    const match = to.fields.find((f) => field.kind === f.kind && names(f).some((n) => own.includes(n)));
    if (match) map.set(field.path, match.path);
  }
  for (const section of from.sections) {
    const match = to.sections.find((s) => s.numbering === section.numbering);
    if (!match) continue;
    map.set(section.path, match.path);
    section.subsections.forEach((sub, i) => {
      const other = match.subsections[i];
      if (other) map.set(sub.path, other.path);
    });
  }
  if (from.structure?.statement && to.structure?.statement)
    map.set(from.structure.statement.path, to.structure.statement.path);
  return map;
}

const issues = (form: TemplateInput, name: string, rename: (path: string) => string = (p) => p) => {
  const bytes = readFileSync(new URL(name, DRAFTS));
  return checkDocument(form, parseInput(form, new Uint8Array(bytes), name))
    .map((i) => `${i.code} ${rename(i.path)}`)
    .sort();
};

describe.each(RENDERINGS)('the 2020 form derived from its own 附件2 (%s)', (formFile) => {
  const bytes = new Uint8Array(readFileSync(new URL(formFile, FORMS)));
  const source = readSource(bytes, formFile);
  const derived = deriveTemplate(source, { id: 'derived-2020' });
  const { template } = derived;
  const map = pathMap(template, miitIip2020);

  it('finds every field, choice group, section and subsection of the form, with their stated limits', () => {
    expect(template.fields.map((f) => map.get(f.path))).toEqual(miitIip2020.fields.map((f) => f.path));
    const limits = (t: TemplateInput) => [
      ...t.fields.map((f) => (f.kind === 'choice' ? `${f.max}/${f.options.length}` : String(f.maxCount ?? ''))),
      ...t.sections.map((s) => `${s.maxCount}:${s.subsections.length}`),
    ];
    expect(limits(template)).toEqual(limits(miitIip2020));
    expect(template.structure?.statement?.heading).toBe('单位责任声明');
    // A template file as `--template` and the options page take it.
    expect(loadTemplate(JSON.stringify(template)).id).toBe('derived-2020');
    expect(template.rules).toEqual([{ kind: 'equals', path: 'statement.name', equals: 'basic2.name' }]);
  });

  it('says where each stated rule came from, and presents no default as stated', () => {
    const stated = derived.findings.filter((f) => f.confidence === 'stated');
    for (const finding of stated)
      expect(source.text.slice(finding.range?.start, finding.range?.end)).toBe(finding.text);
    expect(stated.find((f) => f.path === 's1' && f.rule === 'maxCount')?.text).toContain('不超过3000字');
    // Nothing in the form says 企业规模 takes one box: a default, and a question for the reviewer.
    const size = map.get('basic1.size') === 'applicant.size' ? 'basic1.size' : '';
    expect(derived.findings.find((f) => f.path === size && f.rule === 'max')?.confidence).toBe('default');
    expect(derived.undecided.map((u) => u.path)).toContain(size);
  });

  it.each(files)('checks %s as the built-in form does', (name) => {
    expect(issues(template, name, (p) => map.get(p) ?? p)).toEqual(issues(miitIip2020, name));
  });
});
