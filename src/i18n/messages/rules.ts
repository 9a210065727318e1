import { type Catalogue, type MessagesOf, percent } from '../index.js';

const zh = {
  list: (items: string[]) => items.join('、'),
  or: (items: string[]) =>
    items.length < 3 ? items.join('或') : `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`,
  none: '无',
  notStated: (path: string) => `请填写 ${path}。`,
  // in-guilin
  inGuilinOk: '第一申报单位注册/驻在桂林。',
  /** Outside Guilin where only the call notice could say more (a convention). */
  inGuilinFail:
    '第一申报单位不在桂林（applicant.inGuilin 为 false）。所附指南没有写明申报单位须在桂林，是否可以申报以申报通知为准，请与管理科室确认。',
  /** Outside Guilin on a line whose content is addressed to units of Guilin (8, 13). */
  inGuilinContent:
    '第一申报单位不在桂林（applicant.inGuilin 为 false），而本方向的内容写明支持“我市企业、驻桂林科研院所和高校”；申报要求未将其列为条件，请与管理科室确认。',
  /** The tool's own check says so, and names what it rests on. */
  convention: (message: string, reference: string | null) =>
    `${message}（工具校验，非指南要求${reference ? `；依据 ${reference}` : ''}）`,
  /** A yes/no the application must state before a requirement can be judged. */
  stateFlag: (flag: string, clause: string) =>
    `请写明 ${flag}（true 或 false）：指南规定“${clause}”，未写明时无法判断。`,
  // period
  periodOk: (s: number, e: number) => `实施年限 ${s}–${e} 年在本方向规定范围内。`,
  periodOrder: (s: number, e: number) => `实施年限起始年 ${s} 晚于结束年 ${e}；请改正。`,
  periodOutside: (s: number, e: number, ls: number, le: number) =>
    `实施年限 ${s}–${e} 年超出本方向规定的 ${ls}–${le} 年；请调整到 ${ls}–${le} 年之内。`,
  // funding-range
  fundingOk: (r: number, range: string) => `申请资助 ${r} 万元在 ${range} 范围内。`,
  fundingOutside: (r: number, range: string, tier: string) =>
    `申请资助 ${r} 万元超出本方向${tier}的资助额度 ${range}；请改为该范围内的金额。`,
  /** After fundingOutside, for an amount that looks written in 元: amounts are in 万元. */
  inWan: (r: number, wan: number) => `金额以万元为单位：如果 ${r} 是元，请写 ${wan}（${r} 元 = ${wan} 万元）。`,
  range: (min: number | null, max: number) => (min === null ? `不超过 ${max} 万元` : `${min}–${max} 万元`),
  noTier: (tiers: string) => `本方向分档资助，请用 tier 指明项目类别（${tiers}）。`,
  // credit-code
  creditOk: '统一社会信用代码校验通过。',
  creditLength: (code: string, n: number) => `统一社会信用代码「${code}」有 ${n} 位，应为 18 位；请核对营业执照。`,
  /** `9145 0300 MA5N …`: the code copied with the spaces or dashes that group it. */
  creditSpaced: (code: string, whole: string) =>
    `统一社会信用代码「${code}」中间有空格或横线：代码是连在一起的 18 位，请写成「${whole}」。`,
  creditChars: (code: string) =>
    `统一社会信用代码「${code}」含有不允许的字符（不得含 I、O、Z、S、V）；请核对营业执照。`,
  /** Lower-case letters: the code's letters are capitals (GB 32100-2015). */
  creditLower: (code: string, upper: string) =>
    `统一社会信用代码「${code}」含小写字母：代码中的字母都是大写，请写成「${upper}」。`,
  /** Full-width digits or letters: the code is ASCII (GB 32100-2015). */
  creditFullWidth: (code: string, ascii: string) =>
    `统一社会信用代码「${code}」用了全角字符：代码由半角数字和大写字母组成，请写成「${ascii}」。`,
  creditDigit: (code: string, expected: string) =>
    `统一社会信用代码「${code}」校验位不符（按 GB 32100-2015 应为 ${expected}）；请核对营业执照。`,
  // lead-type
  leadOk: (type: string) => `第一申报单位为${type}，符合牵头要求。`,
  leadFail: (type: string, allowed: string) => `第一申报单位为${type}，本方向须由${allowed}牵头申报。`,
  /** A lead-type that holds in one case only (16: 生态产业项目需企业牵头): its own sentence names the case. */
  leadFailWhen: (type: string, rule: string) => `第一申报单位为${type}，而${rule}。`,
  /** Where only the line's content names who leads (5-2, 8, 9, 13): no condition, a thing to confirm. */
  leadContentOk: (type: string) => `第一申报单位为${type}，在本方向内容所面向的单位之列。`,
  leadContentFail: (type: string, allowed: string) =>
    `第一申报单位为${type}，而本方向的内容面向${allowed}；申报要求未将其列为条件，请与管理科室确认。`,
  // matching-ratio
  matchingOk: (m: number, n: number) => `自筹配套 ${m} 万元，不低于所需的 ${n} 万元。`,
  matchingFail: (m: number, r: number, n: number, ratio: number) =>
    `自筹配套 ${m} 万元不足：申请 ${r} 万元须自筹配套至少 ${n} 万元（1:${ratio}）；请提高 funding.matching 或降低申请额。`,
  // target
  targetOk: (what: string) => `考核指标满足：${what}。`,
  targetFail: (what: string, actual: string) =>
    `考核指标不满足：${what}（当前：${actual}）；请在 targets 中写明达到要求的指标。`,
  targetAnyFail: (options: string) => `考核指标须至少达到以下一项：${options}；请在 targets 中写明。`,
  targetTodo: (what: string) => `考核指标须写明：${what}。`,
  /** A target's figure with its unit (a rate as a percentage): 1500 万元, 2 个, 80%. */
  quantity: (n: number, unit: string | null, type: string | undefined) =>
    type === 'ratio' ? percent(n) : unit ? `${n} ${unit}` : String(n),
  atLeast: (label: string, n: string) => `${label}不少于 ${n}`,
  atMost: (label: string, n: string) => `${label}不超过 ${n}`,
  equalsTrue: (label: string) => `${label}`,
  equalsValue: (label: string, v: string) => `${label}为 ${v}`,
  // Used after 考核指标须写明 / 考核指标满足：the label alone reads right there.
  stated: (label: string) => label,
  withinYears: (label: string, n: number, year: string) => `${label}不晚于 ${year} 年（实施起始年后 ${n} 年内）`,
  withinYearsOfStart: (label: string, n: number) => `${label}在实施起始年后 ${n} 年之内`,
  // platform
  platformOk: (p: string) => `持有符合要求的平台：${p}。`,
  platformFail: (needed: string) => `本方向限以下平台申报：${needed}；applicant.platforms 中没有符合的平台。`,
  /** Where only the line's content names the platforms (6: …等创新创业载体, an open list). */
  platformContentFail: (named: string) =>
    `applicant.platforms 中没有本方向内容所面向的${named}等平台；申报要求未将其列为条件，请与管理科室确认。`,
  platformConfirm: (p: string, needed: string) =>
    `${p} 不在申报要求所列平台（${needed}）之中，但本方向的内容与之相近；请与管理科室确认是否可以申报。`,
  platformSpec: (kinds: string, levels: string) => `${levels}${kinds}`,
  levelAtLeast: (level: string) => `${level}以上`,
  // attachment
  attachmentOk: (what: string) => `已附${what}。`,
  /** `entry`: the line to add under `attachments:`, as `init` writes it. */
  attachmentMissing: (what: string, entry: string) =>
    `缺少附件：${what}；请在 attachments 中加上一行 ${entry}，并把文件放到该路径。`,
  attachmentPartnerTypo: (written: string, partner: string, what: string) =>
    `附件的 partner「${written}」不是 partners 中的任何一个合作单位，因此仍缺少${what}；你是不是想写「${partner}」？`,
  attachmentNearFile: (file: string) => `同一文件夹中有 ${file}，是不是这个文件？`,
  /** The file name `init` gives an attachment (and `check` proposes for a missing one). */
  attachmentFileName: (_kind: string, label: string, partner: string | null) =>
    `${label}${partner ? `-${partner}` : ''}.pdf`,
  attachmentFile: {
    missing: (what: string, file: string) =>
      `附件「${what}」的文件 ${file} 不存在；请把文件放到申报书所在文件夹中，或改正路径。`,
    empty: (what: string, file: string) => `附件「${what}」的文件 ${file} 是空文件；请换成完整的文件。`,
    'not-file': (what: string, file: string) =>
      `附件「${what}」的路径 ${file} 不是普通文件（是文件夹、设备或管道）；请写到具体文件。`,
    outside: (what: string, file: string) =>
      `附件「${what}」的路径 ${file} 在申报书所在文件夹之外（绝对路径、以 .. 离开该文件夹，或链接指向外面），未予查看；请把文件放进该文件夹并写相对路径。`,
  },
  attachmentFilesOk: '所列附件的文件都在申报书所在文件夹中。',
  attachmentTodo: (what: string) => `需准备附件：${what}。`,
  attachmentFor: (what: string, partner: string) => `与「${partner}」的${what}`,
  recommendationBy: (kind: string, by: string) => `${by}${kind}`,
  // partners
  partnersOk: (n: number) => `合作单位 ${n} 个，符合要求。`,
  partnersTooFew: (min: number, types: string) => `须至少有 ${min} 个合作单位（${types}）；请在 partners 中列出。`,
  partnersTooMany: (max: number, n: number) =>
    max === 0
      ? `本方向限单独申报，不得有合作单位；请删除 partners 中的 ${n} 个单位。`
      : `合作单位最多 ${max} 个，现有 ${n} 个。`,
  anyType: '类型不限',
  // talent
  talentOk: '引进人才条件符合要求。',
  talentNone:
    '本方向资助引进高层次人才、院士工作站或可持续发展智库专家开展的项目；talent.route 为 none（暂无）时不能申报。',
  talentMissing: '本方向须填写 talent（引进人才、院士工作站或智库专家的情况）。',
  talentNotLeader: '引进的高层次人才须担任项目负责人（talent.isLeader 应为 true）。',
  talentTooEarly: (d: string, since: string) => `人才引进时间 ${d} 早于 ${since}；须为近两年内引进的人才。`,
  talentCategory: (c: number, min: number, max: number, central: boolean) =>
    `人才类别 ${c} 不在 ${min}–${max} 类之内${central ? '（中区直单位限 1–3 类）' : ''}。`,
  talentServiceRatio: (r: number, min: number) =>
    `院士或智库专家为项目服务的时间占比为 ${percent(r)}，须不少于 ${percent(min)}。`,
  // high-tech
  highTechOk: (s: string) => `高新技术企业状态：${s}，符合要求。`,
  highTechFail: (statuses: string) => `本方向限${statuses}申报（applicant.highTech）。`,
  highTechSme: (year: number) =>
    `高企培育潜力后备企业须在 ${year} 年进行科技型中小企业评价并取得编号：请填写 applicant.smeNumber。`,
  highTechYear: (years: number[]) =>
    `高企培育潜力后备企业须明确在 ${years.join(' 或 ')} 年进行高新技术企业认定申报：请填写 targets.hteApplicationYear。`,
  highTechValidSme: (year: number) =>
    `有效期内高新技术企业符合经济规模条件的，须进行 ${year} 年科技型中小企业评价；未填写 applicant.smeNumber：已取得评价编号的请填写，不符合经济规模条件的可不填。`,
  highTechStatus: { valid: '有效期内高新技术企业', reserve: '高企培育潜力后备企业', none: '非高新技术企业' },
  // field
  fieldOk: (f: string) => `技术领域属于：${f}。`,
  fieldFail: (f: string) => `项目技术领域须至少属于以下之一：${f}；请在 fields 中注明。`,
  /** Where only the line's content names the fields (10): no condition, a thing to confirm. */
  fieldContentFail: (f: string) =>
    `项目技术领域不属于本方向内容所围绕的领域（${f}）；申报要求未将其列为条件，请与管理科室确认。`,
  // commissioner
  commissionerOk: '科技特派员条件符合要求。',
  commissionerMissing: '本方向须填写 commissioner（科技特派员情况）。',
  commissionerFlag: {
    dispatchedByApplicant: '第一申报单位须为科技特派员的派出单位（commissioner.dispatchedByApplicant 应为 true）。',
    mainImplementer: '科技特派员须作为课题的主要实施人员（commissioner.mainImplementer 应为 true）。',
  },
  // declaration
  declarationOk: (k: string) => `已声明 ${k}。`,
  declarationFail: (k: string, clause: string) => `须声明 declarations.${k}: true（${clause}）。`,
  // priority
  priorityOk: {
    priority: (what: string) => `符合指南优先支持的条件：${what}。`,
    encouraged: (what: string) => `符合指南鼓励的做法：${what}。`,
  },
  priorityNo: {
    priority: (what: string) => `不在指南优先支持之列（${what}），不影响申报资格。`,
    encouraged: (what: string) => `指南鼓励${what}，本申报没有；这不影响申报资格。`,
  },
  // predicates, in words
  predLeadType: (t: string) => `第一申报单位为${t}`,
  predPartnerType: (t: string) => `有${t}作为合作单位`,
  predPlatform: (s: string) => `持有${s}`,
  predNoPlatform: (s: string) => `尚未建有${s}`,
  predTalentRoute: (r: string) => `人才途径为${r}`,
  predDrugStage: (s: string) => `药物研发阶段为${s}`,
  predFlag: (f: string) => `${f} 为是`,
  and: (items: string[]) => items.join('，且'),
};

export type RuleMessages = MessagesOf<typeof zh>;

const en: RuleMessages = {
  list: (items) => items.join(', '),
  or: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`),
  none: 'none',
  notStated: (path) => `Please fill in ${path}.`,
  inGuilinOk: 'The lead applicant is registered or based in Guilin.',
  inGuilinFail:
    'The lead applicant is not in Guilin (applicant.inGuilin is false). The attached guide does not say that applicants must be in Guilin; whether one may apply is for the call notice to say: confirm with the managing office.',
  inGuilinContent:
    "The lead applicant is not in Guilin (applicant.inGuilin is false), while this line's content is addressed to “enterprises of Guilin and research institutes and universities in Guilin”; its requirements do not make that a condition: confirm with the managing office.",
  convention: (message, reference) =>
    `${message} (the tool's own check, not a requirement of the guide${reference ? `; reference: ${reference}` : ''})`,
  stateFlag: (flag, clause) =>
    `State ${flag} (true or false): the guide says “${clause}”, which cannot be judged while it is not stated.`,
  periodOk: (s, e) => `The period ${s}–${e} is within the line's years.`,
  periodOrder: (s, e) => `The period starts in ${s}, after it ends in ${e}; correct it.`,
  periodOutside: (s, e, ls, le) =>
    `The period ${s}–${e} lies outside the line's ${ls}–${le}; keep it within ${ls}–${le}.`,
  fundingOk: (r, range) => `The requested ${r} (10,000 CNY) is within ${range}.`,
  fundingOutside: (r, range, tier) =>
    `The requested ${r} (10,000 CNY) is outside the line's${tier} range of ${range}; request an amount within it.`,
  inWan: (r, wan) => `Amounts are in 万元 (10,000 CNY): if ${r} is in yuan, write ${wan} (${r} CNY = ${wan} 万元).`,
  range: (min, max) => (min === null ? `at most ${max} (10,000 CNY)` : `${min}–${max} (10,000 CNY)`),
  noTier: (tiers) => `This line is funded in tiers: name the tier with \`tier\` (${tiers}).`,
  creditOk: 'The unified social credit code is valid.',
  creditLength: (code, n) =>
    `The unified social credit code "${code}" has ${n} characters, not 18; check the business licence.`,
  creditSpaced: (code, whole) =>
    `The unified social credit code "${code}" has spaces or dashes in it: the code is 18 characters run together; write "${whole}".`,
  creditChars: (code) =>
    `The unified social credit code "${code}" contains characters it may not (no I, O, Z, S, V); check the business licence.`,
  creditLower: (code, upper) =>
    `The unified social credit code "${code}" has lower-case letters: its letters are capitals, write "${upper}".`,
  creditFullWidth: (code, ascii) =>
    `The unified social credit code "${code}" is typed in full-width characters: the code is ASCII digits and capital letters, write "${ascii}".`,
  creditDigit: (code, expected) =>
    `The check digit of the unified social credit code "${code}" is wrong (GB 32100-2015 gives ${expected}); check the business licence.`,
  leadOk: (type) => `The lead applicant is of type ${type}, as required.`,
  leadFail: (type, allowed) =>
    `The lead applicant is of type ${type}; this line must be led by an applicant of type ${allowed}.`,
  leadFailWhen: (type, rule) =>
    `The lead applicant is of type ${type}; ${rule.charAt(0).toLowerCase()}${rule.slice(1)}.`,
  leadContentOk: (type) => `The lead applicant is of type ${type}, among those the line's content addresses.`,
  leadContentFail: (type, allowed) =>
    `The lead applicant is of type ${type}, while this line's content is addressed to ${allowed}; its requirements do not make that a condition: confirm with the managing office.`,
  matchingOk: (m, n) => `Co-funding of ${m} meets the ${n} required (10,000 CNY).`,
  matchingFail: (m, r, n, ratio) =>
    `Co-funding of ${m} is too low: requesting ${r} needs at least ${n} of own funds (1:${ratio}, in 10,000 CNY); raise funding.matching or lower the request.`,
  targetOk: (what) => `Target met: ${what}.`,
  targetFail: (what, actual) =>
    `Target not met: ${what} (now: ${actual}); state targets that meet it under \`targets\`.`,
  targetAnyFail: (options) => `At least one of these targets is needed: ${options}; state it under \`targets\`.`,
  targetTodo: (what) => `Commit to the target: ${what}.`,
  // The label names what is counted; only an amount says its unit.
  quantity: (n, unit, type) =>
    type === 'ratio' ? percent(n) : type === 'amount' && unit ? `${n} (${unit})` : String(n),
  atLeast: (label, n) => `${label} at least ${n}`,
  atMost: (label, n) => `${label} at most ${n}`,
  equalsTrue: (label) => `${label}`,
  equalsValue: (label, v) => `${label} equal to ${v}`,
  stated: (label) => `${label} stated`,
  withinYears: (label, n, year) => `${label} no later than ${year} (within ${n} years of the start)`,
  withinYearsOfStart: (label, n) => `${label} within ${n} years of the start`,
  platformOk: (p) => `Holds a qualifying platform: ${p}.`,
  platformFail: (needed) => `Only these platforms may apply: ${needed}; applicant.platforms has none that qualifies.`,
  platformContentFail: (named) =>
    `applicant.platforms holds none of the platforms the line's content addresses (${named} and the like); its requirements do not make that a condition: confirm with the managing office.`,
  platformConfirm: (p, needed) =>
    `${p} is not among the platforms the requirements name (${needed}), though the line's content is close to it; confirm with the managing office that it may apply.`,
  platformSpec: (kinds, levels) => `${kinds} (${levels})`,
  levelAtLeast: (level) => `${level} or above`,
  attachmentOk: (what) => `Attached: ${what}.`,
  attachmentMissing: (what, entry) =>
    `Missing attachment: ${what}; add the line ${entry} under \`attachments\` and put the file at that path.`,
  attachmentPartnerTypo: (written, partner, what) =>
    `The attachment's partner "${written}" is none of the partners under \`partners\`; did you mean "${partner}"? (Still missing: ${what}.)`,
  attachmentNearFile: (file) => ` The same folder holds ${file}: is that the file?`,
  attachmentFileName: (kind, _label, partner) => `${kind.replace(/_/g, '-')}${partner ? `-${partner}` : ''}.pdf`,
  attachmentFile: {
    missing: (what, file) =>
      `The file ${file} of attachment "${what}" does not exist; put it in the application's folder or fix the path.`,
    empty: (what, file) => `The file ${file} of attachment "${what}" is empty; replace it with the complete file.`,
    'not-file': (what, file) =>
      `The path ${file} of attachment "${what}" is not a regular file (a folder, a device or a pipe); name the file itself.`,
    outside: (what, file) =>
      `The path ${file} of attachment "${what}" lies outside the application's folder (an absolute path, .. leading out, or a link pointing out) and was not looked at; put the file in the folder and give its relative path.`,
  },
  attachmentFilesOk: "Every listed attachment's file is in the application's folder.",
  attachmentTodo: (what) => `Prepare the attachment: ${what}.`,
  attachmentFor: (what, partner) => `${what} with "${partner}"`,
  recommendationBy: (kind, by) => `${kind} from the ${by}`,
  partnersOk: (n) => `${n} partner(s), as required.`,
  partnersTooFew: (min, types) => `At least ${min} partner(s) are needed (${types}); list them under \`partners\`.`,
  partnersTooMany: (max, n) =>
    max === 0
      ? `This line is for single applicants only; remove the ${n} partner(s) under \`partners\`.`
      : `At most ${max} partner(s) are allowed; there are ${n}.`,
  anyType: 'any type',
  talentOk: 'The talent conditions are met.',
  talentNone:
    'This line funds projects of introduced high-level talent, an academician workstation or a sustainable development think-tank expert; with talent.route none there is nothing to apply with.',
  talentMissing: 'This line needs `talent` (the introduced talent, academician workstation or think-tank expert).',
  talentNotLeader: 'The introduced high-level talent must lead the project (talent.isLeader must be true).',
  talentTooEarly: (d, since) =>
    `The talent was introduced on ${d}, before ${since}; only talent introduced in the last two years qualifies.`,
  talentCategory: (c, min, max, central) =>
    `Talent category ${c} is outside categories ${min}–${max}${central ? ' (units under central/regional government: 1–3)' : ''}.`,
  talentServiceRatio: (r, min) =>
    `The academician or expert serves the project ${percent(r)} of the time; at least ${percent(min)} is needed.`,
  highTechOk: (s) => `High-tech status: ${s}, as required.`,
  highTechFail: (statuses) => `Only ${statuses} may apply (applicant.highTech).`,
  highTechSme: (year) =>
    `A high-tech reserve enterprise must pass the ${year} tech-SME evaluation and hold its number: fill in applicant.smeNumber.`,
  highTechYear: (years) =>
    `A high-tech reserve enterprise must commit to apply for high-tech recognition in ${years.join(' or ')}: fill in targets.hteApplicationYear.`,
  highTechValidSme: (year) =>
    `A recognised high-tech enterprise meeting the size conditions must take the ${year} tech-SME evaluation; applicant.smeNumber is not given: fill in its number if it has one; none is needed if the enterprise does not meet the size conditions.`,
  highTechStatus: {
    valid: 'a recognised high-tech enterprise',
    reserve: 'a high-tech reserve enterprise',
    none: 'not a high-tech enterprise',
  },
  fieldOk: (f) => `The technical field is among: ${f}.`,
  fieldFail: (f) => `The project's field must be at least one of: ${f}; name it under \`fields\`.`,
  fieldContentFail: (f) =>
    `The project's fields are none of those the line's content is about (${f}); its requirements do not make that a condition: confirm with the managing office.`,
  commissionerOk: 'The S&T commissioner conditions are met.',
  commissionerMissing: 'This line needs `commissioner` (the S&T commissioner).',
  commissionerFlag: {
    dispatchedByApplicant:
      "The lead applicant must be the commissioner's dispatching unit (commissioner.dispatchedByApplicant must be true).",
    mainImplementer:
      'The commissioner must be a main implementer of the project (commissioner.mainImplementer must be true).',
  },
  declarationOk: (k) => `Declared: ${k}.`,
  declarationFail: (k, clause) => `Declare declarations.${k}: true (${clause}).`,
  priorityOk: {
    priority: (what) => `Among those the guide gives priority to: ${what}.`,
    encouraged: (what) => `Does what the guide encourages: ${what}.`,
  },
  priorityNo: {
    priority: (what) => `Not among those the guide gives priority to (${what}); eligibility is not affected.`,
    encouraged: (what) => `The guide encourages ${what}; this application has none, which does not affect eligibility.`,
  },
  predLeadType: (t) => `the lead applicant is of type ${t}`,
  predPartnerType: (t) => `a partner of type ${t}`,
  predPlatform: (s) => `holds ${/^[aeiou]/i.test(s) ? 'an' : 'a'} ${s}`,
  predNoPlatform: (s) => `has no ${s} yet`,
  predTalentRoute: (r) => `talent route: ${r}`,
  predDrugStage: (s) => `drug stage: ${s}`,
  predFlag: (f) => `${f} is true`,
  and: (items) => items.join(', and '),
};

export const ruleMessages: Catalogue<RuleMessages> = { zh, en };
