import type { CountMode } from '../count/count.js';
import type { CountCache } from '../count/count-cache.js';
import { matchesFormat } from '../format/formats.js';
import type { TextFieldDef } from '../template/types.js';
import { findGuidance } from './guidance.js';
import type { IssueFinding } from './issue.js';
import { measureField } from './measure.js';
import { isBlank } from './values.js';

export function checkTextField(
  field: TextFieldDef,
  text: string | undefined,
  countMode: CountMode,
  cache?: CountCache,
): IssueFinding[] {
  const path = field.path;
  if (text === undefined || isBlank(text)) return field.required ? [{ code: 'required', path }] : [];
  const findings: IssueFinding[] = [];
  const guidance = field.guidance && findGuidance(text, field.guidance);
  if (guidance) findings.push({ code: 'template_text_left', path, received: guidance.text, offset: guidance.offset });
  if (field.format && field.format !== 'sequence' && !matchesFormat(field.format, text)) {
    findings.push({ code: 'invalid_format', path, format: field.format, received: text.trim() });
  }
  if (field.maxCount !== undefined) {
    const m = measureField(field, text, countMode, cache);
    if (m.overflow && m.limit !== undefined) {
      findings.push({
        code: 'too_long',
        path,
        count: m.count,
        limit: m.limit,
        countMode: m.countMode,
        overflow: m.overflow,
      });
    }
  }
  return findings;
}
