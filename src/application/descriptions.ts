import { talentRuleOf, yearsOf, type Guideline, type Line } from '../guideline/model.js';
import type { Predicate } from '../guideline/schema.js';

type Text = readonly [zh: string, en: string];

/**
 * What each key of application.yaml is, for the JSON Schema an editor shows while the
 * applicant types (Chinese, then English). What a key is, is the format's; which
 * projects, lines, years and categories it concerns is the guide's, and is read from
 * it (`ofGuide`), as are the keys whose names come from it (targets, declarations):
 * next year's guide describes its own.
 */
const KEYS: Record<string, Text> = {
  format: ['文件格式，写 guilin-grants/application@1（可省略）', 'File format: guilin-grants/application@1 (optional)'],
  title: ['项目名称', 'Project title'],
  tier: ['项目类别（见 guilin-grants show）', 'Tier (see guilin-grants show)'],
  fields: [
    '技术领域，至少一项，写成列表，如 [electronic_information]',
    'Technology fields, at least one, as a list, e.g. [electronic_information]',
  ],
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
  'applicant.centralOrRegional': ['是否中直或区直单位', 'A central or Guangxi-level unit'],
  'applicant.creditCode': ['统一社会信用代码，18 位（可省略）', 'Unified social credit code, 18 characters (optional)'],
  'applicant.highTech': [
    '高新技术企业：valid（有效）、reserve（培育后备）、none（不是）',
    'High-tech enterprise: valid, reserve (candidate) or none',
  ],
  'applicant.smeNumber': ['科技型中小企业评价入库编号（可省略）', 'Tech SME registration number (optional)'],
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
  talent: ['人才', 'Talent'],
  'talent.route': ['人才途径', 'Route of the talent'],
  'talent.name': ['人才姓名', "Talent's name"],
  'talent.isLeader': ['是否为项目负责人', 'Whether the talent leads the project'],
  'talent.introducedOn': ['引进日期，写成 年-月-日，如 2018-03-01', 'Date introduced, year-month-day, e.g. 2018-03-01'],
  'talent.category': ['人才类别', 'Talent category'],
  'talent.serviceRatio': [
    '为项目工作的时间比例，0 到 1 的小数，如 0.6',
    'Share of working time on the project, a fraction 0–1, e.g. 0.6',
  ],
  commissioner: ['科技特派员', 'Science and technology commissioner'],
  'commissioner.name': ['特派员姓名', "Commissioner's name"],
  'commissioner.dispatchedByApplicant': [
    '申报单位是否为特派员的派出单位',
    "Whether the applicant is the commissioner's dispatching unit",
  ],
  'commissioner.mainImplementer': ['特派员是否为课题主要实施人员', 'Whether the commissioner is a main implementer'],
  drug: ['药物研发阶段（可省略）', 'Drug development stage (optional)'],
  'drug.stage': ['研发阶段', 'Stage'],
  ecoIndustry: ['是否生态产业项目', 'Ecological industry project'],
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
  return new Map([...descriptionTexts(g)].map(([path, [zh, en]]) => [path, `${zh} / ${en}`]));
}

const named = new WeakMap<Guideline, Map<string, Map<string, string | null>>>();

/**
 * The key a Chinese name stands for where it is written (`项目名称` → title, `单位名称`
 * under applicant → name): the name init's comments and the editor give the key, its
 * description up to the first mark, or its last words, when no other key there has it.
 */
export function keyNamed(g: Guideline, parent: readonly (string | number)[], name: string): string | undefined {
  let index = named.get(g);
  if (!index) {
    index = new Map();
    for (const [path, [zh]] of descriptionTexts(g)) {
      const dot = path.lastIndexOf('.');
      const [under, key] = dot < 0 ? ['', path] : [path.slice(0, dot), path.slice(dot + 1)];
      const names = index.get(under) ?? new Map<string, string | null>();
      const head = headOf(zh);
      names.set(head, names.has(head) ? null : key);
      index.set(under, names);
    }
    named.set(g, index);
  }
  const under = parent.reduce<string>((p, s) => (typeof s === 'number' ? `${p}[]` : p ? `${p}.${s}` : s), '');
  const names = index.get(under);
  const head = headOf(name);
  if (!names || head.length < 2) return undefined;
  if (names.has(head)) return names.get(head) ?? undefined;
  // The name's last words (名称 for 合作单位名称, 新产品 for 新技术、新产品), when one key's name ends so.
  const ending = [...names].filter(([n]) => n.endsWith(head));
  return ending.length === 1 ? (ending[0]![1] ?? undefined) : undefined;
}

const texts = new WeakMap<Guideline, Map<string, Text>>();

/** What a key is, in one language (`applicant.highTech` → 高新技术企业：valid（有效）、…), by its path in the data. */
export function keyDescription(
  g: Guideline,
  path: readonly (string | number)[],
  lang: 'zh' | 'en',
): string | undefined {
  let all = texts.get(g);
  if (!all) texts.set(g, (all = descriptionTexts(g)));
  const key = path.reduce<string>((p, s) => (typeof s === 'number' ? `${p}[]` : p ? `${p}.${s}` : s), '');
  return all.get(key)?.[lang === 'zh' ? 0 : 1];
}

/** A name without what follows it: `申请市财政资助（万元），大于 0` is 申请市财政资助. */
function headOf(text: string): string {
  return text.split(/[，,（(：:]/)[0]!.trim();
}

function descriptionTexts(g: Guideline): Map<string, Text> {
  const out = new Map<string, Text>();
  const put = (path: string, text: Text) => out.set(path, text);
  for (const [path, text] of Object.entries(KEYS)) put(path, text);
  for (const [path, text] of Object.entries(ofGuide(g))) put(path, text);
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

/** `5 和 15`, `5、15 和 16` / `5 and 15`, `5, 15 and 16`. */
function listed(items: string[]): Text {
  const last = items.at(-1) ?? '';
  const rest = items.slice(0, -1);
  return rest.length ? [`${rest.join('、')} 和 ${last}`, `${rest.join(', ')} and ${last}`] : [last, last];
}

/** `1–16`, or `1` for a guide of one project. */
function range(numbers: number[]): string {
  const [lo, hi] = [Math.min(...numbers), Math.max(...numbers)];
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** The conditions a line sets on who applies: its requirements' `when`, and its priorities. */
function predicatesOf(line: Line): Predicate[] {
  return line.rules.flatMap((r) => [...(r.when ? [r.when] : []), ...(r.rule === 'priority' ? r.params.anyOf : [])]);
}

/**
 * The descriptions that name what the guide decides: its id, its projects, lines, years
 * and categories, in place of the format's plain words for a key that concerns some lines.
 */
function ofGuide(g: Guideline): Record<string, Text> {
  const codes = (test: (l: Line) => boolean) => listed(g.lines.filter(test).map((l) => l.code));
  const projects = [...new Set(g.lines.map((l) => l.project))];
  const withDirections = listed([
    ...new Set(g.lines.filter((l) => l.direction !== null).map((l) => String(l.project))),
  ]);
  const tiered = codes((l) => l.tiers.length > 1);
  const { start, end } = yearsOf(g);
  const talent = talentRuleOf(g);
  const talentLines = codes((l) => l.rules.some((r) => r.rule === 'talent'));
  const commissionerLines = codes((l) => l.rules.some((r) => r.rule === 'commissioner'));
  const drugLines = codes((l) => predicatesOf(l).some((p) => p.drugStage !== undefined));
  const ecoLines = codes((l) => predicatesOf(l).some((p) => p.flag === 'ecoIndustry'));
  const out: Record<string, Text> = {
    guideline: [`申报所依据的指南，如 ${g.id}（可省略）`, `The guideline applied to, e.g. ${g.id} (optional)`],
    project: [`项目编号 ${range(projects)}`, `Project number ${range(projects)}`],
    direction: withDirections[0]
      ? [
          `课题方向编号：项目 ${withDirections[0]} 必填，其他项目不写`,
          `Direction number: required for projects ${withDirections[1]}, absent otherwise`,
        ]
      : ['课题方向编号：本指南的项目都不写', 'Direction number: no project of this guide has one'],
    period: [
      `实施年限，写成 { start: ${start}, end: ${end} }`,
      `Implementation period, written { start: ${start}, end: ${end} }`,
    ],
  };
  if (tiered[0])
    out.tier = [
      `项目类别：${tiered[0]} 必填（见 guilin-grants show）`,
      `Tier: required for ${tiered[1]} (see guilin-grants show)`,
    ];
  if (talentLines[0]) {
    out.talent = [`人才（仅项目 ${talentLines[0]}）`, `Talent (project ${talentLines[1]} only)`];
    out['applicant.centralOrRegional'] = [
      `是否中直或区直单位（影响项目 ${talentLines[0]}）`,
      `A central or Guangxi-level unit (matters for project ${talentLines[1]})`,
    ];
  }
  if (talent) {
    // The talent rule's categories, and those of a central or Guangxi-level unit, which it also sets.
    const { categories: c, centralOrRegionalCategories: cr } = talent.params;
    out['talent.category'] = [
      `人才类别 ${c.min}–${c.max}（中直、区直单位 ${cr.min}–${cr.max}）`,
      `Talent category ${c.min}–${c.max} (${cr.min}–${cr.max} for central or Guangxi-level units)`,
    ];
  }
  if (commissionerLines[0])
    out.commissioner = [
      `科技特派员（仅项目 ${commissionerLines[0]}）`,
      `Science and technology commissioner (project ${commissionerLines[1]} only)`,
    ];
  if (drugLines[0])
    out.drug = [
      `药物研发阶段（项目 ${drugLines[0]}，可省略）`,
      `Drug development stage (project ${drugLines[1]}, optional)`,
    ];
  if (ecoLines[0])
    out.ecoIndustry = [
      `是否生态产业项目（项目 ${ecoLines[0]}）`,
      `Ecological industry project (project ${ecoLines[1]})`,
    ];
  return out;
}
