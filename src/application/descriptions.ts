import type { Guideline } from '../guideline/model.js';

type Text = readonly [zh: string, en: string];

/**
 * What each key of application.yaml is, for the JSON Schema an editor shows while the
 * applicant types (Chinese, then English). Keys whose names come from the guideline
 * (targets, declarations, vocabulary values) are described from it.
 */
const KEYS: Record<string, Text> = {
  format: ['文件格式，写 guilin-grants/application@1（可省略）', 'File format: guilin-grants/application@1 (optional)'],
  guideline: ['申报所依据的指南，如 guilin-2019（可省略）', 'The guideline applied to, e.g. guilin-2019 (optional)'],
  project: ['项目编号 1–16', 'Project number 1–16'],
  direction: [
    '课题方向编号：项目 5 和 15 必填，其他项目不写',
    'Direction number: required for projects 5 and 15, absent otherwise',
  ],
  tier: [
    '项目类别：15-3 和 16 必填（见 guilin-grants show）',
    'Tier: required for 15-3 and 16 (see guilin-grants show)',
  ],
  title: ['项目名称', 'Project title'],
  fields: [
    '技术领域，至少一项，写成列表，如 [electronic_information]',
    'Technology fields, at least one, as a list, e.g. [electronic_information]',
  ],
  period: ['实施年限，写成 { start: 2019, end: 2021 }', 'Implementation period, written { start: 2019, end: 2021 }'],
  'period.start': ['起始年份', 'First year'],
  'period.end': ['结束年份', 'Last year'],
  funding: ['经费（万元）', 'Funding (万元, 10,000 CNY)'],
  'funding.requested': ['申请市财政资助（万元），大于 0', 'City funding requested (万元), more than 0'],
  'funding.matching': ['单位自筹配套经费（万元），没有写 0', 'Own matching funds (万元); 0 if none'],
  applicant: ['第一申报单位', 'The lead applicant'],
  'applicant.name': [
    '单位名称，与营业执照或法人证书一致',
    'Name, as on the business licence or legal-person certificate',
  ],
  'applicant.type': ['单位性质', 'Legal nature of the unit'],
  'applicant.inGuilin': [
    '是否在桂林注册或驻在桂林（true/false，也可写 是/否）',
    'Registered or based in Guilin (true/false; 是/否 accepted)',
  ],
  'applicant.creditCode': ['统一社会信用代码，18 位（可省略）', 'Unified social credit code, 18 characters (optional)'],
  'applicant.highTech': [
    '高新技术企业：valid（有效）、reserve（培育后备）、none（不是）',
    'High-tech enterprise: valid, reserve (candidate) or none',
  ],
  'applicant.smeNumber': ['科技型中小企业评价入库编号（可省略）', 'Tech SME registration number (optional)'],
  'applicant.centralOrRegional': [
    '是否中直或区直单位（影响项目 9）',
    'A central or Guangxi-level unit (matters for project 9)',
  ],
  'applicant.platforms': ['本单位已有的经认定的平台', 'Recognised platforms the unit holds'],
  'applicant.platforms[].kind': ['平台类型', 'Kind of platform'],
  'applicant.platforms[].level': ['认定级别', 'Level of recognition'],
  'applicant.platforms[].name': ['平台名称', 'Name of the platform'],
  partners: ['合作单位（可省略；没有写 []）', 'Partners (optional; [] for none)'],
  'partners[].name': ['合作单位名称', "Partner's name"],
  'partners[].type': ['合作单位性质', "Partner's legal nature"],
  'partners[].country': [
    '国家代码（ISO 3166 两位大写字母，如 CN、DE；中国可写「中国」）',
    'Country code (ISO 3166, two capitals, e.g. CN, DE)',
  ],
  leader: ['项目负责人，写成 { name: 张三 }', 'Project leader, written { name: 张三 }'],
  'leader.name': ['项目负责人姓名', "Leader's name"],
  talent: ['人才（仅项目 9）', 'Talent (project 9 only)'],
  'talent.route': ['人才途径', 'Route of the talent'],
  'talent.name': ['人才姓名', "Talent's name"],
  'talent.isLeader': ['是否为项目负责人', 'Whether the talent leads the project'],
  'talent.introducedOn': ['引进日期，写成 年-月-日，如 2018-03-01', 'Date introduced, year-month-day, e.g. 2018-03-01'],
  'talent.category': ['人才类别 1–5（市办发〔2017〕6号 第四条）', 'Talent category 1–5'],
  'talent.serviceRatio': [
    '为项目工作的时间比例，0 到 1 的小数，如 0.6',
    'Share of working time on the project, a fraction 0–1, e.g. 0.6',
  ],
  commissioner: ['科技特派员（仅项目 14）', 'Science and technology commissioner (project 14 only)'],
  'commissioner.name': ['特派员姓名', "Commissioner's name"],
  'commissioner.dispatchedByApplicant': [
    '申报单位是否为特派员的派出单位',
    "Whether the applicant is the commissioner's dispatching unit",
  ],
  'commissioner.mainImplementer': ['特派员是否为课题主要实施人员', 'Whether the commissioner is a main implementer'],
  drug: ['药物研发阶段（项目 2，可省略）', 'Drug development stage (project 2, optional)'],
  'drug.stage': ['研发阶段', 'Stage'],
  ecoIndustry: ['是否生态产业项目（项目 16）', 'Ecological industry project (project 16)'],
  targets: ['考核指标', 'Performance targets'],
  declarations: ['声明', 'Declarations'],
  attachments: [
    '附件，每项写 - { kind: 类型, file: attachments/文件名 }',
    'Attachments, each - { kind: KIND, file: attachments/NAME }',
  ],
  'attachments[].kind': ['附件类型', 'Kind of attachment'],
  'attachments[].file': ['附件文件路径，相对于本文件所在文件夹', "File path, relative to this file's folder"],
  'attachments[].by': ['推荐单位（推荐函）', 'Who recommends (recommendation letters)'],
  'attachments[].partner': [
    '所属合作单位名称（合作协议及其译文）',
    "The partner's name (agreements and their translations)",
  ],
  'attachments[].name': ['附件名称', 'Name of the attachment'],
};

/** Every key's description, by its dotted path (`[]` for a list's items). */
export function keyDescriptions(g: Guideline): Map<string, string> {
  const out = new Map<string, string>();
  const put = (path: string, [zh, en]: Text) => out.set(path, `${zh} / ${en}`);
  for (const [path, text] of Object.entries(KEYS)) put(path, text);
  for (const t of g.file.vocabulary.targets) {
    const unit = t.type === 'ratio' ? ['，0 到 1 的小数，如 0.85', ', a fraction 0–1, e.g. 0.85'] : ['', ''];
    put(`targets.${t.id}`, [
      `${g.label('targets', t.id, 'zh')}${unit[0]}`,
      `${g.label('targets', t.id, 'en')}${unit[1]}`,
    ]);
  }
  for (const line of g.lines)
    for (const r of line.rules)
      if (r.rule === 'declaration' && !out.has(`declarations.${r.params.key}`))
        put(`declarations.${r.params.key}`, [`声明：${r.clause}`, `Declaration (see the guide: ${r.clause})`]);
  // Declarations the guide no longer demands are still accepted (12's noDuplicateSubsidy): said as optional.
  for (const d of g.file.vocabulary.declarations ?? [])
    if (!out.has(`declarations.${d.id}`))
      put(`declarations.${d.id}`, [
        `声明（可选，指南未要求）：${d.zh}`,
        `Declaration (optional, not demanded by the guide): ${d.en}`,
      ]);
  return out;
}
