import { count, miitIip2020, type PartialDeclaration, toJsonSchema, validate } from '@declcheck/schema';

// 字数 as Word counts it: ideographs and full-width punctuation one each, a Latin word or number one each.
console.log(count('工业互联网平台，2020年5G应用。')); // 14

// A half-filled declaration of the 2020 MIIT form (附件2), by canonical path.
const draft: PartialDeclaration = {
  applicant: { name: '华东智造科技有限公司', founded: '2014年6月', profile: '工'.repeat(312) },
  solution: {
    name: '复工复产协同平台',
    capabilities: ['device-connectivity', 'data-integration', 'data-analytics'],
  },
  statement: { solutionName: '复工复产协同平台' },
};

const issues = validate(miitIip2020, draft);
for (const issue of issues.filter((i) => i.path === 'applicant.profile' || i.path === 'solution.capabilities')) {
  console.log(issue.code, issue.path, issue.message);
}
// too_long applicant.profile 「申报单位简介」超出 12 字（312 / 300 字）
// too_many_choices solution.capabilities 「技术能力优势」限选2个，已选3个

const tooLong = issues.find((i) => i.code === 'too_long');
if (tooLong?.code === 'too_long') console.log(tooLong.overflow); // { path: 'applicant.profile', offset: 300 }

// English messages, and the JSON Schema a portal in another language can use.
console.log(validate(miitIip2020, {}, { locale: 'en' })[0]?.message); // "Applicant name" is required
console.log(Object.keys(toJsonSchema(miitIip2020).properties as object)); // applicant, contact, solution, …
