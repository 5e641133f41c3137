import * as z from 'zod';
import { COUNT_MODES } from '../count/count.js';

/**
 * The template format as data: what a template JSON file may hold, the same shapes as types.ts. Published as
 * `@declcheck/schema/template.schema.json` (so an editor completes and checks a template file) and used by
 * `loadTemplate` to say where a file is wrong. Built on first use: nothing in this library builds a schema at
 * import time (a content script sets zod's jitless mode first).
 */
export function templateFormat() {
  format ??= buildFormat();
  return format;
}

let format: ReturnType<typeof buildFormat> | undefined;

function buildFormat() {
  /** A type error's message: a key left out is `missing`, anything else says what was expected. */
  const expected = (what: string) => (issue: { input?: unknown }) =>
    issue.input === undefined ? 'missing' : `expected ${what}`;
  const positiveInteger = z
    .int({ error: expected('a positive integer') })
    .positive({ error: 'expected a positive integer' });
  const text = z.string({ error: expected('a string') });
  const nonEmpty = text.min(1, { error: 'expected a non-empty string' });
  const texts = z.array(text, { error: 'expected a list of strings' });
  const localized = z
    .strictObject({ 'zh-CN': nonEmpty, en: nonEmpty }, { error: 'expected { "zh-CN": …, "en": … }' })
    .meta({ description: 'A text in Chinese and in English.' });
  const countMode = z.enum(COUNT_MODES, { error: `expected one of ${COUNT_MODES.join(', ')}` });
  const textFormat = z.enum(['date', 'phone', 'email', 'sequence'], {
    error: 'expected one of date, phone, email, sequence',
  });
  const path = nonEmpty.meta({
    description: 'Canonical dotted path, e.g. applicant.profile. Never renamed once published.',
  });

  const fieldBase = {
    path,
    label: localized,
    aliases: texts.optional().meta({ description: 'Other labels the field goes by in drafts and portals.' }),
    group: text.optional().meta({ description: 'The heading or label cell the field stands under (联系人).' }),
  };

  const textField = z.strictObject({
    kind: z.literal('text'),
    ...fieldBase,
    required: z.boolean().optional(),
    format: textFormat.optional(),
    maxCount: positiveInteger.optional().meta({ description: 'The limit, in countMode units (字 by default).' }),
    countMode: countMode.optional(),
    guidance: texts.optional().meta({ description: "The form's own guidance for this field." }),
    multiline: z.boolean().optional(),
  });

  const choiceField = z.strictObject({
    kind: z.literal('choice'),
    ...fieldBase,
    options: z
      .array(z.strictObject({ id: nonEmpty, label: localized, aliases: texts.optional() }))
      .min(1, { error: 'expected at least one option' }),
    min: z.int({ error: 'expected a whole number' }).nonnegative({ error: 'expected 0 or more' }),
    max: positiveInteger.meta({ description: 'Most marks allowed (限选N个).' }),
    box: z.enum(['square', 'circle'], { error: 'expected square or circle' }),
  });

  const field = z.discriminatedUnion('kind', [textField, choiceField], { error: 'expected kind "text" or "choice"' });

  const subsection = z.strictObject({
    path,
    label: localized,
    numbering: nonEmpty.meta({ description: 'Numbering as printed: （一）.' }),
    required: z.boolean().optional(),
    guidance: texts.optional(),
  });

  const section = z.strictObject({
    path,
    label: localized,
    numbering: nonEmpty.meta({ description: 'Numbering as printed: 二.' }),
    maxCount: positiveInteger.optional().meta({ description: 'The limit for the whole section.' }),
    countMode: countMode.optional(),
    subsections: z.array(subsection, { error: 'expected a list of subsections (empty for a section of one text)' }),
    required: z.boolean().optional(),
    guidance: texts.optional(),
  });

  const summaryTable = z.strictObject({
    title: localized,
    columns: z.array(
      z.strictObject({
        key: nonEmpty,
        label: localized,
        aliases: texts.optional(),
        required: z.boolean().optional(),
        format: textFormat.optional(),
      }),
    ),
    sequenceColumn: text.optional(),
    applicantColumn: text.optional(),
    header: z.array(textField),
    recommenderTypes: z.array(
      z.strictObject({
        id: nonEmpty,
        label: localized,
        quota: positiveInteger.optional(),
        places: texts,
        reportsDirectly: z.boolean().optional(),
      }),
    ),
    governmentMarkers: texts,
  });

  const structure = z.strictObject({
    instructions: texts.optional().meta({ description: "Headings of the form's instructions (填写说明), skipped." }),
    basic: texts
      .optional()
      .meta({ description: 'Headings of the basic-information part (基本信息), numbering aside.' }),
    statement: z
      .strictObject({ heading: nonEmpty, path, after: texts.optional() })
      .optional()
      .meta({ description: 'The closing statement (单位责任声明) and the text field its 《name》 fills.' }),
    minLandmarks: positiveInteger.optional(),
  });

  return z
    .strictObject({
      $schema: text.optional(),
      id: nonEmpty.meta({ description: 'Stable kebab-case id, e.g. most-topic-2010.' }),
      version: positiveInteger,
      title: localized,
      meta: z.strictObject({
        issuer: localized,
        published: nonEmpty.meta({ description: 'ISO date the call was published.' }),
        deadline: text.optional(),
        submission: z
          .strictObject({ address: localized, email: text.optional(), copies: localized.optional() })
          .optional(),
        source: text.optional(),
      }),
      countMode,
      fields: z.array(field, { error: 'expected a list of fields' }),
      sections: z.array(section, { error: 'expected a list of sections' }),
      rules: z.array(z.strictObject({ kind: z.literal('equals'), path, equals: path })).optional(),
      summaryTable: summaryTable.optional(),
      structure: structure.optional(),
    })
    .meta({
      title: 'DeclCheck template',
      description: "A call's 申报书 form as data: its fields, sections, limits and structure.",
    });
}

/** Where a problem is in a template file: `sections[2].maxCount`. */
export function problemPlace(place: readonly PropertyKey[]): string {
  return place.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** The template format's JSON Schema (draft 2020-12). */
export function templateJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://declcheck.invalid/schema/template.schema.json',
    ...(z.toJSONSchema(templateFormat(), { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}
