import { type DeclarationData, getPath, indexTemplate, miitIip2020 } from '@declcheck/schema';

/** What the reader found, in form order, as label-ready pairs: every field, choice and (sub)section it filled. */
export function structure(declaration: DeclarationData): [string, string][] {
  const pairs: [string, string][] = [];
  for (const path of indexTemplate(miitIip2020).paths) {
    const value = getPath(declaration, path);
    if (typeof value === 'string') pairs.push([path, value.length > 200 ? `${value.slice(0, 200)}…` : value]);
    else if (Array.isArray(value)) pairs.push([path, value.join('、')]);
  }
  return pairs;
}
