import {
  type ChoiceFieldDef,
  checkDocument,
  count,
  countsOf,
  getPath,
  InputError,
  ISSUE_CODES,
  miitIip2020,
  optionForLabel,
  parseInput,
  parseText,
  validate,
} from '@declcheck/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseDraft, type DraftContent, draftBlocks, OPTIONS } from '../fixtures/drafts/generator/draft-model';
import type { MarkStyle } from '../fixtures/drafts/generator/marks';
import { type HtmlLayout, renderHtml } from '../fixtures/drafts/generator/render-html';
import { renderText, type TextLayout } from '../fixtures/drafts/generator/render-text';

/** Words an applicant writes; none starts a line the way a heading or a label does. */
const word = fc.constantFrom(
  '平台',
  '工业互联网',
  '设备',
  '数据',
  '接入',
  '企业',
  'AI',
  'MQTT',
  '5G',
  '2020年',
  '提升12%',
  '边缘计算',
  '，',
  '、',
  '；',
);
const sentence = fc.array(word, { minLength: 2, maxLength: 30 }).map((words) => `应用${words.join('')}。`);
const body = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const someOf = (options: readonly string[], min: number) =>
  fc.subarray([...options], { minLength: min, maxLength: options.length });

/** A draft with random answers: choices, texts and contact details. */
const draft = fc
  .record({
    ownership: someOf(OPTIONS.ownership, 1),
    size: someOf(OPTIONS.size, 1),
    direction: someOf(OPTIONS.direction, 1),
    capabilities: someOf(OPTIONS.capabilities, 1),
    newTech: someOf(OPTIONS.newTech, 1),
    promotion: someOf(OPTIONS.promotion, 1),
    profile: body,
    bodies: fc.array(body, { minLength: 9, maxLength: 9 }),
    contactName: fc.constantFrom('王敏', '李雷', '欧阳娜娜'),
  })
  .map((r): DraftContent => {
    const d = baseDraft();
    Object.assign(d, {
      ownership: r.ownership,
      size: r.size,
      direction: r.direction,
      capabilities: r.capabilities,
      newTech: r.newTech,
      promotion: r.promotion,
      profile: r.profile,
    });
    d.contact.name = r.contactName;
    d.sections.forEach((section, s) => {
      section.subsections.forEach((sub, i) => {
        sub[1] = r.bodies[s * 3 + i] ?? '';
      });
    });
    return d;
  });

/** The declaration a draft stands for, as the library's paths and option ids. */
function expectedValues(d: DraftContent): Record<string, string | string[]> {
  const ids = (path: string, labels: readonly string[]) => {
    const field = miitIip2020.fields.find((f) => f.path === path) as ChoiceFieldDef;
    return labels.map((label) => optionForLabel(field, label) ?? `unknown: ${label}`).sort();
  };
  const values: Record<string, string | string[]> = {
    'applicant.name': d.applicantName,
    'applicant.profile': d.profile,
    'contact.name': d.contact.name,
    'contact.email': d.contact.email,
    'solution.name': d.solutionName,
    'applicant.ownership': ids('applicant.ownership', d.ownership),
    'applicant.size': ids('applicant.size', d.size),
    'solution.direction': ids('solution.direction', d.direction),
    'solution.capabilities': ids('solution.capabilities', d.capabilities),
    'solution.newTech': ids('solution.newTech', d.newTech),
    'solution.promotion': ids('solution.promotion', d.promotion),
  };
  miitIip2020.sections.forEach((section, s) => {
    section.subsections.forEach((sub, i) => {
      values[sub.path] = d.sections[s]?.subsections[i]?.[1] ?? '';
    });
  });
  return values;
}

function parsedValues(text: string, fileName: string, paths: readonly string[]): Record<string, unknown> {
  const { declaration } = parseInput(miitIip2020, text, fileName);
  return Object.fromEntries(
    paths.map((path) => {
      const value = getPath(declaration, path);
      return [path, Array.isArray(value) ? [...value].sort() : value];
    }),
  );
}

describe('parser and validator properties', () => {
  it('a rendered declaration parses back to itself, in every text and HTML layout and mark style', () => {
    const layouts = fc.oneof(
      fc.record({ kind: fc.constant('text' as const), layout: fc.constantFrom<TextLayout>('tabs', 'cell-per-line') }),
      fc.record({ kind: fc.constant('html' as const), layout: fc.constantFrom<HtmlLayout>('table', 'divs') }),
    );
    fc.assert(
      fc.property(
        draft,
        layouts,
        fc.constantFrom<MarkStyle>('filled', 'suffix-check', 'bracket'),
        (d, { kind, layout }, marks) => {
          const blocks = draftBlocks(d);
          const rendered =
            kind === 'text'
              ? renderText(blocks, layout as TextLayout, marks)
              : renderHtml(blocks, layout as HtmlLayout, marks);
          const expected = expectedValues(d);
          expect(parsedValues(rendered, `draft.${kind === 'text' ? 'txt' : 'html'}`, Object.keys(expected))).toEqual(
            expected,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts do not change when line endings, blank lines or trailing spaces do', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('\r\n', '\r', '\n\n', ' \n', '\u3000\n'), (d, newline) => {
        const text = renderText(draftBlocks(d), 'tabs', 'filled');
        const counts = (t: string) =>
          countsOf(miitIip2020, parseText(miitIip2020, t).declaration).map((m) => `${m.path}=${m.count}`);
        expect(counts(text.replace(/\n/g, newline))).toEqual(counts(text));
      }),
      { numRuns: 60 },
    );
  });

  it('any text or bytes: parsing gives a result or a clear InputError, quickly, and checking never throws', () => {
    const junk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3000 }),
      fc.string({
        unit: fc.constantFrom('（一）', '二、', '□', '■', '○', '●', '\t', '\n', '单位名称', '<p>', '</td>', '《'),
        maxLength: 400,
      }),
      fc.uint8Array({ maxLength: 3000 }),
    );
    fc.assert(
      fc.property(junk, (input) => {
        const started = performance.now();
        try {
          const parsed = parseInput(miitIip2020, input);
          for (const issue of checkDocument(miitIip2020, parsed)) expect(ISSUE_CODES).toContain(issue.code);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 300 },
    );
  });

  it('validate takes any value at all and answers with issues of the closed set', () => {
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 4 }),
        fc.constantFrom('word', 'chars', 'chars-with-spaces', 'utf16'),
        (value, countMode) => {
          for (const issue of validate(miitIip2020, value as never, { countMode })) {
            expect(ISSUE_CODES).toContain(issue.code);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an over-length section’s count is exactly what count gives for its subsections', () => {
    fc.assert(
      fc.property(draft, fc.integer({ min: 0, max: 2 }), (d, s) => {
        const section = d.sections[s];
        const sub = section?.subsections[0];
        if (!sub) return;
        sub[1] = sub[1].repeat(80);
        const parsed = parseText(miitIip2020, renderText(draftBlocks(d), 'tabs', 'filled'));
        const def = miitIip2020.sections[s];
        const measured = countsOf(miitIip2020, parsed.declaration).find((m) => m.path === def?.path);
        const expected = (section?.subsections ?? []).reduce((sum, [, text]) => sum + count(text), 0);
        expect(measured?.count).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });
});
