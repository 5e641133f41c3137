import type { CountMode } from '../count/count.js';
import type { CountCache } from '../count/count-cache.js';
import { getPath } from '../template/path.js';
import type { SectionDef } from '../template/types.js';
import { findGuidance } from './guidance.js';
import type { IssueFinding } from './issue.js';
import { measureSection } from './measure.js';
import { isBlank, textValue } from './values.js';

export function checkSection(
  section: SectionDef,
  declaration: unknown,
  countMode: CountMode,
  cache?: CountCache,
): IssueFinding[] {
  const findings: IssueFinding[] = [];
  const whole = textValue(getPath(declaration, section.path));
  if (section.subsections.length === 0) {
    // A section written as one text is checked as a text field is.
    if (whole === undefined || isBlank(whole)) {
      if (section.required) findings.push({ code: 'required', path: section.path });
    } else {
      const guidance = section.guidance && findGuidance(whole, section.guidance);
      if (guidance) {
        findings.push({
          code: 'template_text_left',
          path: section.path,
          received: guidance.text,
          offset: guidance.offset,
        });
      }
    }
  } else if (whole !== undefined) {
    // One box for the whole section: its subsections cannot be told apart, so only the section is required.
    if (isBlank(whole)) findings.push({ code: 'required', path: section.path });
  } else {
    for (const sub of section.subsections) {
      const text = textValue(getPath(declaration, sub.path));
      if (text === undefined || isBlank(text)) {
        if (sub.required) findings.push({ code: 'required', path: sub.path });
        continue;
      }
      const guidance = sub.guidance && findGuidance(text, sub.guidance);
      if (guidance) {
        findings.push({ code: 'template_text_left', path: sub.path, received: guidance.text, offset: guidance.offset });
      }
    }
  }
  const m = measureSection(section, declaration, countMode, cache);
  if (m.overflow && m.limit !== undefined) {
    findings.push({
      code: 'too_long',
      path: section.path,
      count: m.count,
      limit: m.limit,
      countMode: m.countMode,
      overflow: m.overflow,
    });
  }
  return findings;
}
