import { GOVERNMENT_MARKERS, PLANNED_CITIES, PROVINCE_LEVEL_PLACES } from '../table/places.js';
import { defineTemplate } from '../template/define-template.js';

/**
 * 工业和信息化部办公厅关于组织开展支撑疫情防控和复工复产的工业互联网平台解决方案征集工作的通知 (2020-04-17):
 * 附件2 (the applicant's form) as fields and sections, 附件1 (the recommender's summary table) as table rules.
 * Every label, limit and guidance sentence below is quoted from the notice.
 */
export const miitIip2020 = defineTemplate({
  id: 'miit-iip-2020',
  version: 1,
  title: {
    'zh-CN': '支撑疫情防控和复工复产的工业互联网平台解决方案',
    en: 'Industrial internet platform solutions supporting epidemic control and the return to work',
  },
  meta: {
    issuer: {
      'zh-CN': '工业和信息化部办公厅',
      en: 'General Office of the Ministry of Industry and Information Technology',
    },
    published: '2020-04-17',
    deadline: '2020-05-22',
    submission: {
      address: {
        'zh-CN': '工业和信息化部（信息技术发展司）',
        en: 'MIIT, Department of Information Technology Development',
      },
      email: 'iiotpt@163.com',
      copies: {
        'zh-CN': '申报书、汇总表纸质版一式两份及扫描件电子光盘；附件1和附件2电子版发送至邮箱',
        en: 'Two paper copies of the form and the summary table plus scans on disc; both attachments by e-mail',
      },
    },
    source: '工信厅信发函〔2020〕 附件1、附件2',
  },
  countMode: 'word',
  fields: [
    {
      kind: 'text',
      path: 'applicant.name',
      label: { 'zh-CN': '单位名称', en: 'Applicant name' },
      aliases: ['申报单位名称', '单位', '申报单位'],
      required: true,
    },
    {
      kind: 'text',
      path: 'applicant.founded',
      label: { 'zh-CN': '成立时间', en: 'Date founded' },
      aliases: ['成立日期', '注册时间'],
      required: true,
      format: 'date',
    },
    {
      kind: 'choice',
      path: 'applicant.ownership',
      label: { 'zh-CN': '单位性质', en: 'Ownership' },
      box: 'square',
      min: 1,
      max: 1,
      options: [
        { id: 'state-owned', label: { 'zh-CN': '国有', en: 'State-owned' } },
        { id: 'private', label: { 'zh-CN': '民营', en: 'Private' } },
        { id: 'foreign-invested', label: { 'zh-CN': '三资', en: 'Foreign-invested' } },
        {
          id: 'other',
          label: { 'zh-CN': '其他', en: 'Other (public institutions, research institutes, …)' },
          aliases: ['其他（事业单位、科研院所等）'],
        },
      ],
    },
    {
      kind: 'choice',
      path: 'applicant.size',
      label: { 'zh-CN': '企业规模', en: 'Enterprise size' },
      box: 'square',
      min: 1,
      max: 1,
      options: [
        { id: 'large', label: { 'zh-CN': '大型', en: 'Large' } },
        { id: 'medium', label: { 'zh-CN': '中型', en: 'Medium' } },
        { id: 'small', label: { 'zh-CN': '小型', en: 'Small' } },
        { id: 'micro', label: { 'zh-CN': '微型', en: 'Micro' } },
      ],
    },
    {
      kind: 'text',
      path: 'applicant.address',
      label: { 'zh-CN': '单位地址', en: 'Address' },
      aliases: ['地址', '通讯地址'],
      required: true,
      guidance: ['省市/区'],
    },
    {
      kind: 'text',
      path: 'contact.name',
      label: { 'zh-CN': '联系人姓名', en: 'Contact name' },
      aliases: ['联系人', '姓名'],
      required: true,
    },
    {
      kind: 'text',
      path: 'contact.phone',
      label: { 'zh-CN': '联系人电话', en: 'Contact phone' },
      aliases: ['电话', '联系电话', '手机'],
      required: true,
      format: 'phone',
    },
    {
      kind: 'text',
      path: 'contact.title',
      label: { 'zh-CN': '联系人职务', en: 'Contact job title' },
      aliases: ['职务', '职位'],
      required: true,
    },
    {
      kind: 'text',
      path: 'contact.email',
      label: { 'zh-CN': '联系人E-mail', en: 'Contact e-mail' },
      aliases: ['E-mail', 'Email', '邮箱', '电子邮箱', '电子邮件'],
      required: true,
      format: 'email',
    },
    {
      kind: 'text',
      path: 'applicant.profile',
      label: { 'zh-CN': '申报单位简介', en: 'Applicant profile' },
      aliases: ['单位简介'],
      required: true,
      multiline: true,
      maxCount: 300,
      guidance: ['主营业务、技术优势等基本情况介绍'],
    },
    {
      kind: 'text',
      path: 'solution.name',
      label: { 'zh-CN': '解决方案名称', en: 'Solution name' },
      aliases: ['方案名称'],
      required: true,
    },
    {
      kind: 'choice',
      path: 'solution.direction',
      label: { 'zh-CN': '申报方向', en: 'Direction' },
      box: 'circle',
      min: 1,
      max: 1,
      options: [
        {
          id: 'emergency-response',
          label: { 'zh-CN': '提升突发事件响应能力的解决方案', en: 'Improving emergency response' },
        },
        {
          id: 'capacity-recovery',
          label: { 'zh-CN': '恢复制造企业产能的解决方案', en: "Restoring manufacturers' capacity" },
        },
        {
          id: 'supply-chain',
          label: { 'zh-CN': '保障供应链完整的解决方案', en: 'Keeping supply chains whole' },
        },
      ],
    },
    {
      kind: 'choice',
      path: 'solution.capabilities',
      label: { 'zh-CN': '技术能力优势', en: 'Technical strengths' },
      box: 'circle',
      min: 1,
      max: 2,
      options: [
        { id: 'device-connectivity', label: { 'zh-CN': '设备连接与管理', en: 'Device connectivity and management' } },
        { id: 'data-integration', label: { 'zh-CN': '数据集成应用', en: 'Data integration' } },
        {
          id: 'industrial-know-how',
          label: { 'zh-CN': '工业经验数字化、模块化', en: 'Digitized, modular industrial know-how' },
        },
        { id: 'data-analytics', label: { 'zh-CN': '数据智能分析', en: 'Intelligent data analysis' } },
        { id: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
      ],
    },
    {
      kind: 'choice',
      path: 'solution.newTech',
      label: { 'zh-CN': '新技术应用', en: 'New technology' },
      box: 'circle',
      min: 1,
      max: 1,
      options: [
        { id: '5g', label: { 'zh-CN': '5G', en: '5G' } },
        { id: 'edge-computing', label: { 'zh-CN': '边缘计算', en: 'Edge computing' } },
        { id: 'ai', label: { 'zh-CN': '人工智能', en: 'Artificial intelligence' } },
        { id: 'digital-twin', label: { 'zh-CN': '数字孪生', en: 'Digital twin' } },
        { id: 'ar-vr', label: { 'zh-CN': 'AR/VR', en: 'AR/VR' } },
        { id: 'blockchain', label: { 'zh-CN': '区块链', en: 'Blockchain' } },
        { id: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
      ],
    },
    {
      kind: 'choice',
      path: 'solution.promotion',
      label: { 'zh-CN': '业务推广模式', en: 'Go-to-market' },
      box: 'circle',
      min: 1,
      max: 3,
      options: [
        { id: 'group-internal', label: { 'zh-CN': '面向母公司集团内推广', en: "Within the parent company's group" } },
        {
          id: 'long-term-partners',
          label: { 'zh-CN': '面向长期合作的工业企业推广', en: 'To long-term industrial partners' },
        },
        {
          id: 'partner-programs',
          label: { 'zh-CN': '借助合作伙伴计划、代理商推广', en: 'Through partner programmes and agents' },
        },
        {
          id: 'benchmark-cases',
          label: { 'zh-CN': '借助标杆案例向同行业其他企业推广', en: 'Through flagship cases to peers' },
        },
        {
          id: 'industrial-parks',
          label: {
            'zh-CN': '面向聚集区、示范区、工业园区推广',
            en: 'To clusters, demonstration zones and industrial parks',
          },
        },
        { id: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
      ],
    },
    {
      kind: 'text',
      path: 'statement.solutionName',
      label: { 'zh-CN': '单位责任声明中的解决方案名称', en: 'Solution name in the statement' },
      required: true,
    },
  ],
  sections: [
    {
      path: 'sections.overview',
      numbering: '二',
      label: { 'zh-CN': '解决方案的基本情况', en: 'The solution' },
      maxCount: 3000,
      subsections: [
        {
          path: 'sections.overview.background',
          numbering: '（一）',
          label: { 'zh-CN': '背景需求', en: 'Background and needs' },
          required: true,
          guidance: [
            '结合申报方向，阐述解决方案服务对象及适用场景，拟解决什么问题，对疫情防控、复工复产以及产业发展的意义。',
          ],
        },
        {
          path: 'sections.overview.content',
          numbering: '（二）',
          label: { 'zh-CN': '建设内容', en: 'What it builds' },
          required: true,
          guidance: ['对解决方案建设的总体目标、关键技术、功能特点、创新性等方面进行简要介绍。'],
        },
        {
          path: 'sections.overview.businessModel',
          numbering: '（三）',
          label: { 'zh-CN': '商业模式', en: 'Business model' },
          required: true,
          guidance: ['介绍服务模式、收费模式等。'],
        },
      ],
    },
    {
      path: 'sections.application',
      numbering: '三',
      label: { 'zh-CN': '解决方案的应用推广', en: 'Application and promotion' },
      maxCount: 3000,
      subsections: [
        {
          path: 'sections.application.implementation',
          numbering: '（一）',
          label: { 'zh-CN': '解决方案落地实施', en: 'Implementation' },
          required: true,
          guidance: ['结合实际应用案例，以问题为导向，描述用户应用解决方案的切入点、部署环节、实施步骤等情况。'],
        },
        {
          path: 'sections.application.results',
          numbering: '（二）',
          label: { 'zh-CN': '解决方案应用成效', en: 'Results' },
          required: true,
          guidance: ['解决了哪些痛点问题，获得的可量化经济效益或社会效益。'],
        },
        {
          path: 'sections.application.plan',
          numbering: '（三）',
          label: { 'zh-CN': '解决方案推广计划', en: 'Promotion plan' },
          required: true,
          guidance: ['结合所选方向，描述解决方案的市场前景、推广模式等'],
        },
      ],
    },
    {
      path: 'sections.issues',
      numbering: '四',
      label: { 'zh-CN': '问题和建议', en: 'Problems and suggestions' },
      maxCount: 500,
      subsections: [
        {
          path: 'sections.issues.problems',
          numbering: '（一）',
          label: {
            'zh-CN': '在疫情期间，解决方案服务商面临什么问题',
            en: 'Problems solution providers faced during the epidemic',
          },
          required: true,
        },
        {
          path: 'sections.issues.policyHelp',
          numbering: '（二）',
          label: {
            'zh-CN': '目前工信部或地方政策是否对解决该问题有帮助',
            en: 'Whether current MIIT or local policies help',
          },
          required: true,
        },
        {
          path: 'sections.issues.suggestions',
          numbering: '（三）',
          label: { 'zh-CN': '政策建议', en: 'Policy suggestions' },
          required: true,
        },
      ],
    },
  ],
  rules: [{ kind: 'equals', path: 'statement.solutionName', equals: 'solution.name' }],
  structure: {
    instructions: ['填写说明'],
    // 附件2's own headings of part 一 and its two tables: structure, not answers.
    basic: ['基本信息', '申报单位基本信息', '解决方案基本信息'],
    statement: { heading: '单位责任声明', path: 'statement.solutionName', after: ['提交了', '提交'] },
    minLandmarks: 3,
  },
  summaryTable: {
    title: {
      'zh-CN': '支撑疫情防控和复工复产的工业互联网平台解决方案推荐信息汇总表',
      en: 'Summary of recommended industrial internet platform solutions',
    },
    columns: [
      { key: 'seq', label: { 'zh-CN': '序号', en: 'No.' }, required: true, format: 'sequence' },
      { key: 'solutionName', label: { 'zh-CN': '解决方案名称', en: 'Solution name' }, required: true },
      {
        key: 'applicantName',
        label: { 'zh-CN': '申报单位名称', en: 'Applicant' },
        aliases: ['申报单位', '单位名称'],
        required: true,
      },
      { key: 'contactName', label: { 'zh-CN': '联系人', en: 'Contact' }, required: true },
      {
        key: 'phone',
        label: { 'zh-CN': '电话', en: 'Phone' },
        aliases: ['联系电话'],
        required: true,
        format: 'phone',
      },
      {
        key: 'email',
        label: { 'zh-CN': '邮箱', en: 'E-mail' },
        aliases: ['E-mail', 'Email', '电子邮箱'],
        required: true,
        format: 'email',
      },
    ],
    sequenceColumn: 'seq',
    applicantColumn: 'applicantName',
    header: [
      {
        kind: 'text',
        path: 'recommender.name',
        label: { 'zh-CN': '推荐单位名称', en: 'Recommender' },
        aliases: ['推荐单位'],
        required: true,
      },
      { kind: 'text', path: 'recommender.contactName', label: { 'zh-CN': '联系人', en: 'Contact' }, required: true },
      {
        kind: 'text',
        path: 'recommender.contactPhone',
        label: { 'zh-CN': '联系电话', en: 'Contact phone' },
        required: true,
        format: 'phone',
      },
    ],
    recommenderTypes: [
      {
        id: 'city',
        label: { 'zh-CN': '计划单列市', en: 'a city with independent planning status' },
        quota: 5,
        places: PLANNED_CITIES,
      },
      {
        id: 'province',
        label: {
          'zh-CN': '省、自治区、直辖市及新疆生产建设兵团',
          en: 'a province, autonomous region, municipality or the Xinjiang Production and Construction Corps',
        },
        quota: 10,
        places: PROVINCE_LEVEL_PLACES,
      },
      {
        id: 'central',
        label: { 'zh-CN': '中央企业和部属单位', en: 'a central enterprise or ministry unit' },
        quota: 3,
        places: [],
        reportsDirectly: true,
      },
    ],
    governmentMarkers: GOVERNMENT_MARKERS,
  },
});

export type MiitIip2020 = typeof miitIip2020;
