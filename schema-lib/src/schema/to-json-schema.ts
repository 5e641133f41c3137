import * as z from 'zod';
import type { TemplateInput } from '../template/types.js';
import { toZodSchema } from './to-zod-schema.js';

/** JSON Schema (draft 2020-12) of a complete declaration, for portals not written in TypeScript. */
export function toJsonSchema(template: TemplateInput): Record<string, unknown> {
  return z.toJSONSchema(toZodSchema(template), { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
