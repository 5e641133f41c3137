import { getPath, identityFields, type Locale, looseKey } from '@declcheck/schema';
import type { CheckedInput } from './check-input';

export interface CrossFinding {
  readonly kind: 'no-draft' | 'applicant-differs' | 'not-in-table';
  readonly message: string;
}

/**
 * Holds the summary tables against the drafts opened beside them: every row should have its draft (same solution
 * name), naming the same applicant, and every draft should be in a table. Each line names its table.
 */
export function crossCheck(results: readonly CheckedInput[], locale: Locale): CrossFinding[] {
  const tables = results.filter((r): r is Extract<CheckedInput, { kind: 'table' }> => r.kind === 'table');
  const drafts = results.filter((r): r is Extract<CheckedInput, { kind: 'draft' }> => r.kind === 'draft');
  if (tables.length === 0 || drafts.length === 0) return [];
  const zh = locale === 'zh-CN';
  const named = drafts.map((d) => {
    const { subject, applicant } = identityFields(d.template);
    const value = (path: string | undefined) => (path ? String(getPath(d.parsed.declaration, path) ?? '') : '');
    return { draft: d, solution: value(subject), applicant: value(applicant) };
  });
  const findings: CrossFinding[] = [];
  const matched = new Set<string>();
  for (const table of tables) {
    table.entries.forEach((entry, i) => {
      const draft = named.find((d) => looseKey(d.solution) === looseKey(entry.solution));
      if (!draft) {
        findings.push({
          kind: 'no-draft',
          message: zh
            ? `汇总表 ${table.name} 第 ${i + 1} 行《${entry.solution}》没有对应的申报书`
            : `${table.name}, row ${i + 1} 《${entry.solution}》 has no draft opened`,
        });
        return;
      }
      matched.add(draft.draft.name);
      if (looseKey(draft.applicant) !== looseKey(entry.applicant)) {
        findings.push({
          kind: 'applicant-differs',
          message: zh
            ? `汇总表 ${table.name} 第 ${i + 1} 行的申报单位“${entry.applicant}”与申报书 ${draft.draft.name} 中的“${draft.applicant}”不一致`
            : `${table.name}, row ${i + 1} names "${entry.applicant}", the draft ${draft.draft.name} names "${draft.applicant}"`,
        });
      }
    });
  }
  for (const d of named) {
    if (!matched.has(d.draft.name)) {
      findings.push({
        kind: 'not-in-table',
        message: zh
          ? `申报书 ${d.draft.name}《${d.solution}》不在汇总表中`
          : `The draft ${d.draft.name} 《${d.solution}》 is not in the table`,
      });
    }
  }
  return findings;
}
