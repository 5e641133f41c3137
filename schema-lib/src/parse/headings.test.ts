import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { isHint, matchHeading } from './headings.js';

const overview = miitIip2020.sections[0];
const heading = (line: string, inSection = false) => {
  const match = matchHeading(miitIip2020, line, inSection ? overview : undefined);
  if (!match) return undefined;
  if (match.kind === 'section') return `section ${match.section.path}`;
  if (match.kind === 'subsection') return `subsection ${match.subsection.path}`;
  return match.kind;
};

describe('matchHeading', () => {
  it.each([
    ['二、解决方案的基本情况（不超过3000字）', 'section sections.overview'],
    ['二. 解决方案的基本情况', 'section sections.overview'],
    ['二．解决方案的基本情况(不超过3000字)', 'section sections.overview'],
    ['## 三、解决方案的应用推广（不超过3000字）', 'section sections.application'],
    ['**四、问题和建议**', 'section sections.issues'],
    ['问题和建议', 'section sections.issues'],
    ['四、问题与建议', 'section sections.issues'],
    ['一、基本信息', 'basic'],
    ['（一）申报单位基本信息', 'basic'],
    ['填 写 说 明', 'instructions'],
    ['单位责任声明', 'statement'],
    [
      '二、原则上，填写单位的工业互联网平台解决方案需拥有自主知识产权，对提供的全部资料的真实性负责，并签署单位责任声明。',
      undefined,
    ],
    ['一、设备层', undefined],
    ['平台通过边缘网关接入数控机床。', undefined],
  ])('%j → %s', (line, expected) => {
    expect(heading(line)).toBe(expected);
  });

  it.each([
    ['（一）背景需求', 'subsection sections.overview.background'],
    ['(一) 背景需求', 'subsection sections.overview.background'],
    ['一）背景需求', 'subsection sections.overview.background'],
    ['1. 背景需求', 'subsection sections.overview.background'],
    ['（二）建设内容：平台由三层组成', 'subsection sections.overview.content'],
    ['商业模式', 'subsection sections.overview.businessModel'],
    ['（一）设备层：接入数控机床', undefined],
    ['（三）项目背景与需求', 'subsection sections.overview.background'],
  ])('inside 二: %j → %s', (line, expected) => {
    expect(heading(line, true)).toBe(expected);
  });

  it('knows a hint cell from an answer', () => {
    expect(isHint('（不超过300字）')).toBe(true);
    expect(isHint('(限选2个)')).toBe(true);
    expect(isHint('主营业务、技术优势等基本情况介绍')).toBe(false);
    expect(isHint('（公司简介）本公司成立于2014年')).toBe(false);
  });
});
