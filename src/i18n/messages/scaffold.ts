import type { WriteStatus } from '../../util/write-file.js';
import type { Catalogue, MessagesOf } from '../index.js';

type Range = { min: number; max: number };

const NOT_GUIDE_ZH = '非指南要求';
const NOT_GUIDE_EN = 'not a requirement of the guide';

/**
 * `init`: what it says on the terminal, and the phrases it writes into the scaffold
 * beside the templates' own text (templates/zh, templates/en).
 */
/** The guide's word for a direction: 课题方向, but where it heads one otherwise (支持方向). */
const directionWord = (heading: string | undefined) => heading ?? '课题方向';

const zh = {
  // --- the documents ---
  /** `heading`: the guide's word for the direction where it is not 课题方向 (支持方向). */
  lineName: (
    project: number,
    direction: number | null,
    heading: string | undefined,
    title: string,
    tier: string | null,
  ) =>
    `项目${project}${direction === null ? '' : ` ${directionWord(heading)}${direction}`} ${title}${tier ? `（${tier}）` : ''}`,
  /** Above `direction:` in application.yaml. */
  directionHeading: directionWord,
  list: (items: string[]) => items.join('、'),
  option: (id: string, label: string) => `${id}（${label}）`,
  amountRange: (min: number | null, max: number, tier: string | null) =>
    `${tier ? `${tier} ` : ''}${min === null ? `不超过 ${max} 万元` : `${min}–${max} 万元`}`,
  /** The awards planned: the guide's own words in zh (a value in a form, so unquoted), in words in en (as `show` gives them). */
  awards: (clause: string, _n: number, _upTo: boolean) => clause,
  years: (s: number, e: number) => `${s}—${e} 年`,
  year: (y: number) => `${y}年`,
  yearSuffix: '年',
  numeral: (n: string) => `${n}、`,
  paren: (s: string) => `（${s}）`,
  tag: { requirement: '要求', content: '内容所指', priority: '优先支持', encouraged: '鼓励', convention: '工具校验' },
  /** What is not a 申报要求, said apart as what it is. */
  notRequirements: '以下不是指南的申报要求，不符合不影响申报资格，列出供参考：',
  otherGroup: {
    content: '本方向内容所指（研究内容/支持方向写明面向谁，申报要求未列为条件；不符合的请与管理科室确认）',
    encouraged: '指南鼓励或优先支持的（不影响申报资格）',
    convention: '工具校验（非指南要求）',
  },
  noOwnRequirements: '指南没有为本方向列出自己的申报要求。',
  noEligibility: '本方向的申报要求对申报单位本身没有专门规定。',
  drugOptional:
    '创新药或中成药二次开发：去掉下面两行开头的 # 并填写阶段；医疗器械、医用敷料及诊疗设备或专利到期药物抢仿也可填 device 或 generic，或不写。',
  callNotice:
    '本指南是申报通知的附件1。申报通知中的一般条件（哪些单位可以申报、每个单位的限项、有在研未结题项目的限制、申报时间、报送方式等）不在指南中，本提纲也没有列出，请以申报通知为准。',
  otherAttachments: '以下附件不是指南的申报要求，可按需提供：',
  requirementLine: (tag: string, text: string) => `${tag}：${text}`,
  clauseLine: (clause: string) => `原文：「${clause}」`,
  conventionLine: (reference: string | null) => `工具校验，非指南要求${reference ? `（依据 ${reference}）` : ''}`,
  whenLine: (when: string) => `适用于：${when}`,
  tagWhen: (tag: string, when: string) => `${tag}（${when}）`,
  need: { error: '必须提供', warning: '建议提供', info: '可选' },
  perGuide: (range: string) => `指南：${range}`,
  withUnit: (label: string, unit: string) => `${label}（${unit}）`,
  anyOfHint: '以下指标至少达到一项；不设定的指标可删去',
  conditionalHint: '以上要求都不适用于本项目时，可删去下面这一项',
  centralNote: (min: number, max: number) => `中直、区直单位引进的人才须符合 ${min}–${max} 类`,
  talentCategories: (all: Range, central: Range) =>
    `${all.min}–${all.max} 类（中直、区直单位为 ${central.min}–${central.max} 类），填数字`,
  flagQuestion: (flag: string) =>
    `${flag}：下面这条要求只适用于其中所说的那类项目；本项目属于这类项目填 true，否则填 false`,
  declarationHint: '如实承诺后填 true',
  noneYet: '没有则保持 []；有则按上面的格式逐个列出',
  partnersNone: '没有合作单位则保持 []',
  partnerHowTo: (types: string, country: boolean) =>
    `每个单位写一行 - { name: 名称, type: 单位性质${country ? ', country: 国别' : ''} }；单位性质可填：${types}${country ? '；国别写两位字母代码，国内单位填 CN' : ''}`,
  hteYearNote: (years: number[]) =>
    `高新技术企业认定申报年份：高企培育潜力后备企业须填 ${years.join(' 或 ')}（见 applicant.highTech 的要求）；有效期内的高新技术企业可删去此项`,
  targetKey: (label: string, type: 'count' | 'bool' | 'amount' | 'ratio' | 'year', unit: string | null) => {
    const hint =
      type === 'bool'
        ? 'true 或 false'
        : type === 'ratio'
          ? '0–1 之间的小数，80% 写 0.8'
          : type === 'year'
            ? '年份'
            : (unit ?? '数字');
    return `${label}（${hint}）`;
  },
  noAttachments:
    '本方向指南没有要求专门的附件；其他证明材料可按 - { kind: other, name: 名称, file: attachments/文件名 } 列出',
  /** For an example entry: with a foreign partner (`foreign`) or with any partner. */
  exampleEntry: (foreign: boolean) =>
    `${foreign ? '与国外单位合作时' : '有合作单位时'}，去掉下一行开头的 # 并填写 partner（合作单位名称）：`,
  perPartner: (what: string) => `${what}（每个合作单位一份）`,
  perForeignPartner: (what: string) => `${what}（每个国外合作单位一份）`,
  fillIn: '【请填写】',
  fillInWithHint: (hint: string) => `【请填写；${hint}】`,
  fieldsHint: (labels: string) => `本方向涉及：${labels}`,
  amount: (value: number | null, note: string | null) => `${value ?? '【请填写】'} 万元${note ? `（${note}）` : ''}`,
  ratioShort: (ratio: number) => `不低于申请市财政资助的 ${ratio} 倍`,
  noRatioShort: '本方向未规定配套比例',
  noPartnersAllowed: '无（本方向不得有合作单位）',
  noneIfNone: '没有则写「无」',
  mustBe: (labels: string) => `须为${labels}`,
  /** What a line's content addresses, no condition: 5-2, 8, 9, 13. */
  contentFor: (labels: string) => `本方向内容面向${labels}`,
  /** How a check of the tool's own says it is not the guide's (the Word outline styles such items as guidance). */
  notGuide: NOT_GUIDE_ZH,
  /** A check of the tool's own, not the guide's: nothing to quote. */
  conventionItem: (tag: string, text: string, reference: string | null) =>
    `${tag}：${text}（${NOT_GUIDE_ZH}${reference ? `；依据 ${reference}` : ''}）`,
  requirementItem: (tag: string, text: string, clause: string) => `${tag}：${text}。原文「${clause}」`,
  peopleTalent:
    '人才情况：【请写明人才姓名、引进方式、引进时间和人才类别；院士工作站入站院士、可持续发展智库专家（或其团队核心成员）还须写明为项目服务的时间占比。】',
  peopleCommissioner: (name: string) =>
    `科技特派员：${name}。【请写明派驻的贫困村、服务内容，以及在课题中承担的主要工作。】`,
  outcomesIntro: '指南对本方向考核指标的要求（原文）：',
  noOutcomes: '指南未对本方向规定具体的考核指标，请结合研究内容设定可考核、可量化的指标。',
  oneOfThese: (wanted: string) => `${wanted}（与同一要求中的其他指标至少达到一项）`,
  /** A target owed only in some cases of the line, and which. */
  onlyWhen: (wanted: string, when: string) => `${wanted}（适用于：${when}）`,
  either: (cases: string[]) => cases.join('或'),
  requestedNote: (range: string, method: string, clause: string) =>
    `指南：${range}，${method}（原文「资助金额：${clause}」）`,
  ratioNote: (clause: string, ratio: number, amount: number, needed: number, stated: boolean) =>
    stated
      ? `按指南「${clause}」，申请 ${amount} 万元，单位须自筹配套经费至少 ${needed} 万元。`
      : `按指南「${clause}」，单位自筹配套经费须不低于申请市财政资助的 ${ratio} 倍，如申请 ${amount} 万元，须自筹至少 ${needed} 万元。`,
  noRatio: '本方向未规定单位配套比例；有自筹经费的，请如实填写。',
  lastYearWork: '【请填写；含项目总结和验收准备】',
  partnersOptional: '指南对本方向的合作单位没有硬性规定；没有合作单位的，本节写「无」。',
  partnersForbidden: '本节写「无」。',
  ifAny: '【如有请注明】',
  attachmentItem: (label: string, file: string, tag: string, clause: string, when: string | null) =>
    `${label}：${file}（${tag}${when ? `，适用于：${when}` : ''}；原文「${clause}」）`,
  whenForeign: (foreign: boolean) => (foreign ? '与国外单位合作时需要' : '有合作单位时需要'),
  noAttachmentsProposal: '本方向的申报指南没有要求专门的附件。',
  pledge: '本单位承诺：【请写明承诺内容】',
  section: {
    basics: '一、项目基本信息',
    applicant: '二（二）申报资格',
    people: '二（四）项目负责人及项目组成员',
    body: '申报书正文（三、四、五）',
    targets: '五、考核指标',
    budget: '六、经费预算',
    schedule: '七、进度安排',
    partners: '八、合作单位',
    attachments: '九、附件清单',
    declarations: '十、承诺事项',
  },
  where: (section: string, path: string | null) => (path ? `${section}；application.yaml：${path}` : section),
  exampleChecklist: (label: string, file: string, clause: string, foreign: boolean) =>
    `${foreign ? '与国外单位合作的' : '有合作单位的'}，还须提供${label}：放在 ${file}（可在文件名中注明合作单位），并去掉 application.yaml 中对应示例行开头的 #。原文「${clause}」`,
  // --- the terminal ---
  status: {
    create: '新建',
    identical: '相同',
    conflict: '冲突',
    overwrite: '覆盖',
  } satisfies Record<WriteStatus, string>,
  role: {
    application: '申报信息（结构化，供 check 核对）',
    schema: '编辑器用的 JSON Schema（自动补全和校验）',
    proposal: '申报书提纲',
    document: '申报书（Word 文档，可直接填写）',
    checklist: '附件清单',
    attachmentsDir: '附件文件夹',
  },
  done: (dir: string, line: string) => `已在 ${dir} 中生成「${line}」的申报材料：`,
  upToDate: (dir: string) => `${dir} 中的申报材料已是最新，没有改动任何文件。`,
  dryRun: (dir: string, line: string) => `预览（--dry-run，不写入任何文件）：将在 ${dir} 中生成「${line}」的申报材料：`,
  dryRunConflicts:
    '有内容不同的已有文件（冲突）：不加 --force 时 init 会停止，不写入任何文件；加 --force 时会先把原内容另存为旁边的 .bak 文件，再替换。',
  nextSteps: '下一步：',
  /** None left (a profile that was a whole application): the file is to be read over, not filled in. */
  stepFill: (file: string, n: number) =>
    n ? `  1. 填写 ${file} 中值为 ~ 的 ${n} 项` : `  1. 核对 ${file}：各项都已按档案填好，没有值为 ~ 的项`,
  stepWrite: (document: string) =>
    `  2. 在 ${document} 中撰写申报书（提纲与 proposal.md 相同），按 attachments.md 准备附件`,
  stepCheck: (file: string) => `  3. 运行 guilin-grants check ${file} 核对`,
  conflict: (dir: string, files: string, backups: string) =>
    `${dir} 中已有内容不同的文件：${files}，其中可能有您的改动。没有写入任何文件。加 --force 会用 init 现在生成的内容替换它们，原内容先另存为 ${backups}；也可以换一个文件夹。`,
  notAFolder: (dir: string) => `${dir} 已存在，但不是文件夹；请换一个文件夹名。`,
  inTheWay: (path: string) => `${path} 已存在，但不是普通文件，无法写入；请移走它或换一个文件夹。`,
  badDir: (dir: string, reason: string) => `不能用「${dir}」作为文件夹：${reason}。`,
  writeFailed: (path: string, reason: string) => `写入 ${path} 失败（${reason}）；本次没有写入任何文件。`,
  tierNeeded: (code: string, tiers: string) => `资助方向 ${code} 分为不同的项目类别，请用 --tier 指定：${tiers}。`,
  tierNotAllowed: (code: string) => `资助方向 ${code} 不分项目类别，请去掉 --tier。`,
  noTier: (code: string, tier: string, tiers: string) => `资助方向 ${code} 没有项目类别「${tier}」；可选：${tiers}。`,
  profileInvalid: (file: string, n: number) => `档案 ${file} 有 ${n} 处不符合格式（见上），未生成任何文件。`,
};

export type ScaffoldMessages = MessagesOf<typeof zh>;

const en: ScaffoldMessages = {
  lineName: (project, direction, _heading, title, tier) =>
    `Project ${project}${direction === null ? '' : `, direction ${direction}`}: ${title}${tier ? ` (${tier})` : ''}`,
  directionHeading: () => 'Direction',
  list: (items) => items.join(', '),
  option: (id, label) => `${id} (${label})`,
  amountRange: (min, max, tier) =>
    `${tier ? `${tier}: ` : ''}${min === null ? `at most ${max}` : `${min}–${max}`} × 10,000 CNY`,
  awards: (_clause, n, upTo) => (upTo ? `at most ${n}` : String(n)),
  years: (s, e) => `${s}–${e}`,
  year: (y) => String(y),
  yearSuffix: '年',
  numeral: () => '',
  paren: (s) => ` (${s})`,
  tag: {
    requirement: 'Required',
    content: "The line's content",
    priority: 'Priority',
    encouraged: 'Encouraged',
    convention: "Tool's check",
  },
  notRequirements: 'The following are not requirements of the guide; eligibility does not depend on them:',
  otherGroup: {
    content:
      "What the line's content addresses (its research content or support direction names whom it is for, but no requirement makes it a condition; confirm with the managing office)",
    encouraged: 'What the guide encourages or gives priority to (eligibility does not depend on it)',
    convention: "The tool's own checks (not requirements of the guide)",
  },
  noOwnRequirements: 'The guide lists no requirements of its own for this line.',
  noEligibility: "The line's requirements set nothing particular about the applicant itself.",
  drugOptional:
    'An innovative drug or a Chinese patent medicine: remove the # of the next two lines and give the stage; devices, dressings and equipment or generic development may give device or generic, or leave it out.',
  callNotice:
    "The guide is Annex 1 of a call notice. The notice's general conditions (who may apply, limits per unit, restrictions for unfinished projects, dates, how to submit) are not in the guide nor in this outline: read the notice.",
  otherAttachments: 'These attachments are not requirements of the guide; provide them as needed:',
  requirementLine: (tag, text) => `${tag}: ${text}`,
  clauseLine: (clause) => `Guide: 「${clause}」`,
  conventionLine: (reference) =>
    `The tool's own check, not a requirement of the guide${reference ? ` (reference: ${reference})` : ''}`,
  whenLine: (when) => `Applies when: ${when}`,
  tagWhen: (tag, when) => `${tag} (when ${when})`,
  need: { error: 'required', warning: 'advised', info: 'optional' },
  perGuide: (range) => `guide: ${range}`,
  withUnit: (label, unit) => `${label} (${unit})`,
  anyOfHint: 'at least one of the following must be met; delete the ones you do not set',
  conditionalHint: 'when none of the requirements above applies to this project, the key below may be deleted',
  centralNote: (min, max) => `talent introduced by central or regional units must be of categories ${min}–${max}`,
  talentCategories: (all, central) =>
    `${all.min}–${all.max} (${central.min}–${central.max} for central or regional units), a number`,
  flagQuestion: (flag) =>
    `${flag}: the requirement below applies only to the kind of project it names; true if this project is of that kind, false if not`,
  declarationHint: 'true once you make this declaration',
  noneYet: 'keep [] if none; otherwise list them one per line in the format above',
  partnersNone: 'keep [] if there are no partners',
  partnerHowTo: (types, country) =>
    `one line per partner: - { name: NAME, type: TYPE${country ? ', country: CC' : ''} }; type is one of ${types}${country ? '; country is a two-letter code, CN for China' : ''}`,
  hteYearNote: (years) =>
    `Year of applying for high-tech enterprise recognition: a reserve enterprise must write ${years.join(' or ')} (see applicant.highTech); a recognised high-tech enterprise may delete this key`,
  targetKey: (label, type, unit) => {
    const hint =
      type === 'bool'
        ? 'true or false'
        : type === 'ratio'
          ? 'a fraction 0–1, 80% is 0.8'
          : type === 'year'
            ? 'a year'
            : (unit ?? 'a number');
    return `${label} (${hint})`;
  },
  noAttachments:
    'the guide asks this line for no particular attachment; list other documents as - { kind: other, name: NAME, file: attachments/FILE }',
  exampleEntry: (foreign) =>
    `with ${foreign ? 'a foreign' : 'a'} partner, remove the # at the start of the next line and fill in partner (its name):`,
  perPartner: (what) => `${what} (one per partner)`,
  perForeignPartner: (what) => `${what} (one per foreign partner)`,
  fillIn: '[fill in]',
  fillInWithHint: (hint) => `[fill in; ${hint}]`,
  fieldsHint: (labels) => `this line covers: ${labels}`,
  amount: (value, note) => `${value ?? '[fill in]'} × 10,000 CNY${note ? ` (${note})` : ''}`,
  ratioShort: (ratio) => `at least ${ratio} times the amount requested`,
  noRatioShort: 'no ratio required for this line',
  noPartnersAllowed: 'none (this line allows no partners)',
  noneIfNone: 'write "none" if none',
  mustBe: (labels) => `must be: ${labels}`,
  contentFor: (labels) => `the line's content addresses: ${labels}`,
  notGuide: NOT_GUIDE_EN,
  conventionItem: (tag, text, reference) =>
    `${tag}: ${text} (${NOT_GUIDE_EN}${reference ? `; reference: ${reference}` : ''})`,
  requirementItem: (tag, text, clause) => `${tag}: ${text}. Guide: 「${clause}」`,
  peopleTalent:
    'Talent: [name, route of introduction, date of introduction and talent category; academicians of a workstation and sustainable development think-tank experts (or core members of their teams) also state the share of their time spent on the project.]',
  peopleCommissioner: (name) =>
    `S&T commissioner: ${name}. [The poor village served, the services given, and the commissioner's main work in the project.]`,
  outcomesIntro: "What the guide asks of this line's results (quoted):",
  noOutcomes:
    'The guide sets no particular targets for this line: set measurable targets that fit the research content.',
  oneOfThese: (wanted) => `${wanted} (at least one of the targets of this requirement)`,
  onlyWhen: (wanted, when) => `${wanted} (applies when: ${when})`,
  either: (cases) => cases.join(' or '),
  requestedNote: (range, method, clause) => `Guide: ${range}, ${method} (「资助金额：${clause}」)`,
  ratioNote: (clause, ratio, amount, needed, stated) =>
    stated
      ? `By the guide (「${clause}」), requesting ${amount} needs at least ${needed} (× 10,000 CNY) of the applicant's own matching funds.`
      : `By the guide (「${clause}」), the applicant's own matching funds must be at least ${ratio} times the amount requested: requesting ${amount} needs at least ${needed} (× 10,000 CNY).`,
  noRatio: 'This line requires no matching ratio; state any own funds as they are.',
  lastYearWork: '[fill in; including the final report and acceptance]',
  partnersOptional: 'The guide sets no hard rule on partners for this line; write "none" here if there are none.',
  partnersForbidden: 'Write "none" here.',
  ifAny: '[if any]',
  attachmentItem: (label, file, tag, clause, when) =>
    `${label}: ${file} (${tag}${when ? `, applies when ${when}` : ''}; 「${clause}」)`,
  whenForeign: (foreign) => (foreign ? 'needed with a foreign partner' : 'needed with a partner'),
  noAttachmentsProposal: 'The guide asks this line for no particular attachment.',
  pledge: 'The applicant declares: [the declaration]',
  section: {
    basics: '1. Basic information',
    applicant: '2.2 Eligibility',
    people: '2.4 Project leader and team',
    body: 'the proposal text (3, 4, 5)',
    targets: '5. Targets',
    budget: '6. Budget',
    schedule: '7. Schedule',
    partners: '8. Partners',
    attachments: '9. Attachments',
    declarations: '10. Declarations',
  },
  where: (section, path) => (path ? `${section}; application.yaml: ${path}` : section),
  exampleChecklist: (label, file, clause, foreign) =>
    `With ${foreign ? 'a foreign' : 'a'} partner, also provide the ${label}: put it at ${file} (the partner's name may go in the file name), and remove the # at the start of the matching example line in application.yaml. Guide: 「${clause}」`,
  status: { create: 'create', identical: 'identical', conflict: 'conflict', overwrite: 'overwrite' },
  role: {
    application: 'the application, structured, for check',
    schema: 'JSON Schema for editors (completion and validation)',
    proposal: 'outline of the proposal',
    document: 'the proposal as a Word document, to fill in',
    checklist: 'attachment checklist',
    attachmentsDir: 'folder for the attachments',
  },
  done: (dir, line) => `Scaffolded ${line} in ${dir}:`,
  upToDate: (dir) => `The documents in ${dir} are up to date; no file was changed.`,
  dryRun: (dir, line) => `Dry run (nothing is written): would scaffold ${line} in ${dir}:`,
  dryRunConflicts:
    'Some existing files differ (conflict): without --force, init would stop and write nothing; with it, their old contents would be kept first in .bak files beside them.',
  nextSteps: 'Next:',
  stepFill: (file, n) =>
    n
      ? `  1. fill in the ${n} keys whose value is ~ in ${file}`
      : `  1. read over ${file}: every key is filled in from the profile, none is ~`,
  stepWrite: (document) =>
    `  2. write the proposal in ${document} (the outline of proposal.md), gather the attachments along attachments.md`,
  stepCheck: (file) => `  3. run guilin-grants check ${file}`,
  conflict: (dir, files, backups) =>
    `${dir} already holds different versions of: ${files}, which may hold your edits. Nothing was written. --force would replace them with what init writes now, keeping their old contents first as ${backups}; or choose another folder.`,
  notAFolder: (dir) => `${dir} exists but is not a folder; choose another folder name.`,
  inTheWay: (path) =>
    `${path} exists and is not a regular file, so it cannot be written; move it away or choose another folder.`,
  badDir: (dir, reason) => `"${dir}" cannot be used as the folder: ${reason}.`,
  writeFailed: (path, reason) => `Writing ${path} failed (${reason}); nothing was written.`,
  tierNeeded: (code, tiers) => `Line ${code} is funded in tiers: name one with --tier: ${tiers}.`,
  tierNotAllowed: (code) => `Line ${code} has no tiers: remove --tier.`,
  noTier: (code, tier, tiers) => `Line ${code} has no tier "${tier}"; its tiers are: ${tiers}.`,
  profileInvalid: (file, n) => `The profile ${file} has ${n} problem(s) (above); nothing was written.`,
};

export const scaffoldMessages: Catalogue<ScaffoldMessages> = { zh, en };
