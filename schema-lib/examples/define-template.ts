import { type DeclarationOf, defineTemplate, validate } from '@declcheck/schema';

const grant = defineTemplate({
  id: 'city-sme-grant-2021',
  version: 1,
  countMode: 'chars',
  title: { 'zh-CN': '中小企业数字化补贴申请表', en: 'SME digitalisation grant' },
  meta: { issuer: { 'zh-CN': '某市经信局', en: 'City bureau' }, published: '2021-03-01' },
  fields: [
    { kind: 'text', path: 'summary', label: { 'zh-CN': '项目摘要', en: 'Summary' }, required: true, maxCount: 200 },
  ],
  sections: [
    { path: 'basis', numbering: '一', label: { 'zh-CN': '项目基础', en: 'Basis' }, maxCount: 1000, subsections: [] },
  ],
});
type GrantDeclaration = DeclarationOf<typeof grant>; // { summary: string; basis: string }
const draft: GrantDeclaration = { summary: '为园区三十家企业部署设备联网与能耗监测。', basis: '' };
console.log(validate(grant, draft).map((i) => `${i.code} ${i.path}`)); // [] — basis is not required
console.log(validate(grant, { summary: '摘'.repeat(201) })[0]?.message); // 「项目摘要」超出 1 字符（201 / 200 字符）
