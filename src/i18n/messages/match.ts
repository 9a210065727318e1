import { type Catalogue, type MessagesOf, percent } from '../index.js';

const zh = {
  // judging
  whoOpen: (text: string) => `待确认：${text}。`,
  onCondition: (condition: string, todo: string) => `如${condition}：${todo}`,
  fieldsShared: (fields: string) => `技术领域相符：${fields}`,
  merit: (text: string) => `加分：${text}`,
  whoMet: (text: string) => `符合：${text}。`,
  /** What an open fact is about, by rule, for the table. */
  openShort: {
    'lead-type': '单位类型',
    'in-guilin': '是否在桂林注册或驻桂林',
    platform: '平台及其级别',
    talent: '依托的高层次人才',
    'high-tech': '高新技术企业状态',
    commissioner: '科技特派员',
  } as Record<string, string>,
  whoOpenShort: (what: string) => `待确认：${what}（见详情）`,
  conditionShort: (condition: string) =>
    condition.includes('属于') ? condition.replace('属于', '是否属于') : `是否${condition}`,
  whoBroken: (text: string) => `不符合：${text}。`,
  /**
   * A stated fact that closes a line, where the rule's own text asks for what was in fact
   * answered (须写明人才情况 to one who said 暂无): what the answer means, by the fact's path.
   */
  whoBrokenAt: {
    'talent.route':
      '本方向资助依托引进高层次人才、院士工作站或可持续发展智库专家开展的项目；本单位暂无这类人才，不能申报。',
    'talent.isLeader': '引进的高层次人才须担任项目负责人；您回答人才不担任，须改由其负责项目才能申报。',
  } as Record<string, string>,
  /** A convention of the tool that the applicant does not meet: no bar, a thing to ask the office. */
  toConfirm: (text: string) => `请确认：${text}`,
  /** A doubt the tool's own convention raises (a residence the guide does not ask for): to confirm, not a bar. */
  doubt: (message: string) => `${message}（工具校验，非指南要求）`,
  /**
   * What the guide's content addresses, unmet, in its own words (which already say no requirement
   * makes it a condition): a doubt to confirm, not 不符合, which a ? beside it contradicts.
   */
  contentDoubt: (text: string) => `${text}；本单位与此不符，请与管理科室确认。`,
  /** A `when` flag in words. */
  flag: { ecoIndustry: '项目属于生态产业项目' } as Record<string, string>,
  tiersInWords: (tiers: { tier: string | null; amount: string }[]) =>
    tiers.length === 1 && !tiers[0]!.tier
      ? `${tiers[0]!.amount} 万元`
      : `${tiers.map((t) => `${t.tier ?? ''}${t.tier ? ' ' : ''}${t.amount}`).join(' 或')} 万元`,
  or: (items: string[]) => (items.length < 3 ? items.join('或') : `${items.slice(0, -1).join('、')}或${items.at(-1)}`),
  todo: {
    matching: (needed: number, requested: number, ratio: number, now: number | null) =>
      `自筹配套至少 ${needed} 万元（申请 ${requested} 万元的 ${ratio} 倍）${now === null ? '' : `，现为 ${now} 万元`}。`,
    matchingShare: (ratio: number, min: number | null, needed: number | null) =>
      `自筹配套至少为申请额的 ${ratio} 倍${min === null ? '' : `（申请 ${min} 万元须自筹至少 ${needed} 万元）`}。`,
    funding: (range: string, now: number | null) =>
      `申请资助定在${/^[\d≤]/.test(range) ? ' ' : ''}${range}${now === null ? '' : `（现为 ${now} 万元）`}。`,
    period: (start: number, end: number, now: string | null) =>
      `实施年限定在 ${start}–${end} 年之内${now === null ? '' : `（现为 ${now} 年）`}。`,
    partnersMin: (min: number, types: string | null) => `联合至少 ${min} 个${types ?? ''}合作单位。`,
    partnersNone: (count: number) => `本方向限单独申报：不列合作单位${count ? `（现有 ${count} 个）` : ''}。`,
    partnersMax: (max: number, count: number) => `合作单位不超过 ${max} 个${count ? `（现有 ${count} 个）` : ''}。`,
    target: (what: string) => `考核指标写明：${what}。`,
    targetAny: (options: string) => `考核指标至少达到其中一项：${options}。`,
    hteYear: (years: number[]) => `考核指标写明在 ${years.join(' 或 ')} 年申报高新技术企业认定。`,
    sme: (year: number) => `在 ${year} 年完成科技型中小企业评价，取得入库编号。`,
    smeIfScale: (year: number) => `符合经济规模条件的，在 ${year} 年完成科技型中小企业评价，取得入库编号。`,
    field: (fields: string) => `项目的技术领域须属于${fields}之一。`,
    /** Where only the line's content names the fields (10). */
    fieldContent: (fields: string) =>
      `本方向的内容围绕${fields}等领域，项目不在其中；申报要求未将其列为条件，请与管理科室确认。`,
    attachment: (what: string) => `准备附件：${what}。`,
    attachmentFor: (what: string, partner: string) => `准备附件：与「${partner}」的${what}。`,
    attachmentPerPartner: (what: string, foreignOnly: boolean) =>
      foreignOnly ? `每个国外合作单位准备一份${what}。` : `每个合作单位准备一份${what}。`,
    recommendation: (kind: string, by: string) => `${by}${kind}`,
  },
  // questions
  q: {
    inGuilin: { ask: '本单位是否在桂林注册，或驻在桂林？', short: '在桂林注册或驻桂林' },
    type: { ask: '本单位（第一申报单位）属于哪一类？', short: '单位类型' },
    platforms: {
      ask: '本单位有哪些经认定或备案的平台？（可多选；都没有就直接按回车）',
      /** Asked again, with the last answers ticked: Enter alone keeps them. */
      again: '本单位有哪些经认定或备案的平台？（可多选；上次选的已勾上，按空格取消）',
      short: '平台',
    },
    platformLevel: (kind: string) => `本单位的${kind}是哪一级的？`,
    highTech: { ask: '本单位是高新技术企业吗？', short: '高新技术企业' },
    highTechChoice: {
      valid: '是，有效期内的高新技术企业',
      reserve: '是高企培育潜力后备企业（已入库）',
      none: '都不是',
    },
    talentRoute: { ask: '项目能依托哪类高层次人才？', short: '依托人才' },
    talentRouteHint: {
      introduced: '近两年内引进、经市委人才办认定',
      academician: '入站院士或其团队核心成员',
      think_tank: '柔性引进的桂林市可持续发展智库专家',
    } as Record<string, string>,
    talentNone: '暂时没有',
    talentLeader: { ask: '该引进人才担任项目负责人吗？', short: '人才任项目负责人' },
    talentDate: { ask: '该人才是哪天引进的？（如 2018-03-01 或 2018/3/1）', short: '人才引进日期' },
    talentCategory: { ask: '该人才属于第几类？', short: '人才类别' },
    /** The category, where the guide names the document that sets the categories out. */
    talentCategoryIn: (source: string) => `按${source}，该人才属于第几类？`,
    category: (n: number) => `第${'一二三四五六七八九'[n - 1] ?? n}类`,
    categoryNone: '不属于其中任何一类',
    centralOrRegional: { ask: '本单位是中直或区直单位吗？', short: '中直或区直单位' },
    serviceRatio: {
      ask: '院士或智库专家（或其团队核心成员）为项目服务的时间占其工作时间的百分之多少？（0–100）',
      short: '人才服务时间',
    },
    commissioner: { ask: '本单位是否是贫困村科技特派员的派出单位？', short: '科技特派员派出单位' },
    mainImplementer: { ask: '该科技特派员能否作为课题的主要实施人员？', short: '特派员为主要实施人员' },
    ecoIndustry: { ask: '打算申报的项目属于生态产业项目吗？', short: '生态产业项目' },
    fields: { ask: '项目属于哪些技术领域？（可多选）', short: '技术领域' },
    partners: {
      ask: '项目有哪些类型的合作单位？（可多选；没有就直接按回车）',
      again: '项目有哪些类型的合作单位？（可多选；上次选的已勾上，按空格取消）',
      short: '合作单位',
    },
    /** The type in brackets, as in English: 合作其他的名称 and 还有其他其他合作单位 read as nonsense. */
    partnerName: (type: string) => `合作单位（${type}）的名称：`,
    partnerCountry: (name: string) => `「${name}」在国内还是国外？`,
    domestic: '国内',
    abroad: '国外',
    countryCode: {
      ask: '是哪个国家或地区？（两位字母代码，如 DE 德国、US 美国、JP 日本）',
      short: '国家或地区',
    },
    morePartners: (type: string) => `还有别的合作单位（${type}）吗？`,
  },
  /** Appended to a question: which lines hang on it. */
  concerns: (codes: string[]) =>
    codes.length <= 3 ? `（关系到方向 ${codes.join('、')}）` : `（关系到 ${codes.length} 个方向）`,
  labelled: (name: string, kind: string) => `${name}（${kind}）`,
  platformAt: (kind: string, level: string) => `${level}${kind}`,
  yes: '是',
  no: '否',
  none: '无',
  list: (items: string[]) => items.join('、'),
  percent,
  summaryTitle: '您的回答：',
  confirmAnswers: '以上回答是否正确？',
  redo: '好的，请重新回答（上次的回答为默认值）。',
  // prompt wrapper
  keys: {
    navigate: '移动',
    select: '选择',
    submit: '确定',
    all: '全选',
    invert: '反选',
    space: '空格',
  } as Record<string, string>,
  notNumber: '请输入一个数字，如 60。',
  notInteger: '请输入整数。',
  between: (min: number, max: number) => `请输入 ${min} 到 ${max} 之间的数。`,
  /** A percentage typed as 0.5: a share written as a fraction is as likely as half a percent. */
  percentOrShare: (typed: string, n: number, pct: number) =>
    `「${typed}」是 ${n}% 还是 ${pct}%？请按百分比填写：${pct}% 写 ${pct}；确为 ${n}%，请写 ${n}%。`,
  notDate: '请输入一个真实的日期，如 2018-03-01、2018-3-1 或 2018/3/1。',
  /** Chinese numerals are not read (see checkNumber): asked again, with the digits to type. */
  numberInDigits: (typed: string) => `「${typed}」请用阿拉伯数字填写，如 60。`,
  /** A share typed with a unit (60万, 60元, 60人): an amount or a count, not a percentage. */
  shareWithUnit: (typed: string) => `「${typed}」带有单位，不是百分比：请只填数字，如 60（即 60%）。`,
  dateInDigits: (typed: string) => `「${typed}」请用阿拉伯数字填写，如 2018-03-01。`,
  notCountry: '请输入两位字母的国家或地区代码，如 DE、US、JP（国内合作单位请选“国内”）。',
  pickOne: '请至少选择一项。',
  required: '请填写，不能为空。',
  // results
  headers: {
    rank: '排名',
    code: '编号',
    title: '名称',
    status: '结论',
    amount: '资助额度（万元）',
    awards: '立项数',
    notes: '理由与待办',
  },
  /** The amount's heading without its unit, in a column too narrow to hold the unit whole; `amountUnit` says it under the table. */
  amountBare: '资助额度',
  amountUnit: '资助额度单位：万元',
  status: { eligible: '符合', possible: '可能符合', ineligible: '不符合' },
  amount: (min: number | null, max: number) => (min === null ? `≤${max}` : `${min}–${max}`),
  tierAmount: (tier: string, amount: string) => `${tier} ${amount}`,
  awards: (n: number) => `≤${n}`,
  more: (n: number) => `另有 ${n} 项，见详情。`,
  /** Notes that hold for every line, said once above the table. */
  everywhere: '对所有方向都一样：',
  noFields: '未说明项目的技术领域：无法按领域排序。',
  offField: (status: string, codes: string) => `${status}，但不在所选技术领域：${codes}`,
  /** The way out, the list's last choice, is off the page of a long list: said in the question. */
  detailAsk: '查看哪个方向的全部理由与待办？（按 ↑ 到最后一项「不看了」即结束）',
  detailDone: '不看了',
  detailReasons: '申报资格',
  detailTodos: '待办',
  detailNone: '无',
  detailClause: (clause: string) => `指南原文：${clause}`,
  detailMerits: '加分项',
  statusTag: (status: string) => `【${status}】`,
  /** The detail's labels: a value too long for its line goes on under itself, not under the label. */
  detailFunding: '资助额度：',
  detailFieldsLabel: '技术领域：',
  detailFields: (fields: string, fit: boolean | null) =>
    `${fields}${fit === true ? '（与所选领域相符）' : fit === false ? '（不在所选技术领域）' : ''}`,
  unknownDetail: (code: string) => `没有编号为 ${code} 的方向；用 guilin-grants list 查看全部方向。`,
  initWarn: (code: string, status: 'possible' | 'ineligible') =>
    status === 'ineligible'
      ? `注意：按档案，本单位不符合方向 ${code} 的申报条件（模板照常生成）：`
      : `注意：按档案，本单位只是可能符合方向 ${code}，以下条件尚待确认（模板照常生成）：`,
  ineligibleTitle: '不符合的方向：',
  totals: (e: number, p: number, i: number) => `符合 ${e} 个，可能符合 ${p} 个，不符合 ${i} 个。`,
  nextSteps: '用 guilin-grants show 编号 查看方向详情，guilin-grants init 编号 生成申报材料模板。',
  /** With --profile there is no picker: the to-dos the table leaves out are under --detail. */
  detailHint: '加上 --detail 编号 再运行一次，可看该方向的全部理由与待办。',
  noneFits: '按您的回答，没有符合或可能符合的方向。',
  // files and modes
  notInteractive:
    '当前不是交互式终端，无法逐项提问：请用 --profile 文件 提供本单位情况（--profile - 表示从标准输入读取），例如 guilin-grants match --profile 本单位.yaml。',
  profileInvalid: (file: string, n: number) => `档案文件 ${file} 有 ${n} 处错误，请改正后再试。`,
  profileUnreadable: (file: string, reason: string) => `无法读取档案文件 ${file}：${reason}`,
  /** `--profile FOLDER`: what to give in its place. */
  profileIsFolder: (folder: string) =>
    `${folder} 是文件夹，不是档案文件：请给出档案文件，如用 guilin-grants match --save-profile 本单位.yaml 保存的那个。`,
  /** After the first `max` problems of a profile. */
  moreProblems: (n: number, max: number) => `另有 ${n} 个问题没有列出（最多列 ${max} 个）：请先改正上面这些。`,
  /** `--profile -` and nothing came (an upstream command failed). */
  profileStdinEmpty:
    '标准输入中没有档案（是空的或只有注释，可能是前面的命令失败了）；请检查管道前的命令，或用 --profile 文件名。',
  /** `--profile - < 收件`: the shell gave a folder for standard input, which reads as nothing. */
  profileStdinFolder: '标准输入是一个文件夹，未读取：请把档案文件直接写在命令中，如 --profile 本单位.yaml。',
  profileNotMapping: '档案文件应为键值对（如 applicant: …），而不是列表或单个值。',
  noSuchFile: '文件不存在。',
  stdin: '标准输入',
  profileYaml: (message: string) => `YAML 格式错误：${message}`,
  otherGuideline: (named: string, used: string) => `档案写的是指南 ${named}，本次按 ${used} 匹配。`,
  fileTaken: (file: string) => `${file} 已存在，请换一个文件名。`,
  saved: (file: string) => `已保存回答：${file}（下次可用 guilin-grants match --profile ${file}）`,
  /** `--save-profile -` with `--json`: both want stdout. */
  stdoutTwice: '--save-profile - 把档案写到标准输出，不能再同时用 --json；请把其中一个写到文件。',
  saveAsk: '把这些回答保存为档案文件，以便下次直接使用吗？',
  savePath: '保存到哪个文件？',
  defaultProfileFile: '本单位档案.yaml',
  profileHeader: '本单位档案：guilin-grants match 的回答。再次使用：guilin-grants match --profile 本文件',
  scaffoldAsk: (code: string) => `要为方向 ${code} 生成申报材料模板（guilin-grants init ${code}）吗？`,
  tierAsk: (code: string) => `方向 ${code} 分档资助，申报哪一类？`,
};

export type MatchMessages = MessagesOf<typeof zh>;

/**
 * A label within a sentence: "County … government" and "Rural maker space" read lower-case
 * after "the" or "your"; an abbreviation (S&T) and a name (Xingchuang Tiandi) stay as they are.
 */
const inSentence = (label: string) => label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

const en: MatchMessages = {
  whoOpen: (text) => `To be confirmed: ${text}.`,
  onCondition: (condition, todo) => `(if ${condition}) ${todo}`,
  fieldsShared: (fields) => `Shared fields: ${fields}`,
  merit: (text) => `Merit: ${text}`,
  whoMet: (text) => `Met: ${text}.`,
  openShort: {
    'lead-type': 'the kind of organisation',
    'in-guilin': 'registered or based in Guilin',
    platform: 'the platform and its level',
    talent: 'the high-level talent',
    'high-tech': 'the high-tech status',
    commissioner: 'the S&T commissioner',
  },
  whoOpenShort: (what) => `To be confirmed: ${what} (see the detail).`,
  conditionShort: (condition) => `whether ${condition}`,
  whoBroken: (text) => `Not met: ${text}.`,
  whoBrokenAt: {
    'talent.route':
      'This line funds projects built on introduced high-level talent, an academician workstation or a sustainable development think-tank expert; your organisation has none of these, so it cannot apply.',
    'talent.isLeader':
      'The introduced high-level talent must lead the project; you answered that they will not, so they must lead it for you to apply.',
  },
  toConfirm: (text) => `To confirm: ${text}`,
  doubt: (message) => `${message} (the tool's own check, not the guide's)`,
  contentDoubt: (text) => `${text}; yours does not fit it: confirm with the managing office.`,
  flag: { ecoIndustry: 'the project is an ecological industry project' },
  tiersInWords: (tiers) =>
    tiers.length === 1 && !tiers[0]!.tier
      ? `${tiers[0]!.amount} (10,000 CNY)`
      : `${tiers.map((t) => `${t.tier ? `${t.tier} ` : ''}${t.amount}`).join(' or ')} (10,000 CNY)`,
  or: (items) => (items.length < 3 ? items.join(' or ') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`),
  todo: {
    matching: (needed, requested, ratio, now) =>
      `Co-fund at least ${needed} (10,000 CNY): ${ratio} times the ${requested} requested${now === null ? '' : `; now ${now}`}.`,
    matchingShare: (ratio, min, needed) =>
      `Co-fund at least ${ratio} times the amount requested${min === null ? '' : ` (${needed} for a request of ${min})`} (10,000 CNY).`,
    funding: (range, now) => `Request ${range}${now === null ? '' : `; now ${now}`}.`,
    period: (start, end, now) => `Keep the project within ${start}–${end}${now === null ? '' : `; now ${now}`}.`,
    partnersMin: (min, types) =>
      `Bring in at least ${min} partner${min > 1 ? 's' : ''}${types ? ` (${types.toLowerCase()})` : ''}.`,
    partnersNone: (count) => `Apply alone: list no partner${count ? ` (now ${count})` : ''}.`,
    partnersMax: (max, count) => `List at most ${max} partners${count ? ` (now ${count})` : ''}.`,
    target: (what) => `State as a target: ${what}.`,
    targetAny: (options) => `Reach at least one of these targets: ${options}.`,
    hteYear: (years) => `State as a target that you will apply for high-tech recognition in ${years.join(' or ')}.`,
    sme: (year) => `Complete the ${year} tech-based SME evaluation and obtain its number.`,
    smeIfScale: (year) =>
      `If your size qualifies, complete the ${year} tech-based SME evaluation and obtain its number.`,
    field: (fields) => `The project's field must be one of: ${fields}.`,
    fieldContent: (fields) =>
      `The line's content is about ${fields}; the project is in none of them, and its requirements do not make that a condition: confirm with the managing office.`,
    attachment: (what) => `Prepare: ${what}.`,
    // A name that ends in its own full stop (Co., Ltd.) ends the sentence: not 'Co..'.
    attachmentFor: (what, partner) => `Prepare: ${what} with ${partner}${partner.endsWith('.') ? '' : '.'}`,
    attachmentPerPartner: (what, foreignOnly) => `Prepare for each ${foreignOnly ? 'foreign ' : ''}partner: ${what}.`,
    recommendation: (kind, by) => `${kind} from the ${inSentence(by)}`,
  },
  q: {
    inGuilin: { ask: 'Is your organisation registered or based in Guilin?', short: 'Registered or based in Guilin' },
    type: { ask: 'What kind of organisation is the lead applicant?', short: 'Organisation type' },
    platforms: {
      ask: 'Which recognised platforms does your organisation hold? (any number; none: just press Enter)',
      again:
        "Which recognised platforms does your organisation hold? (any number; last time's are ticked: space unticks one)",
      short: 'Platforms',
    },
    platformLevel: (kind) => `At what level is your ${inSentence(kind)} recognised?`,
    highTech: { ask: 'Is your organisation a high-tech enterprise?', short: 'High-tech enterprise' },
    highTechChoice: {
      valid: 'Yes, with a valid recognition',
      reserve: 'A high-tech reserve enterprise (on the cultivation list)',
      none: 'Neither',
    },
    talentRoute: { ask: 'What high-level talent can the project build on?', short: 'Talent' },
    talentRouteHint: {
      introduced: 'introduced within the last two years, recognised by the talent office',
      academician: 'an academician in the workstation, or a core member of the team',
      think_tank: "an expert of Guilin's sustainable development think tank",
    },
    talentNone: 'None yet',
    talentLeader: { ask: 'Will the introduced talent lead the project?', short: 'Talent leads the project' },
    talentDate: { ask: 'When was the talent introduced? (e.g. 2018-03-01 or 2018/3/1)', short: 'Talent introduced on' },
    talentCategory: { ask: 'Which category does the talent belong to?', short: 'Talent category' },
    talentCategoryIn: (source) => `Which category of ${source} does the talent belong to?`,
    category: (n) => `Category ${n}`,
    categoryNone: 'None of these',
    centralOrRegional: {
      ask: 'Is your organisation a unit under the central or the regional government?',
      short: 'Central or regional unit',
    },
    serviceRatio: {
      ask: 'What share of their working time will the academician or expert (or the core team member) give the project, in percent? (0–100)',
      short: 'Time given to the project',
    },
    commissioner: {
      ask: "Is your organisation the dispatching unit of a poor village's S&T commissioner?",
      short: 'Dispatches an S&T commissioner',
    },
    mainImplementer: {
      ask: 'Can the commissioner be a main implementer of the project?',
      short: 'Commissioner is a main implementer',
    },
    ecoIndustry: {
      ask: 'Is the project you plan an ecological industry project?',
      short: 'Ecological industry project',
    },
    fields: { ask: 'Which technical fields does the project belong to? (one or more)', short: 'Fields' },
    partners: {
      ask: 'What kinds of partners does the project have? (any number; none: just press Enter)',
      again: "What kinds of partners does the project have? (any number; last time's are ticked: space unticks one)",
      short: 'Partners',
    },
    partnerName: (type) => `Name of the partner (${type.toLowerCase()}):`,
    partnerCountry: (name) => `Is ${name} in China or abroad?`,
    domestic: 'In China',
    abroad: 'Abroad',
    countryCode: {
      ask: 'Which country or region? (two-letter code, e.g. DE Germany, US United States, JP Japan)',
      short: 'Country or region',
    },
    morePartners: (type) => `Another partner of this kind (${type.toLowerCase()})?`,
  },
  concerns: (codes) =>
    codes.length <= 3
      ? ` (concerns line${codes.length > 1 ? 's' : ''} ${codes.join(', ')})`
      : ` (concerns ${codes.length} lines)`,
  labelled: (name, kind) => `${name} (${kind})`,
  // In a list of several, 'Maker space, level: City' read as two items: the level goes in brackets.
  platformAt: (kind, level) => `${kind} (${level})`,
  yes: 'Yes',
  no: 'No',
  none: 'none',
  list: (items) => items.join(', '),
  percent,
  summaryTitle: 'Your answers:',
  confirmAnswers: 'Are these answers right?',
  redo: 'Then answer again (your last answers are the defaults).',
  keys: { navigate: 'move', select: 'select', submit: 'confirm', all: 'all', invert: 'invert', space: 'space' },
  notNumber: 'Type a number, e.g. 60.',
  notInteger: 'Type a whole number.',
  between: (min, max) => `Type a number from ${min} to ${max}.`,
  percentOrShare: (typed, n, pct) =>
    `Is "${typed}" ${n}% or ${pct}%? Type a percentage: ${pct} for ${pct}%; for ${n}%, type ${n}%.`,
  notDate: 'Type a real date, e.g. 2018-03-01, 2018-3-1 or 2018/3/1.',
  numberInDigits: (typed) => `Type "${typed}" in digits, e.g. 60.`,
  shareWithUnit: (typed) =>
    `"${typed}" carries a unit and is not a percentage: type the number alone, e.g. 60 (for 60%).`,
  dateInDigits: (typed) => `Type "${typed}" in digits, e.g. 2018-03-01.`,
  notCountry: 'Type a two-letter country or region code, e.g. DE, US, JP (for a partner in China choose "In China").',
  pickOne: 'Choose at least one.',
  required: 'This cannot be empty.',
  headers: {
    rank: '#',
    code: 'Code',
    title: 'Title',
    status: 'Status',
    amount: 'Amount (10,000 CNY)',
    awards: 'Awards',
    notes: 'Reasons and to-dos',
  },
  amountBare: 'Amount',
  amountUnit: 'Amount in 10,000 CNY',
  status: { eligible: 'eligible', possible: 'possible', ineligible: 'ineligible' },
  amount: (min, max) => (min === null ? `≤${max}` : `${min}–${max}`),
  tierAmount: (tier, amount) => `${tier}: ${amount}`,
  awards: (n) => `≤${n}`,
  more: (n) => `${n} more: see the detail.`,
  everywhere: 'The same for every line:',
  noFields: 'No technical field stated: lines cannot be ranked by field.',
  offField: (status, codes) =>
    `${status.charAt(0).toUpperCase()}${status.slice(1)}, but not in the fields you chose: ${codes}`,
  detailAsk: 'See all reasons and to-dos of which line? (↑ to the last choice, Done, to finish)',
  detailDone: 'Done',
  detailReasons: 'Eligibility',
  detailTodos: 'To do',
  detailNone: 'none',
  detailClause: (clause) => `Guide: ${clause}`,
  detailMerits: 'Merits',
  statusTag: (status) => `[${status}]`,
  detailFunding: 'Funding: ',
  detailFieldsLabel: 'Fields: ',
  detailFields: (fields, fit) =>
    `${fields}${fit === true ? ' (one of yours)' : fit === false ? ' (none of yours)' : ''}`,
  unknownDetail: (code) => `There is no line ${code}; guilin-grants list shows them all.`,
  initWarn: (code, status) =>
    status === 'ineligible'
      ? `Note: by the profile, your organisation cannot apply to line ${code} (the files are written all the same):`
      : `Note: by the profile, your organisation may apply to line ${code} only if these hold (the files are written all the same):`,
  ineligibleTitle: 'Lines you cannot apply to:',
  totals: (e, p, i) => `${e} eligible, ${p} possible, ${i} ineligible.`,
  nextSteps: 'See a line with guilin-grants show CODE; scaffold a proposal with guilin-grants init CODE.',
  detailHint: "Run again with --detail CODE for all of a line's reasons and to-dos.",
  noneFits: 'From your answers, no funding line is open to you.',
  notInteractive:
    'This is not an interactive terminal, so no questions can be asked: describe your organisation with --profile FILE (--profile - reads standard input), e.g. guilin-grants match --profile me.yaml.',
  profileInvalid: (file, n) => `The profile ${file} has ${n} error(s); correct them and try again.`,
  profileUnreadable: (file, reason) => `Cannot read the profile ${file}: ${reason}`,
  profileIsFolder: (folder) =>
    `${folder} is a folder, not a profile: give a profile file, such as one saved with guilin-grants match --save-profile me.yaml.`,
  moreProblems: (n, max) => `${n} more problems are not listed (at most ${max} are): fix the ones above first.`,
  profileStdinEmpty:
    'No profile came on standard input (it is empty or only comments; did the command before the pipe fail?); check that command, or use --profile FILE.',
  profileStdinFolder:
    'Standard input is a folder, so it was not read: give the profile file as an argument, e.g. --profile me.yaml.',
  profileNotMapping: 'A profile is a mapping of keys (e.g. applicant: …), not a list or a single value.',
  noSuchFile: 'no such file.',
  stdin: 'standard input',
  profileYaml: (message) => `YAML error: ${message}`,
  otherGuideline: (named, used) => `The profile names the guideline ${named}; matching against ${used}.`,
  fileTaken: (file) => `${file} already exists; choose another name.`,
  saved: (file) => `Answers saved to ${file} (reuse them with guilin-grants match --profile ${file})`,
  stdoutTwice:
    '--save-profile - writes the profile to stdout, so --json cannot go there too; send one of them to a file.',
  saveAsk: 'Save these answers as a profile, to reuse them next time?',
  savePath: 'Save to which file?',
  defaultProfileFile: 'profile.yaml',
  profileHeader: 'Profile: answers to guilin-grants match. Reuse with: guilin-grants match --profile THIS-FILE',
  scaffoldAsk: (code) => `Scaffold the application documents for line ${code} (guilin-grants init ${code})?`,
  tierAsk: (code) => `Line ${code} is funded in tiers: which tier?`,
};

export const matchMessages: Catalogue<MatchMessages> = { zh, en };
