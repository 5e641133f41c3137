import type { DeclarationOf } from '../template/declaration.js';
import type { MiitIip2020 } from './miit-iip-2020.js';

/** A complete declaration of the 2020 form that passes every rule: a starting point for tests and demos. */
export const miitIip2020Example = {
  applicant: {
    name: '华东智造工业互联网科技有限公司',
    founded: '2014年6月',
    ownership: ['private'],
    size: ['medium'],
    address: '浙江省杭州市滨江区',
    profile:
      '公司成立于2014年，专注于工业互联网平台研发与运营，主营设备联网、生产管理和供应链协同软件，服务制造企业3000余家。' +
      '拥有发明专利26项，是省级企业技术中心。',
  },
  contact: { name: '王敏', phone: '0571-88886666', title: '平台事业部总监', email: 'wangmin@example.com.cn' },
  solution: {
    name: '面向中小制造企业的复工复产协同平台',
    direction: ['capacity-recovery'],
    capabilities: ['device-connectivity', 'data-analytics'],
    newTech: ['edge-computing'],
    promotion: ['long-term-partners', 'industrial-parks'],
  },
  sections: {
    overview: {
      background:
        '疫情期间，中小制造企业面临员工返岗难、设备运维人员无法到场、订单和物料信息不畅等问题，亟需远程协同手段恢复产能。',
      content:
        '平台通过边缘网关接入数控机床、注塑机等设备，提供远程运维、在线排产和供应链协同三类应用，支持5G和有线网络。',
      businessModel: '按设备接入数量和应用模块订阅收费，疫情期间对园区企业免费开放基础功能。',
    },
    application: {
      implementation:
        '在某汽车零部件企业，平台两周内接入设备120台，实施步骤包括现场勘查、网关部署、数据建模和应用上线。',
      results: '设备综合效率提升12%，复工首月产能恢复到疫情前的95%，运维差旅成本下降40%。',
      plan: '依托长期合作的工业企业和省内工业园区推广，计划两年内服务企业1000家。',
    },
    issues: {
      problems: '现场实施人员出行受限，项目交付周期延长。',
      policyHelp: '地方复工复产补贴政策对降低企业上云成本有帮助。',
      suggestions: '建议加大对中小企业上云用平台的补贴力度。',
    },
  },
  statement: { solutionName: '面向中小制造企业的复工复产协同平台' },
} as const satisfies DeclarationOf<MiitIip2020>;
