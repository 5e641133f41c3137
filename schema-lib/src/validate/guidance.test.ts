import { describe, expect, it } from 'vitest';
import { findGuidance } from './guidance.js';

const guidance = [
  '结合申报方向，阐述解决方案服务对象及适用场景，拟解决什么问题，对疫情防控、复工复产以及产业发展的意义。',
];

describe('findGuidance', () => {
  it('finds guidance left verbatim and says where', () => {
    const value =
      '本方案面向中小企业。结合申报方向，阐述解决方案服务对象及适用场景，拟解决什么问题，对疫情防控、复工复产以及产业发展的意义。';
    expect(findGuidance(value, guidance)).toEqual({ text: guidance[0], offset: value.indexOf('结合') });
  });

  it('finds it retyped with other punctuation and line breaks', () => {
    const value = '结合申报方向, 阐述解决方案服务对象及适用场景\n拟解决什么问题,对疫情防控,复工复产以及产业发展的意义';
    expect(findGuidance(value, guidance)?.offset).toBe(0);
  });

  it('does not flag an own sentence that only shares a phrase', () => {
    expect(findGuidance('本方案对疫情防控、复工复产以及产业发展的意义重大。', guidance)).toBeUndefined();
    expect(findGuidance('', guidance)).toBeUndefined();
  });

  it('matches each guidance sentence on its own', () => {
    const two = ['第一句话很长。第二句话也很长。'];
    expect(findGuidance('开头第二句话也很长', two)).toEqual({ text: '第二句话也很长。', offset: 2 });
  });

  it('ignores guidance too short to be distinctive', () => {
    expect(findGuidance('等', ['等。'])).toBeUndefined();
  });
});
