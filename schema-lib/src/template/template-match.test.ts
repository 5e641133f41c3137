import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miitIip2020Example } from '../templates/miit-iip-2020.example.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { loadTemplate } from './load-template.js';
import { bestTemplateFor, landmarksIn } from './template-match.js';

const topicForm = loadTemplate(
  readFileSync(new URL('../../examples/most-topic-2010.template.json', import.meta.url), 'utf8'),
);
const TEMPLATES = [miitIip2020, topicForm];

/** A web page's text as a portal shows the 2010 form: labels in cells, headings, a stray menu. */
const TOPIC_PAGE = `首页 通知公告 在线申报
  课题基本信息
  课题名称 [          ]   承担单位 [          ]
  课题负责人  姓 名 [    ] 电　话 [    ]
  联系人 姓名 [    ] 电话 [    ]
  研究类型 ○基础研究 ○应用研究 ○试验发展
  一、立项依据  二、研究内容 （一）研究目标 （二）主要任务 三、预期成果`;

const flatten = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(flatten)
      : Object.values(value ?? {}).flatMap(flatten);

describe('which form a text shows', () => {
  it('counts each landmark once, whatever its spacing and width', () => {
    expect(landmarksIn(topicForm, '课题名称 课题名称 课 题 名 称')).toBe(1);
    expect(landmarksIn(topicForm, '')).toBe(0);
  });

  it('picks the 2010 form for a page of it, and the 2020 form for a 2020 draft', () => {
    expect(bestTemplateFor(TEMPLATES, TOPIC_PAGE)?.template.id).toBe(topicForm.id);
    // The 2020 example's labels and values, as a page lists them.
    const labels = miitIip2020.fields.map((f) => f.label['zh-CN']).join(' ');
    const page = `${labels} ${flatten(miitIip2020Example).join(' ')}`;
    const best = bestTemplateFor(TEMPLATES, page);
    expect(best?.template.id).toBe(miitIip2020.id);
    expect(best?.landmarks).toBeGreaterThan(landmarksIn(topicForm, page));
  });

  it('is none of them for a text that shows too little of any', () => {
    expect(bestTemplateFor(TEMPLATES, '首页 通知公告 联系我们 今天天气很好')).toBeUndefined();
  });

  it('keeps the preferred form on a tie, else the earlier one', () => {
    const twin = { ...topicForm, id: 'twin' };
    expect(bestTemplateFor([topicForm, twin], TOPIC_PAGE)?.template.id).toBe(topicForm.id);
    expect(bestTemplateFor([topicForm, twin], TOPIC_PAGE, 'twin')?.template.id).toBe('twin');
  });
});
