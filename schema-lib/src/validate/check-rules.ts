import { looseKey } from '../format/normalize.js';
import { getPath } from '../template/path.js';
import type { CrossFieldRuleDef } from '../template/types.js';
import type { IssueFinding } from './issue.js';
import { isBlank, textValue } from './values.js';

/** Cross-field rules. A blank side is left to `required`, so one omission is not reported twice. */
export function checkRules(rules: readonly CrossFieldRuleDef[], declaration: unknown): IssueFinding[] {
  const findings: IssueFinding[] = [];
  for (const rule of rules) {
    const received = textValue(getPath(declaration, rule.path));
    const expected = textValue(getPath(declaration, rule.equals));
    if (received === undefined || expected === undefined || isBlank(received) || isBlank(expected)) continue;
    if (looseKey(received) !== looseKey(expected)) {
      findings.push({
        code: 'name_mismatch',
        path: rule.path,
        received: received.trim(),
        expected: expected.trim(),
        otherPath: rule.equals,
      });
    }
  }
  return findings;
}
