import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../template/load-template.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { bestParse } from './best-parse.js';
import { parseText } from './parse.js';

const topicForm = loadTemplate(
  readFileSync(new URL('../../examples/most-topic-2010.template.json', import.meta.url), 'utf8'),
);
const TOPIC_DRAFT = [
  '课题基本信息',
  '课题名称：城市内涝预警研究',
  '承担单位：华东理工技术研究院',
  '一、立项依据',
  '近年来城市内涝频发。',
].join('\n');
const SOLUTION_DRAFT = readFileSync(
  new URL('../../../tests/fixtures/drafts/valid-word-paste.txt', import.meta.url),
  'utf8',
);

describe('reading a document as the form it is', () => {
  it('keeps the form it is recognised as, whichever comes first', () => {
    for (const order of [
      [miitIip2020, topicForm],
      [topicForm, miitIip2020],
    ]) {
      expect(bestParse(order, (t) => parseText(t, TOPIC_DRAFT))).toMatchObject({ template: topicForm, matched: true });
      expect(bestParse(order, (t) => parseText(t, SOLUTION_DRAFT))).toMatchObject({
        template: miitIip2020,
        matched: true,
      });
    }
  });

  it('says when the document is none of them, and reads it as the first', () => {
    const best = bestParse([topicForm, miitIip2020], (t) => parseText(t, '会议纪要\n今天讨论了预算。'));
    expect(best.matched).toBe(false);
    expect(best.template).toBe(topicForm);
    expect(best.parsed.recognised).toBe(false);
  });
});
