import { readFileSync } from 'node:fs';
import { loadTemplate } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import { FALLBACK_TEMPLATE, pickTemplate, templateName } from './template-pick';

const topicForm = loadTemplate(
  readFileSync(new URL('../../schema-lib/examples/most-topic-2010.template.json', import.meta.url), 'utf8'),
);
const builtIn = FALLBACK_TEMPLATE;
const TOPIC_PAGE = '课题基本信息 课题名称 承担单位 课题负责人 姓名 电话 联系人 研究类型 基础研究 立项依据 预期成果';

describe('which form a page is checked against', () => {
  it('with one form known, that one, without reading the page', () => {
    let read = false;
    const text = () => {
      read = true;
      return TOPIC_PAGE;
    };
    expect(pickTemplate([topicForm], text)).toBe(topicForm);
    expect(read).toBe(false);
  });

  it('the one the page shows most of, else the current one, else the first built-in', () => {
    const known = [builtIn, topicForm];
    expect(pickTemplate(known, () => TOPIC_PAGE)).toBe(topicForm);
    expect(pickTemplate(known, () => '首页 通知公告', { current: topicForm.id })).toBe(topicForm);
    expect(pickTemplate(known, () => '首页 通知公告')).toBe(builtIn);
  });

  it('the one set for the site, whatever the page shows, while it is still known', () => {
    const known = [builtIn, topicForm];
    expect(pickTemplate(known, () => TOPIC_PAGE, { chosen: builtIn.id })).toBe(builtIn);
    expect(pickTemplate(known, () => TOPIC_PAGE, { chosen: 'removed-form' })).toBe(topicForm);
  });

  it('names a form by its title, issuer and year', () => {
    expect(templateName(topicForm, 'zh-CN')).toBe('国家科技计划课题信息表（科学技术部，2010）');
    expect(templateName(topicForm, 'en')).toBe(
      'National S&T programme topic form (Ministry of Science and Technology, 2010)',
    );
  });
});
