import { exec, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { displayWidth } from './style.js';

// The real installed command: node_modules/.bin/declcheck → dist/cli/main.js (npm test builds the library first).
const BIN = new URL('../../../node_modules/.bin/declcheck', import.meta.url).pathname;
const DRAFTS = new URL('../../../tests/fixtures/drafts/', import.meta.url).pathname;
const TABLES = new URL('../../../tests/fixtures/tables/', import.meta.url).pathname;
const OFFICE = new URL('../../../tests/fixtures/office/', import.meta.url).pathname;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      BIN,
      args,
      { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function runWithInput(input: Uint8Array, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(BIN, args, { env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

function runShell(command: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    exec(command, { env: { ...process.env, NO_COLOR: '1' } }, (error, _stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stderr });
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'declcheck-cli-'));
const scratchFile = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('declcheck check', () => {
  it('passes a valid draft with exit 0 and a per-section table', async () => {
    const { code, stdout } = await run('check', `${DRAFTS}valid-wingdings.docx`);
    expect(code).toBe(0);
    expect(stdout).toMatch(/二、解决方案的基本情况\s+\d+\s+3000/);
    expect(stdout).toContain('✔ 未发现问题');
  });

  it('exits 1 with the issue at line:column when a section is too long', async () => {
    const { code, stdout } = await run('check', `${DRAFTS}over-length-overview.txt`);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✘ \d+:\d+\s+error\s+too_long\s+「二、解决方案的基本情况」超出 \d+ 字/);
    expect(stdout).toMatch(/二、解决方案的基本情况\s+3\d{3}\s+3000\s+✘ 超出/);
  });

  it('prints JSON with files, counts and located issues', async () => {
    const { code, stdout } = await run(
      'check',
      '--format',
      'json',
      `${DRAFTS}too-many-capabilities.txt`,
      `${DRAFTS}valid-word-paste.txt`,
    );
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.files).toHaveLength(2);
    const [bad, good] = json.files;
    expect(bad).toMatchObject({ template: 'miit-iip-2020', kind: 'text' });
    expect(bad.issues).toMatchObject([
      { code: 'too_many_choices', path: 'solution.capabilities', severity: 'error', selected: 3, max: 2 },
    ]);
    expect(bad.issues[0].line).toBeGreaterThan(1);
    expect(bad.declaration.solution.capabilities).toEqual([
      'device-connectivity',
      'data-integration',
      'data-analytics',
    ]);
    expect(good.issues).toEqual([]);
    expect(good.counts.map((c: { path: string }) => c.path)).toEqual([
      'applicant.profile',
      'sections.overview',
      'sections.application',
      'sections.issues',
    ]);
  });

  it('speaks English and counts in another mode on request', async () => {
    const { stdout } = await run('check', '--lang', 'en', '--count-mode', 'chars', `${DRAFTS}profile-over-300.txt`);
    expect(stdout).toContain('Characters without spaces');
    expect(stdout).toContain('"Applicant profile" is');
  });

  it('checks a folder and ends with a summary table', async () => {
    const { code, stdout } = await run('check', DRAFTS);
    expect(code).toBe(1);
    expect(stdout).toMatch(/共 \d+ 个文件，\d+ 个通过/);
    expect(stdout).toMatch(/valid-checkbox-controls\.docx\s+✔ 通过/);
    expect(stdout).toMatch(/two-ownership-wingdings\.docx\s+✘ 不通过/);
  });

  it('checks a reviewer’s folder of every format and lists each file it did not check, with the reason', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'declcheck-folder-'));
    for (const name of ['table-typed.doc', 'table-typed.odt', 'table-typed.rtf', 'table-wingdings2.docx'])
      writeFileSync(join(folder, name), readFileSync(join(OFFICE, name)));
    writeFileSync(join(folder, '通知.pdf'), '%PDF-1.4\n1 0 obj << >> endobj\n');
    writeFileSync(join(folder, '汇总表.xlsx'), readFileSync(join(TABLES, 'province-valid.xlsx')));
    writeFileSync(join(folder, '说明.json'), '{}');
    const { code, stdout, stderr } = await run('check', folder);
    expect(code).toBe(0);
    expect(stdout).toMatch(/table-typed\.doc\s+✔ 通过/);
    expect(stdout).toMatch(/table-typed\.odt\s+✔ 通过/);
    expect(stdout).toMatch(/table-typed\.rtf\s+✔ 通过/);
    expect(stdout).toMatch(/通知\.pdf\s+未检查：暂不支持 PDF/);
    expect(stdout).toMatch(/汇总表\.xlsx\s+未检查：这是电子表格/);
    expect(stdout).toMatch(/说明\.json\s+未检查：\.json 不是申报书的格式/);
    expect(stdout).toContain('共 7 个文件，4 个通过，0 个不通过，3 个未检查');
    expect(stderr).toBe('');
    const english = await run('check', '--lang', 'en', folder);
    expect(english.stdout).toMatch(/通知\.pdf\s+not checked: PDF is not supported/);
    expect(english.stdout).toContain('7 files, 4 passed, 0 failed, 3 not checked');
  });

  it.each(['odt', 'doc', 'rtf', 'docx'])('points at a .%s issue by the part of the form it is in', async (format) => {
    const { stdout } = await run('check', `${OFFICE}too-many-capabilities.${format}`);
    expect(stdout).toMatch(/✘ 「技术能力优势」\s+error\s+too_many_choices/);
    expect(stdout).not.toMatch(/✘ \d+:\d+/);
  });

  it('points at a .docx issue by the part of the form and its paragraph, not by line:column', async () => {
    const { stdout } = await run('check', `${DRAFTS}bold-missing-new-tech.docx`);
    expect(stdout).toMatch(/✘ 「新技术应用」\s+error\s+missing_choice/);
    // A section's overflow: the subsection it starts in, and which of its paragraphs — Word numbers none.
    const over = await run('check', `${DRAFTS}over-length-application.docx`);
    expect(over.stdout).toMatch(/✘ 「三（一）解决方案落地实施」第 \d+ 段\s+error\s+too_long/);
    const json = JSON.parse((await run('check', '--format', 'json', `${DRAFTS}over-length-application.docx`)).stdout);
    expect(json.files[0].issues[0]).toMatchObject({
      code: 'too_long',
      paragraph: expect.any(Number),
      part: { path: 'sections.application.implementation', paragraph: expect.any(Number), of: expect.any(Number) },
    });
    expect(stdout).not.toMatch(/✘ \d+:\d+/);
  });

  it('keeps the summary’s columns apart for long Chinese file names', async () => {
    const draft = readFileSync(`${DRAFTS}valid-word-paste.txt`);
    const long = scratchFile('华东智造工业互联网科技有限公司申报书（第二稿）.txt', draft);
    const short = scratchFile('a.txt', draft);
    const { stdout } = await run('check', long, short);
    const rows = stdout.split('\n').filter((line) => line.includes('✔ 通过'));
    // Terminal columns: every verdict starts in the same column, two CJK columns a character.
    const column = (line: string) => displayWidth(line.slice(0, line.indexOf('✔')));
    expect(rows).toHaveLength(2);
    expect(column(rows[0] as string)).toBe(column(rows[1] as string));
    expect(rows[0]).toMatch(/）\.txt {2,}✔/);
  });

  it.each([
    ['a missing file', () => join(scratch, 'nope.txt'), /文件不存在/],
    [
      'binary garbage named .docx',
      () =>
        scratchFile(
          'garbage.docx',
          new Uint8Array(4096).map((_, i) => (i * 7919) % 251),
        ),
      /不是 Word 文档（\.docx）：这不是 Word（\.docx、\.doc）、OpenDocument（\.odt）、RTF、HTML 或文本文件/,
    ],
    [
      'a zip that is not a .docx',
      () => scratchFile('notes.docx', zipSync({ 'readme.txt': new TextEncoder().encode('hi') })),
      /压缩包中没有 word\/document\.xml/,
    ],
    [
      'a truncated .docx',
      () => scratchFile('cut.docx', readFileSync(`${DRAFTS}valid-literal-marks.docx`).subarray(0, 4000)),
      /压缩包已损坏或不完整/,
    ],
    [
      'a .docx whose document is not XML',
      () => scratchFile('zeros.docx', zipSync({ 'word/document.xml': new Uint8Array(5000) })),
      /word\/document\.xml 没有正文/,
    ],
    [
      'a PDF',
      () => scratchFile('draft.pdf', '%PDF-1.7\n\u0000\u0001binary'),
      /暂不支持 PDF：请打开可编辑的 Word 原件（\.docx、\.doc、\.odt）/,
    ],
    [
      'a zip bomb (100 MB of zeros in about 100 KB)',
      () => scratchFile('bomb.docx', zipSync({ 'word/document.xml': new Uint8Array(100 * 1024 * 1024) }, { level: 9 })),
      /解压后过大（word\/document\.xml 超过 64 MB）/,
    ],
    [
      'HTML nested 100,000 deep',
      () => scratchFile('nested.html', `${'<div>'.repeat(100_000)}单位名称${'</div>'.repeat(100_000)}`),
      /文档嵌套了 100,000 层元素/,
    ],
    [
      'a text over the 32 MB input limit',
      () => scratchFile('huge.txt', '补充说明文字，'.repeat(2_000_000)),
      /文件过大：\d+\.\d MB，超过 32 MB 的上限/,
    ],
    [
      'a 200 MB file, refused from its size before a byte is read',
      () => {
        const path = scratchFile('huge.html', '');
        truncateSync(path, 200 * 1024 * 1024);
        return path;
      },
      /文件过大：200 MB，超过 32 MB 的上限/,
    ],
    ['a device without end', () => '/dev/zero', /文件过大：超过 32 MB 的上限/],
  ])('exits 2 with a one-line reason for %s', async (_, makeFile, reason) => {
    const started = Date.now();
    const { code, stdout, stderr } = await run('check', makeFile());
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });

  it('reads odd but readable input — invalid UTF-8, lone surrogates, bidi marks, a 20 MB draft — and answers', async () => {
    const draft = readFileSync(`${DRAFTS}valid-word-paste.txt`, 'utf8');
    const odd = draft.replace('平台通过边缘网关', '平台\ud800通过\u202e边缘\udfff网关\u200f');
    const files = [
      scratchFile('invalid-utf8.txt', Uint8Array.of(0xff, 0xfe, 0xfd, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1)),
      scratchFile('odd.txt', odd),
      scratchFile('20mb.txt', `${draft}\n${'补充说明文字，'.repeat(1_000_000)}`.slice(0, 20 * 1024 * 1024)),
    ];
    for (const file of files) {
      const started = Date.now();
      const { code, stderr } = await run('check', file);
      expect([0, 1], `${file}: ${stderr}`).toContain(code);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
  });

  it('reads a draft from standard input with -, and refuses an endless one at the limit', async () => {
    const draft = readFileSync(`${DRAFTS}valid-word-paste.txt`);
    const piped = await runWithInput(draft, 'check', '-');
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toContain('✔ 未发现问题');
    const endless = await runShell(`cat /dev/zero | "${BIN}" check -`);
    expect(endless.code).toBe(2);
    expect(endless.stderr).toMatch(/^declcheck: -: 文件过大：超过 32 MB 的上限/);
  });

  it('gives the reason in English with --lang en', async () => {
    const { code, stderr } = await run('check', '--lang', 'en', join(scratch, 'nope.txt'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/: no such file$/m);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('check')).code).toBe(2);
    expect((await run('frobnicate', 'x')).code).toBe(2);
    // In the user's language: Chinese unless --lang en.
    expect((await run('check', '--count-mode', 'pages', `${DRAFTS}valid-word-paste.txt`)).stderr).toMatch(
      /^declcheck: --count-mode 只能是以下之一：word, .+\n用法见 declcheck --help。\n$/,
    );
    expect(
      (await run('check', '--lang', 'en', '--count-mode', 'pages', `${DRAFTS}valid-word-paste.txt`)).stderr,
    ).toMatch(/--count-mode must be one of/);
    expect((await run('check', '--nope')).stderr).toMatch(/^declcheck: 无法识别的参数（/);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^declcheck — 申报书校验/);
    expect(help.stdout).toContain('退出码：0 无错误');
    expect((await run('--help', '--lang', 'en')).stdout).toContain('Exit codes: 0 no errors');
  });
});

describe('declcheck table', () => {
  it('checks a valid .xlsx with exit 0', async () => {
    const { code, stdout } = await run('table', `${TABLES}province-valid.xlsx`);
    expect(code).toBe(0);
    expect(stdout).toContain('省、自治区、直辖市及新疆生产建设兵团（按名称推断）');
    expect(stdout).toContain('推荐解决方案 10 个 / 10');
  });

  it('reads a GB18030 CSV and reports quota, duplicates, order and formats', async () => {
    const { code, stdout } = await run('table', '--format', 'json', `${TABLES}city-problems-gb18030.csv`);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.recommender).toMatchObject({ name: '深圳市工业和信息化局', type: 'city', inferred: true });
    expect(json.issues.map((i: { code: string; path: string }) => `${i.code} ${i.path}`)).toEqual([
      'invalid_format rows.1.seq',
      'invalid_format rows.2.seq',
      'invalid_format rows.3.phone',
      'duplicate_applicant rows.2.applicantName',
      'quota_exceeded rows',
    ]);
  });

  it('takes the recommender block from flags for a grid exported without it, and says so', async () => {
    const grid = `${OFFICE}summary-grid-only.xlsx`;
    const bare = await run('table', grid);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toMatch(/required/);
    const { code, stdout } = await run(
      'table',
      '--recommender',
      '浙江省经济和信息化厅',
      '--contact',
      '李四',
      '--phone',
      '010-68208251',
      grid,
    );
    expect({ code, stdout }).toMatchObject({ code: 0 });
    expect(stdout).toContain('推荐单位：浙江省经济和信息化厅');
    expect(stdout).toContain('推荐单位名称、联系人、联系电话：取自命令行参数，不是从文件中读出的');
    expect(stdout).toContain('推荐解决方案 8 个');
    const json = JSON.parse((await run('table', '--format', 'json', '--phone', '010-68208251', grid)).stdout);
    expect(json.recommender).toMatchObject({ contactPhone: '010-68208251', fromFlags: ['contactPhone'] });
  });

  it('takes the recommender and its type from the command line', async () => {
    const { stdout } = await run('table', '--recommender', '中国电子科技集团有限公司', `${TABLES}province-valid.xlsx`);
    expect(stdout).toContain('中央企业和部属单位');
    expect(stdout).toContain('quota_exceeded');
    const typed = await run('table', '--recommender-type', 'province', `${TABLES}central-valid.xlsx`);
    expect(typed.code).toBe(0);
    expect(typed.stdout).toContain('推荐解决方案 3 个 / 10');
  });
});

describe('declcheck with another call’s form (--template)', () => {
  const TOPIC = new URL('../../examples/most-topic-2010.template.json', import.meta.url).pathname;
  const topicDraft = scratchFile(
    'topic-draft.txt',
    [
      '国家科技计划课题信息表',
      '课题基本信息',
      '课题名称：面向超大城市复杂地下管网的内涝智能预警与协同调度关键技术研究',
      '承担单位：华东理工技术研究院',
      '课题负责人',
      '姓名：张明',
      '电话：021-64250000',
      '联系人',
      '姓名：李红',
      '电话：13800138000',
      '研究类型：☑应用研究 □基础研究 □试验发展',
      '一、立项依据（不超过200字）',
      '近年来城市内涝频发，亟需研究智能预警方法。',
      '二、研究内容（不超过300字）',
      '（一）研究目标',
      '建立分钟级预警能力。',
      '（二）主要任务',
      '研制预警模型并示范应用。',
      '三、预期成果（不超过100字）',
      '形成预警模型一套。',
    ].join('\n'),
  );

  it('lists the built-in forms, and a template file given', async () => {
    const { code, stdout } = await run('templates');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'miit-iip-2020  《支撑疫情防控和复工复产的工业互联网平台解决方案》（工业和信息化部办公厅，2020-04-17）',
    );
    const given = await run('templates', '--template', TOPIC, '--format', 'json');
    expect(JSON.parse(given.stdout).map((t: { id: string }) => t.id)).toEqual(['most-topic-2010']);
  });

  it('checks a draft against a template JSON file: its own fields, limits and count modes', async () => {
    const { code, stdout } = await run('check', '--template', TOPIC, topicDraft);
    expect(code).toBe(1);
    expect(stdout).toContain('most-topic-2010');
    expect(stdout).toMatch(/「课题名称」超出 \d+ 字符/);
    expect(stdout).not.toContain('not_a_declaration');
  });

  it('derives a template from a blank form: the file on stdout, its rules and what to decide on stderr', async () => {
    const form = new URL('../../../tests/fixtures/forms/miit-iip-2020-attachment2.docx', import.meta.url).pathname;
    const derived = await run('template', 'derive', form, '--id', 'my-call');
    expect(derived.code).toBe(0);
    expect(JSON.parse(derived.stdout)).toMatchObject({ id: 'my-call', sections: [{ maxCount: 3000 }, {}, {}] });
    expect(derived.stderr).toMatch(/表中写明\s+s1\s+maxCount\s+3000\s+← 二、解决方案的基本情况（不超过3000字）/);
    expect(derived.stderr).toContain('需人工确定: basic1.size 这一组可否多选');
    expect(derived.stderr).toMatch(/共 \d+ 条规则：\d+ 条表中写明/);
    // The file it wrote checks a draft as a template file.
    const file = join(mkdtempSync(join(tmpdir(), 'derive-')), 'my-call.json');
    writeFileSync(file, derived.stdout);
    const checked = await run('check', '--template', file, `${DRAFTS}too-many-capabilities.txt`);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('「技术能力优势」限选2个，已选3个');
    const english = await run('template', 'derive', form, '--lang', 'en');
    expect(english.stderr).toMatch(/\d+ rules: \d+ stated by the form/);
    expect((await run('template', 'derive')).code).toBe(2);
    const letter = await run('template', 'derive', `${DRAFTS}not-a-declaration.txt`);
    expect(letter.code).toBe(1);
    expect(letter.stderr).toContain('未读出任何栏目或章节');
  });

  it('derives 附件1 and the quotas from --notice: a table file that `table --template` then checks by them', async () => {
    const forms = new URL('../../../tests/fixtures/forms/', import.meta.url).pathname;
    const derived = await run(
      'template',
      'derive',
      `${forms}miit-iip-2020-attachment2.docx`,
      '--notice',
      `${forms}miit-iip-2020-notice.txt`,
    );
    expect(derived.code).toBe(0);
    const template = JSON.parse(derived.stdout);
    expect(template.meta).toMatchObject({ published: '2020-04-17', deadline: '2020-05-22' });
    expect(template.summaryTable.recommenderTypes.map((t: { quota: number }) => t.quota)).toEqual([5, 10, 3]);
    expect(derived.stderr).toMatch(
      /表中写明\s+summaryTable\.recommenderTypes\.province\s+quota\s+10\s+← 通知：.*各省、自治区、直辖市推荐的解决方案不超过10个/,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'derive-')), 'with-table.json');
    writeFileSync(file, derived.stdout);
    const table = await run('table', '--template', file, `${TABLES}province-over-quota.csv`);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('最多推荐 10 个解决方案，汇总表中有 11 个');
    expect(
      (await run('template', 'derive', `${forms}miit-iip-2020-attachment2.docx`, '--notice', '/no/such.txt')).code,
    ).toBe(2);
  });

  it('without --template, says the draft is not a declaration of the built-in form, naming that form', async () => {
    const { code, stdout } = await run('check', topicDraft);
    expect(code).toBe(1);
    expect(stdout).toContain('not_a_declaration');
    expect(stdout).toContain('《支撑疫情防控和复工复产的工业互联网平台解决方案》');
  });

  it('with several forms, checks each file against the one it matches best and names it', async () => {
    const { stdout } = await run(
      'check',
      '--template',
      'miit-iip-2020',
      '--template',
      TOPIC,
      '--format',
      'json',
      topicDraft,
      `${DRAFTS}valid-word-paste.txt`,
    );
    const files = JSON.parse(stdout).files as { template: string; issues: { code: string }[] }[];
    expect(files.map((f) => f.template)).toEqual(['most-topic-2010', 'miit-iip-2020']);
    expect(files[1]?.issues).toEqual([]);
  });

  it('refuses a bad template file with every problem and where it is, exit 2', async () => {
    const bad = JSON.parse(readFileSync(TOPIC, 'utf8'));
    bad.sections[2].maxCount = 0;
    bad.fields[0].countMode = 'letters';
    const file = scratchFile('bad-template.json', JSON.stringify(bad));
    const { code, stderr } = await run('check', '--template', file, topicDraft);
    expect(code).toBe(2);
    expect(stderr).toContain(`模板文件 ${file} 无效`);
    expect(stderr).toContain('sections[2].maxCount: expected a positive integer');
    expect(stderr).toContain('fields[0].countMode: expected one of word, chars, chars-with-spaces, utf16');
    const unknown = await run('check', '--template', 'miit-2099', topicDraft, '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no built-in form has the id "miit-2099"');
  });

  it('prints a form’s declaration JSON Schema', async () => {
    const { code, stdout } = await run('schema', '--template', 'miit-iip-2020');
    expect(code).toBe(0);
    const built = readFileSync(new URL('../../dist/miit-iip-2020.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(stdout)).toEqual(JSON.parse(built));
    const topic = JSON.parse((await run('schema', '--template', TOPIC)).stdout);
    expect(Object.keys(topic.properties).sort()).toEqual([
      'basis',
      'contact',
      'content',
      'leader',
      'outcomes',
      'topic',
    ]);
    expect(topic.properties.basis.type).toBe('string');
  });
});
