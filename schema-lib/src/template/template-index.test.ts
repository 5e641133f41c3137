import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { indexTemplate } from './template-index.js';

describe('indexTemplate', () => {
  it('lists every path in form order: fields, then each section followed by its subsections', () => {
    const { paths, order } = indexTemplate(miitIip2020);
    expect(paths.slice(0, 2)).toEqual(['applicant.name', 'applicant.founded']);
    expect(paths.slice(-4)).toEqual([
      'sections.issues',
      'sections.issues.problems',
      'sections.issues.policyHelp',
      'sections.issues.suggestions',
    ]);
    expect(paths).toHaveLength(miitIip2020.fields.length + 3 + 9);
    expect(new Set(paths).size).toBe(paths.length);
    paths.forEach((path, place) => {
      expect(order.get(path)).toBe(place);
    });
  });

  it('is built once per template', () => {
    expect(indexTemplate(miitIip2020)).toBe(indexTemplate(miitIip2020));
  });
});
