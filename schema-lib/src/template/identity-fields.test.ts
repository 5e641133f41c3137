import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { identityFields } from './identity-fields.js';
import { loadTemplate } from './load-template.js';

describe('the fields that name a declaration', () => {
  it('in the 2020 form: the solution and the applicant, and their summary-table columns', () => {
    expect(identityFields(miitIip2020)).toEqual({
      subject: 'solution.name',
      applicant: 'applicant.name',
      subjectColumn: 'solutionName',
      applicantColumn: 'applicantName',
    });
  });

  it('in another form: its own title’s subject and its 承担单位, no table', () => {
    const topicForm = loadTemplate(
      readFileSync(new URL('../../examples/most-topic-2010.template.json', import.meta.url), 'utf8'),
    );
    expect(identityFields(topicForm)).toEqual({ subject: 'topic.name', applicant: 'topic.unit' });
  });
});
