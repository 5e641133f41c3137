import { describe, expect, it } from 'vitest';
import { count } from '../count/count.js';
import type { DeclarationData } from '../template/declaration.js';
import { setPath } from '../template/path.js';
import { miitIip2020Example } from '../templates/miit-iip-2020.example.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import type { Issue } from './issue.js';
import { validate } from './validate.js';

/** The example declaration with one path changed. */
function withValue(path: string, value: unknown): DeclarationData {
  const copy = structuredClone(miitIip2020Example) as unknown as Record<string, unknown>;
  setPath(copy, path, value);
  return copy as DeclarationData;
}

function codesAt(issues: Issue[], path: string) {
  return issues.filter((i) => i.path === path).map((i) => i.code);
}

/** `n` 字 of Chinese text, counted as Word counts it. */
function zi(n: number): string {
  return '工'.repeat(n);
}

describe('the example declaration', () => {
  it('passes every rule', () => {
    expect(validate(miitIip2020, miitIip2020Example)).toEqual([]);
  });
});

describe('required fields', () => {
  const requiredPaths = [
    'applicant.name',
    'applicant.founded',
    'applicant.address',
    'contact.name',
    'contact.phone',
    'contact.title',
    'contact.email',
    'applicant.profile',
    'solution.name',
    'statement.solutionName',
    'sections.overview.background',
    'sections.overview.content',
    'sections.overview.businessModel',
    'sections.application.implementation',
    'sections.application.results',
    'sections.application.plan',
    'sections.issues.problems',
    'sections.issues.policyHelp',
    'sections.issues.suggestions',
  ];

  it.each(requiredPaths)('%s: blank, white space or missing is `required`', (path) => {
    for (const value of ['', '  \u3000\n', undefined, null]) {
      expect(codesAt(validate(miitIip2020, withValue(path, value)), path)).toEqual(['required']);
    }
  });

  it('an empty declaration lists every required field and every choice group, in form order', () => {
    const issues = validate(miitIip2020, {});
    expect(issues.filter((i) => i.code === 'required').map((i) => i.path)).toEqual(requiredPaths);
    expect(issues.filter((i) => i.code === 'missing_choice').map((i) => i.path)).toEqual([
      'applicant.ownership',
      'applicant.size',
      'solution.direction',
      'solution.capabilities',
      'solution.newTech',
      'solution.promotion',
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('never throws on data of the wrong shape', () => {
    for (const junk of [undefined, null, 'text', 42, [], { applicant: 'x' }, { solution: { direction: 7 } }]) {
      expect(() => validate(miitIip2020, junk as DeclarationData)).not.toThrow();
    }
  });
});

describe('字数 limits', () => {
  it.each([['applicant.profile', 300]])(
    '%s: %i 字 passes, one more fails with the numbers and where the limit falls',
    (path, limit) => {
      expect(codesAt(validate(miitIip2020, withValue(path, zi(limit))), path)).toEqual([]);
      const text = zi(limit + 1);
      const [issue] = validate(miitIip2020, withValue(path, text)).filter((i) => i.path === path);
      expect(issue).toMatchObject({
        code: 'too_long',
        severity: 'error',
        count: limit + 1,
        limit,
        countMode: 'word',
        overflow: { path, offset: limit },
      });
      expect(issue?.message).toBe('「申报单位简介」超出 1 字（301 / 300 字）');
    },
  );

  it.each([
    ['sections.overview', ['background', 'content', 'businessModel'], 3000],
    ['sections.application', ['implementation', 'results', 'plan'], 3000],
    ['sections.issues', ['problems', 'policyHelp', 'suggestions'], 500],
  ] as const)('%s counts its subsections together: %i 字 pass, one more fails', (path, subs, limit) => {
    const third = Math.floor(limit / 3);
    const parts = [third, third, limit - 2 * third];
    let atLimit = structuredClone(miitIip2020Example) as unknown as Record<string, unknown>;
    for (const [i, sub] of subs.entries()) setPath(atLimit, `${path}.${sub}`, zi(parts[i] ?? 0));
    expect(codesAt(validate(miitIip2020, atLimit as DeclarationData), path)).toEqual([]);

    atLimit = structuredClone(atLimit);
    const last = `${path}.${subs[2]}`;
    setPath(atLimit, last, `${zi((parts[2] ?? 0) - 1)}超额`);
    const [issue] = validate(miitIip2020, atLimit as DeclarationData).filter((i) => i.path === path);
    expect(issue).toMatchObject({
      code: 'too_long',
      count: limit + 1,
      limit,
      overflow: { path: last, offset: parts[2] ?? 0 },
    });
  });

  it('points the overflow into the subsection where the limit falls', () => {
    const data = withValue('sections.issues.problems', zi(470));
    setPath(data as Record<string, unknown>, 'sections.issues.policyHelp', `${zi(40)}。超出的部分`);
    const issue = validate(miitIip2020, data).find((i) => i.path === 'sections.issues');
    const suggestions = miitIip2020Example.sections.issues.suggestions;
    const total = 470 + 41 + count('超出的部分') + count(suggestions);
    expect(issue).toMatchObject({
      code: 'too_long',
      count: total,
      overflow: { path: 'sections.issues.policyHelp', offset: 30 },
    });
  });

  it('counts a section given as one text (a portal with one box for it)', () => {
    const data = withValue('sections.issues', zi(501));
    const issues = validate(miitIip2020, data).filter((i) => i.path.startsWith('sections.issues'));
    expect(issues).toMatchObject([
      { code: 'too_long', count: 501, overflow: { path: 'sections.issues', offset: 500 } },
    ]);
    expect(codesAt(validate(miitIip2020, withValue('sections.issues', ' ')), 'sections.issues')).toEqual(['required']);
  });

  it('counts mixed text as Word does, not by UTF-16 length', () => {
    const text = `${'工业互联网平台，2020年5G应用。'.repeat(21)}𠀀𠀀𠀀𠀀𠀀𠀀`; // 21 × 14 + 6 = 300 字, 366 UTF-16 units
    expect(count(text)).toBe(300);
    expect(codesAt(validate(miitIip2020, withValue('applicant.profile', text)), 'applicant.profile')).toEqual([]);
  });

  it('counts in another mode when the user switches', () => {
    const text = 'platform '.repeat(40); // 40 字, 320 characters without spaces
    expect(codesAt(validate(miitIip2020, withValue('applicant.profile', text)), 'applicant.profile')).toEqual([]);
    const [issue] = validate(miitIip2020, withValue('applicant.profile', text), { countMode: 'chars' }).filter(
      (i) => i.path === 'applicant.profile',
    );
    expect(issue).toMatchObject({ code: 'too_long', count: 320, countMode: 'chars', overflow: { offset: 300 + 37 } });
  });
});

describe('choice groups (限选)', () => {
  it.each([
    ['applicant.ownership', 1, 1, ['state-owned', 'private', 'foreign-invested', 'other']],
    ['applicant.size', 1, 1, ['large', 'medium', 'small', 'micro']],
    ['solution.direction', 1, 1, ['emergency-response', 'capacity-recovery', 'supply-chain']],
    [
      'solution.capabilities',
      1,
      2,
      ['device-connectivity', 'data-integration', 'industrial-know-how', 'data-analytics', 'other'],
    ],
    ['solution.newTech', 1, 1, ['5g', 'edge-computing', 'ai', 'digital-twin', 'ar-vr', 'blockchain', 'other']],
    [
      'solution.promotion',
      1,
      3,
      ['group-internal', 'long-term-partners', 'partner-programs', 'benchmark-cases', 'industrial-parks', 'other'],
    ],
  ] as const)('%s: between %i and %i of its options', (path, min, max, ids) => {
    const field = miitIip2020.fields.find((f) => f.path === path);
    expect(field?.kind === 'choice' && field.options.map((o) => o.id)).toEqual(ids);
    for (let n = 0; n <= ids.length; n++) {
      const issues = validate(miitIip2020, withValue(path, ids.slice(0, n))).filter((i) => i.path === path);
      if (n < min) expect(issues).toMatchObject([{ code: 'missing_choice', selected: n, min, max }]);
      else if (n > max) expect(issues).toMatchObject([{ code: 'too_many_choices', selected: n, min, max }]);
      else expect(issues).toEqual([]);
    }
  });

  it('says it the way the form does', () => {
    const all = ['device-connectivity', 'data-integration', 'data-analytics'];
    const [tooMany] = validate(miitIip2020, withValue('solution.capabilities', all)).filter(
      (i) => i.path === 'solution.capabilities',
    );
    expect(tooMany?.message).toBe('「技术能力优势」限选2个，已选3个');
    const [missing] = validate(miitIip2020, withValue('solution.direction', [])).filter(
      (i) => i.path === 'solution.direction',
    );
    expect(missing?.message).toBe('「申报方向」请选择1项');
    const [missingEn] = validate(miitIip2020, withValue('solution.promotion', []), { locale: 'en' }).filter(
      (i) => i.path === 'solution.promotion',
    );
    expect(missingEn?.message).toBe('"Go-to-market": choose 1 to 3');
  });

  it('reports unknown ids and does not count them; repeated ids count once', () => {
    const issues = validate(miitIip2020, withValue('solution.newTech', ['quantum'])).filter(
      (i) => i.path === 'solution.newTech',
    );
    expect(issues.map((i) => i.code)).toEqual(['invalid_choice', 'missing_choice']);
    expect(issues[0]).toMatchObject({ received: 'quantum' });
    expect(codesAt(validate(miitIip2020, withValue('solution.newTech', ['5g', '5g'])), 'solution.newTech')).toEqual([]);
  });

  it('accepts a single id as a string', () => {
    expect(
      codesAt(validate(miitIip2020, withValue('solution.direction', 'supply-chain')), 'solution.direction'),
    ).toEqual([]);
  });
});

describe('formats', () => {
  it.each([
    ['applicant.founded', '2014年6月', '去年'],
    ['applicant.founded', '2014-06-03', '2014-13'],
    ['contact.phone', '010-88686123', '8868612'],
    ['contact.phone', '13800138000', '1380013800'],
    ['contact.email', 'iiotpt@163.com', 'iiotpt＠163.com'],
  ])('%s: %j passes, %j is invalid_format', (path, good, bad) => {
    expect(codesAt(validate(miitIip2020, withValue(path, good)), path)).toEqual([]);
    const [issue] = validate(miitIip2020, withValue(path, bad)).filter((i) => i.path === path);
    expect(issue).toMatchObject({ code: 'invalid_format', received: bad });
  });
});

describe('the statement names the solution', () => {
  it('passes when equal up to width, spaces and 《》', () => {
    for (const name of ['《面向中小制造企业的复工复产协同平台》', ' 面向中小制造企业的 复工复产协同平台 ']) {
      expect(
        codesAt(validate(miitIip2020, withValue('statement.solutionName', name)), 'statement.solutionName'),
      ).toEqual([]);
    }
  });

  it('fails with name_mismatch when it names another solution', () => {
    const [issue] = validate(miitIip2020, withValue('statement.solutionName', '智能制造平台')).filter(
      (i) => i.path === 'statement.solutionName',
    );
    expect(issue).toMatchObject({
      code: 'name_mismatch',
      received: '智能制造平台',
      expected: '面向中小制造企业的复工复产协同平台',
      otherPath: 'solution.name',
    });
  });

  it('leaves a blank name to `required` rather than reporting twice', () => {
    const issues = validate(miitIip2020, withValue('solution.name', ''));
    expect(issues.map((i) => i.code)).toEqual(['required']);
  });
});

describe('the form’s guidance text left in the draft', () => {
  it.each([
    ['applicant.profile', '主营业务、技术优势等基本情况介绍'],
    ['applicant.address', '省市/区'],
    [
      'sections.overview.background',
      '结合申报方向，阐述解决方案服务对象及适用场景，拟解决什么问题，对疫情防控、复工复产以及产业发展的意义。',
    ],
    ['sections.overview.content', '对解决方案建设的总体目标、关键技术、功能特点、创新性等方面进行简要介绍。'],
    ['sections.overview.businessModel', '介绍服务模式、收费模式等。'],
    [
      'sections.application.implementation',
      '结合实际应用案例，以问题为导向，描述用户应用解决方案的切入点、部署环节、实施步骤等情况。',
    ],
    ['sections.application.results', '解决了哪些痛点问题，获得的可量化经济效益或社会效益。'],
    ['sections.application.plan', '结合所选方向，描述解决方案的市场前景、推广模式等'],
  ])('%s: flags the guidance as a warning and says where', (path, guidance) => {
    const value = `我们的内容。${guidance}`;
    const [issue] = validate(miitIip2020, withValue(path, value)).filter((i) => i.path === path);
    expect(issue).toMatchObject({ code: 'template_text_left', severity: 'warning', offset: 6 });
  });
});

describe('messages', () => {
  it('are zh-CN by default and English on request, with labels to match', () => {
    const data = withValue('contact.email', '');
    expect(validate(miitIip2020, data)[0]).toMatchObject({ message: '请填写「联系人E-mail」', label: '联系人E-mail' });
    expect(validate(miitIip2020, data, { locale: 'en' })[0]).toMatchObject({
      message: '"Contact e-mail" is required',
      label: 'Contact e-mail',
    });
  });

  it('can be overridden per code', () => {
    const issues = validate(miitIip2020, withValue('contact.email', ''), {
      messages: { required: ({ label }) => `${label} 必填` },
    });
    expect(issues[0]?.message).toBe('联系人E-mail 必填');
  });

  it('carry source ranges given by a parser', () => {
    const issues = validate(miitIip2020, withValue('contact.email', 'x'), {
      ranges: { 'contact.email': { start: 10, end: 11 } },
    });
    expect(issues[0]?.range).toEqual({ start: 10, end: 11 });
  });
});

describe('validate with paths', () => {
  it('checks only the named fields and sections, and what a subsection brings in', () => {
    const declaration = { applicant: { name: '' }, sections: { issues: { problems: '问题。'.repeat(400) } } };
    const all = validate(miitIip2020, declaration);
    const scoped = validate(miitIip2020, declaration, { paths: ['sections.issues.problems'] });
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.every((i) => i.path === 'sections.issues' || i.path.startsWith('sections.issues.'))).toBe(true);
    expect(scoped).toEqual(all.filter((i) => i.path === 'sections.issues' || i.path.startsWith('sections.issues.')));
    expect(validate(miitIip2020, declaration, { paths: ['applicant.name'] }).map((i) => i.path)).toEqual([
      'applicant.name',
    ]);
  });
});
