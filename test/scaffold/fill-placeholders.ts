import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fact } from '../support/guide-facts.js';

/**
 * Fills a scaffold's placeholders the way an applicant who meets the line would:
 * values taken from the spec's Rules table and the hand-copied guide facts, never
 * from the guideline file the scaffold was made from. A placeholder this table does
 * not know is an error: the scaffold asked for something the spec does not.
 */
const COMMON: Record<string, unknown> = {
  title: '桂林某某关键技术研究与应用示范',
  // Project 10 needs one of the eight national high-tech fields; electronic information is one.
  fields: ['electronic_information'],
  'applicant.name': '桂林某某科技有限公司',
  // Every lead-type rule of the spec admits an enterprise.
  'applicant.type': 'enterprise',
  'applicant.inGuilin': true,
  // GB 32100-2015 check digit 1.
  'applicant.creditCode': '91450300MA5KT12341',
  'applicant.highTech': 'valid',
  'applicant.smeNumber': '2019450300A0000123',
  'applicant.centralOrRegional': false,
  'leader.name': '张三',
  'partners[0].name': '桂林电子科技大学',
  'partners[0].type': 'university',
  'partners[0].country': 'CN',
  'talent.route': 'introduced',
  'talent.name': '张三',
  'talent.isLeader': true,
  'talent.introducedOn': '2018-03-01',
  'talent.category': 2,
  'commissioner.name': '李四',
  'commissioner.dispatchedByApplicant': true,
  'commissioner.mainImplementer': true,
  'drug.stage': 'clinical',
  ecoIndustry: true,
  'targets.newProducts': 2,
  'targets.massProduction': true,
  'targets.newDrugCertificate': true,
  'targets.clinicalApproval': true,
  'targets.patents': 3,
  'targets.hteApplicationYear': 2020,
  'targets.keyLabApplicationYear': 2020,
  'targets.smeFilings': 5,
  'targets.highTechCultivated': 2,
  'targets.competitionEntries': 3,
  'targets.mentors': 4,
  'targets.breakthroughs': 1,
  'targets.platforms': 1,
  'targets.talentTeams': 1,
  'targets.revenue': 2500,
  'targets.techTransaction': 1600,
  'targets.poorVillages': 3,
  'targets.poorHouseholds': 120,
  'targets.industryCoverage': 0.85,
  'targets.villageIncome': 6,
  'declarations.noDuplicateSubsidy': true,
};

/** The platform each platform rule of the spec accepts. */
const PLATFORM: Record<string, { kind: string; level: string }> = {
  '5-1': { kind: 'key_lab', level: 'national' },
  '6': { kind: 'incubator', level: 'city' },
  '7': { kind: 'agri_science_park', level: 'guangxi' },
};

function valueFor(code: string, tier: string | null, path: string): unknown {
  const t = fact(code).tiers.find((x) => x.tier === tier)!;
  if (path === 'funding.requested') return t.max;
  // Projects 1–4 ask for matching funds of at least twice the amount requested.
  if (path === 'funding.matching') return ['1', '2', '3', '4'].includes(code) ? t.max * 2 : 0;
  if (path === 'applicant.platforms[0].kind') return PLATFORM[code]!.kind;
  if (path === 'applicant.platforms[0].level') return PLATFORM[code]!.level;
  if (path === 'applicant.platforms[0].name') return '某某平台';
  if (/^attachments\[\d+\]\.partner$/.test(path)) return COMMON['partners[0].name'];
  if (!(path in COMMON)) throw new Error(`line ${code}: no value for the placeholder ${path}`);
  return COMMON[path];
}

/** Every placeholder (a null value) of a YAML text, by path: `funding.requested`, `partners[0].type`. */
export function placeholderPaths(text: string): string[] {
  const doc = parseDocument(text);
  const out: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (isMap(node))
      for (const pair of node.items)
        walk(
          pair.value,
          path
            ? `${path}.${String((pair.key as { value: unknown }).value)}`
            : String((pair.key as { value: unknown }).value),
        );
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (node === null || (isScalar(node) && node.value === null)) out.push(path);
  };
  walk(doc.contents, '');
  return out;
}

/** The text with every placeholder replaced by a valid value, comments kept. */
export function fillPlaceholders(text: string, code: string, tier: string | null): string {
  const doc = parseDocument(text);
  for (const path of placeholderPaths(text)) {
    const segments = path
      .split(/\.|\[(\d+)\]/)
      .filter((s) => s !== undefined && s !== '')
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    doc.setIn(segments, doc.createNode(valueFor(code, tier, path)) as Node);
  }
  return doc.toString();
}
