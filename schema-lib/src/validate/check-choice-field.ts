import type { ChoiceFieldDef } from '../template/types.js';
import type { IssueFinding } from './issue.js';

export function checkChoiceField(field: ChoiceFieldDef, selectedIds: readonly string[]): IssueFinding[] {
  const { path, min, max } = field;
  const known = new Set(field.options.map((o) => o.id));
  const findings: IssueFinding[] = [];
  for (const id of selectedIds) {
    if (!known.has(id)) findings.push({ code: 'invalid_choice', path, received: id, expected: [...known] });
  }
  const selected = selectedIds.filter((id) => known.has(id)).length;
  if (selected > max) findings.push({ code: 'too_many_choices', path, selected, min, max });
  else if (selected < min) findings.push({ code: 'missing_choice', path, selected, min, max });
  return findings;
}
