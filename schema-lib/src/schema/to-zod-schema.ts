import * as z from 'zod';
import { count } from '../count/count.js';
import { isPhone, parseDate } from '../format/formats.js';
import { looseKey } from '../format/normalize.js';
import type { DeclarationOf } from '../template/declaration.js';
import { getPath } from '../template/path.js';
import type { ChoiceFieldDef, SectionDef, TemplateInput, TextFieldDef } from '../template/types.js';

const EMAIL_PATTERN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const DATE_PATTERN = /^\s*\d{4}\s*(?:年|[-./_])\s*\d{1,2}\s*(?:(?:月|[-./_])\s*(?:\d{1,2}\s*[日号]?)?)?\s*$/;

/**
 * A zod schema for a complete, valid declaration of `template`, for portals that validate on submit. The
 * 字数 limits and the calendar, phone and cross-field checks are refinements; JSON Schema consumers get them as
 * `x-maxCount`/`x-countMode`/`x-format` keywords. Built on call, never at import: a content script must run
 * `z.config({ jitless: true })` before any schema exists.
 */
export function toZodSchema<const T extends TemplateInput>(template: T): z.ZodType<DeclarationOf<T>> {
  const tree: Tree = new Map();
  for (const field of template.fields)
    place(tree, field.path, field.kind === 'text' ? textSchema(field, template) : choiceSchema(field));
  for (const section of template.sections) place(tree, section.path, sectionSchema(section, template));
  let schema: z.ZodType = toObject(tree);
  for (const rule of template.rules ?? []) {
    schema = schema.refine(
      (data) => looseKey(String(getPath(data, rule.path))) === looseKey(String(getPath(data, rule.equals))),
      {
        message: `${rule.path} must equal ${rule.equals}`,
        path: rule.path.split('.'),
      },
    );
  }
  return schema.meta({
    $id: `https://declcheck.invalid/schema/${template.id}.schema.json`,
    title: template.title['zh-CN'],
    description: template.title.en,
  }) as unknown as z.ZodType<DeclarationOf<T>>;
}

type Tree = Map<string, z.ZodType | Tree>;

function place(tree: Tree, path: string, schema: z.ZodType): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    let next = node.get(key);
    if (!(next instanceof Map)) {
      next = new Map();
      node.set(key, next);
    }
    node = next;
  }
  node.set(keys[keys.length - 1] as string, schema);
}

function toObject(tree: Tree): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of tree) shape[key] = value instanceof Map ? toObject(value) : value;
  return z.strictObject(shape);
}

function textSchema(field: TextFieldDef, template: TemplateInput): z.ZodType {
  let schema = field.required ? z.string().regex(/\S/, { message: 'required' }) : z.string();
  if (field.format === 'email') schema = schema.regex(EMAIL_PATTERN);
  if (field.format === 'date') schema = schema.regex(DATE_PATTERN).refine((v) => parseDate(v) !== undefined);
  if (field.format === 'phone') schema = schema.refine(isPhone);
  const limited = limit(schema, field.maxCount, field.countMode ?? template.countMode);
  const described = limited.meta({
    title: field.label['zh-CN'],
    description: field.label.en,
    ...(field.format ? { 'x-format': field.format } : {}),
    ...limitMeta(field.maxCount, field.countMode ?? template.countMode),
  });
  return field.required ? described : described.optional();
}

function choiceSchema(field: ChoiceFieldDef): z.ZodType {
  const ids = field.options.map((o) => o.id) as [string, ...string[]];
  const schema = z
    .array(z.enum(ids))
    .min(field.min)
    .max(field.max)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate option' })
    .meta({
      title: field.label['zh-CN'],
      description: `${field.label.en}: ${field.options.map((o) => `${o.id} = ${o.label['zh-CN']}`).join('; ')}`,
      uniqueItems: true,
    });
  return field.min === 0 ? schema.optional() : schema;
}

function sectionSchema(section: SectionDef, template: TemplateInput): z.ZodType {
  const mode = section.countMode ?? template.countMode;
  const meta = {
    title: `${section.numbering}、${section.label['zh-CN']}`,
    description: section.label.en,
    ...limitMeta(section.maxCount, mode),
  };
  if (section.subsections.length === 0) {
    // A section written as one text is a text of its own.
    const text = limit(
      section.required ? z.string().regex(/\S/, { message: 'required' }) : z.string(),
      section.maxCount,
      mode,
    );
    return section.required ? text.meta(meta) : text.meta(meta).optional();
  }
  const shape: Record<string, z.ZodType> = {};
  for (const sub of section.subsections) {
    const key = sub.path.slice(section.path.length + 1);
    const text = sub.required ? z.string().regex(/\S/, { message: 'required' }) : z.string().optional();
    shape[key] = text.meta({ title: `${sub.numbering}${sub.label['zh-CN']}`, description: sub.label.en });
  }
  const object = z.strictObject(shape);
  const limited =
    section.maxCount === undefined
      ? object
      : object.refine(
          (parts: Record<string, unknown>) =>
            Object.values(parts).reduce<number>((sum, text) => sum + count(String(text ?? ''), mode), 0) <=
            (section.maxCount ?? 0),
          { message: `more than ${section.maxCount} (${mode})` },
        );
  return limited.meta(meta);
}

function limit(
  schema: z.ZodString | z.ZodType<string>,
  maxCount: number | undefined,
  mode: TemplateInput['countMode'],
) {
  if (maxCount === undefined) return schema;
  return schema.refine((text: string) => count(text, mode) <= maxCount, { message: `more than ${maxCount} (${mode})` });
}

function limitMeta(maxCount: number | undefined, mode: TemplateInput['countMode']) {
  return maxCount === undefined ? {} : { 'x-maxCount': maxCount, 'x-countMode': mode };
}
