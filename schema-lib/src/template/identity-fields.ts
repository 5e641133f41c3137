import type { TemplateInput, TextFieldDef } from './types.js';

/**
 * The fields that name a declaration, for lists and cross-checks that must work for any form: what it is about
 * (a …名称 whose subject the form's title names — 解决方案名称 in a call for 解决方案, 课题名称 in a 课题信息表 — else
 * the first other …名称) and who submits it (申报单位名称, 单位名称, 承担单位). With the summary table's columns for
 * the same two, where the form has one (the column of the same label; the applicant's is the table's own
 * `applicantColumn`). Worked out once per template.
 */
export interface IdentityFields {
  readonly subject?: string;
  readonly applicant?: string;
  readonly subjectColumn?: string;
  readonly applicantColumn?: string;
}

const cache = new WeakMap<TemplateInput, IdentityFields>();

export function identityFields(template: TemplateInput): IdentityFields {
  let found = cache.get(template);
  if (!found) {
    const texts = template.fields.filter((f): f is TextFieldDef => f.kind === 'text');
    const applicant = texts.find((f) => APPLICANT.test(f.label['zh-CN']));
    const named = texts.filter((f) => f !== applicant && f.label['zh-CN'].endsWith('名称'));
    const title = template.title['zh-CN'];
    const subject = named.find((f) => title.includes(f.label['zh-CN'].slice(0, -2))) ?? named[0];
    const table = template.summaryTable;
    const subjectColumn = subject && table?.columns.find((c) => c.label['zh-CN'] === subject.label['zh-CN'])?.key;
    found = {
      ...(subject ? { subject: subject.path } : {}),
      ...(applicant ? { applicant: applicant.path } : {}),
      ...(subjectColumn ? { subjectColumn } : {}),
      ...(table?.applicantColumn ? { applicantColumn: table.applicantColumn } : {}),
    };
    cache.set(template, found);
  }
  return found;
}

/** 单位名称, 申报单位名称, 承担单位, 申请单位: the organisation that submits. */
const APPLICANT = /单位(名称)?$/;
