import { isCountMode } from '../count/count.js';
import type { FieldDef, SectionDef, SubsectionDef, TemplateInput } from './types.js';

export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    message: string,
    /** Every problem found, each on its own: where (for a template file, `sections[2].maxCount`) and what. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

const OPTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;

/**
 * Checks a form description and returns it unchanged (deeply frozen), keeping its literal type so
 * `DeclarationOf<typeof template>` knows every path. A malformed template is a programming error: it throws
 * a `TemplateError` naming every problem at once.
 */
export function defineTemplate<const T extends TemplateInput>(template: T): T {
  const problems = templateProblems(template);
  if (problems.length > 0) {
    throw new TemplateError(`Template "${template.id}" is not valid:\n- ${problems.join('\n- ')}`, problems);
  }
  return deepFreeze(template);
}

function templateProblems(template: TemplateInput): string[] {
  const problems: string[] = [];
  if (!OPTION_ID.test(template.id)) problems.push(`id "${template.id}" must be kebab-case`);
  if (!isCountMode(template.countMode)) problems.push(`countMode "${template.countMode}" is unknown`);
  const paths = new Set<string>();
  const claim = (path: string) => {
    if (!PATH.test(path)) problems.push(`path "${path}" must be dotted identifiers`);
    if (paths.has(path)) problems.push(`path "${path}" is used twice`);
    paths.add(path);
  };
  for (const field of template.fields) {
    claim(field.path);
    problems.push(...fieldProblems(field));
  }
  for (const section of template.sections) {
    claim(section.path);
    problems.push(...sectionProblems(section));
    for (const sub of section.subsections) claim(sub.path);
  }
  for (const path of paths) {
    const parent = [...paths].find((other) => other !== path && path.startsWith(`${other}.`));
    const parentIsSection = template.sections.some((s) => s.path === parent);
    if (parent && !parentIsSection) problems.push(`path "${path}" is nested inside field "${parent}"`);
  }
  for (const rule of template.rules ?? []) {
    for (const path of [rule.path, rule.equals]) {
      if (!paths.has(path)) problems.push(`rule refers to unknown path "${path}"`);
    }
  }
  const structure = template.structure;
  const statement = structure?.statement;
  if (statement) {
    const field = template.fields.find((f) => f.path === statement.path);
    if (field?.kind !== 'text') problems.push(`the statement fills "${statement.path}", which is not a text field`);
    if (statement.heading.trim() === '') problems.push('the statement needs a heading');
  }
  const least = structure?.minLandmarks;
  if (least !== undefined && !(Number.isInteger(least) && least > 0)) {
    problems.push('structure.minLandmarks must be a positive whole number');
  }
  const table = template.summaryTable;
  if (table) {
    const keys = new Set(table.columns.map((c) => c.key));
    if (keys.size !== table.columns.length) problems.push('summary table column keys must be unique');
    for (const key of [table.sequenceColumn, table.applicantColumn]) {
      if (key !== undefined && !keys.has(key)) problems.push(`summary table has no column "${key}"`);
    }
    if (table.recommenderTypes.length === 0) problems.push('summary table needs at least one recommender type');
    for (const type of table.recommenderTypes) {
      if (type.quota !== undefined && !(Number.isInteger(type.quota) && type.quota > 0))
        problems.push(`quota of "${type.id}" must be positive`);
    }
  }
  return problems;
}

function fieldProblems(field: FieldDef): string[] {
  if (field.kind === 'text') return limitProblems(field.path, field.maxCount, field.countMode);
  const problems: string[] = [];
  const ids = field.options.map((o) => o.id);
  if (new Set(ids).size !== ids.length) problems.push(`options of "${field.path}" repeat an id`);
  for (const id of ids) if (!OPTION_ID.test(id)) problems.push(`option id "${id}" must be kebab-case`);
  const { min, max } = field;
  if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 0 && min <= max && max <= ids.length)) {
    problems.push(`choice "${field.path}" needs 0 ≤ min ≤ max ≤ ${ids.length} options, got ${min}..${max}`);
  }
  return problems;
}

function sectionProblems(section: SectionDef): string[] {
  const problems = limitProblems(section.path, section.maxCount, section.countMode);
  for (const sub of section.subsections as readonly SubsectionDef[]) {
    if (!sub.path.startsWith(`${section.path}.`)) problems.push(`"${sub.path}" must be inside "${section.path}"`);
  }
  return problems;
}

function limitProblems(path: string, maxCount: number | undefined, countMode: unknown): string[] {
  const problems: string[] = [];
  if (maxCount !== undefined && !(Number.isInteger(maxCount) && maxCount > 0)) {
    problems.push(`maxCount of "${path}" must be a positive whole number`);
  }
  if (countMode !== undefined && !isCountMode(countMode)) problems.push(`countMode of "${path}" is unknown`);
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
