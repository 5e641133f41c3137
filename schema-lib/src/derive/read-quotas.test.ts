import { describe, expect, it } from 'vitest';
import { textToSource } from '../parse/from-text.js';
import { PLANNED_CITIES, PROVINCE_LEVEL_PLACES, SUB_PROVINCIAL_CITIES } from '../table/places.js';
import { readQuotas } from './read-quotas.js';

const quotas = (text: string) => readQuotas(textToSource(text).items);

describe('readQuotas', () => {
  it('reads the seed notice’s three kinds: cities before provinces, the direct reporters last', () => {
    const read = quotas(
      '（二）各省、自治区、直辖市推荐的解决方案不超过10个，各计划单列市推荐的解决方案不超过5个。中央企业和部属单位不占属地指标，可直接报送，推荐的解决方案不超过3个。',
    );
    expect(read.types).toEqual([
      { id: 'city', label: { 'zh-CN': '计划单列市', en: '计划单列市' }, quota: 5, places: PLANNED_CITIES },
      {
        id: 'province',
        label: { 'zh-CN': '省、自治区、直辖市', en: '省、自治区、直辖市' },
        quota: 10,
        places: PROVINCE_LEVEL_PLACES,
      },
      {
        id: 'central',
        label: { 'zh-CN': '中央企业和部属单位', en: '中央企业和部属单位' },
        quota: 3,
        places: [],
        reportsDirectly: true,
      },
    ]);
    expect(read.undecided).toEqual([]);
    const quota = read.findings.find((f) => f.path.endsWith('.central') && f.rule === 'quota');
    expect(quota).toMatchObject({ value: 3, confidence: 'stated', from: 'notice' });
    expect(read.findings.find((f) => f.path.endsWith('.central') && f.rule === 'places')?.confidence).toBe('inferred');
  });

  it('reads other wordings: 原则上不超过, 限报, 每家不超过 after the subject’s own clause; 副省级 is no province', () => {
    const read = quotas(
      [
        '各省、自治区、直辖市中小企业主管部门推荐数量原则上不超过8个。',
        '各副省级城市限报4个，不占所在省份名额。',
        '有关行业协会可直接推荐，每家不超过2个。',
      ].join('\n'),
    );
    expect(read.types.map((t) => [t.id, t.quota, t.reportsDirectly ?? false])).toEqual([
      ['sub-provincial', 4, false],
      ['province', 8, false],
      ['central', 2, true],
    ]);
    expect(read.types[0]?.places).toEqual(SUB_PROVINCIAL_CITIES);
  });

  it('takes no limit on an applicant or a field for a quota', () => {
    const read = quotas('每个申报主体只能申报1个解决方案。每家企业限报1个案例。案例名称不超过30个汉字。');
    expect(read.types.map((t) => t.id)).toEqual(['other']);
  });

  it('asks who the rest are when no kind takes them, and which places make a kind it cannot place', () => {
    const read = quotas('各省级主管部门推荐不超过6个。各地市推荐不超过2个。');
    expect(read.types.map((t) => [t.id, t.quota, t.places.length > 0])).toEqual([
      ['province', 6, true],
      ['type2', 2, false],
      ['other', undefined, false],
    ]);
    expect(read.undecided.map((u) => `${u.path} ${u.question}`)).toEqual([
      'summaryTable.recommenderTypes.type2 quota-places',
      'summaryTable.recommenderTypes.other quota',
    ]);
  });
});
