import type { Catalogue } from '../index.js';

export type QuestionText = { ask: string; short: string };

export interface MatchMessages {
  // judging
  whoOpen: (text: string) => string;
  priorityOpen: (text: string) => string;
  onCondition: (condition: string, todo: string) => string;
  fieldsShared: (fields: string) => string;
  // questions
  q: {
    inGuilin: QuestionText;
    type: QuestionText;
    platforms: QuestionText;
    platformLevel: (kind: string) => string;
    highTech: QuestionText;
    highTechChoice: Record<'valid' | 'reserve' | 'none', string>;
    talentRoute: QuestionText;
    talentRouteHint: Record<string, string>;
    talentNone: string;
    talentLeader: QuestionText;
    talentDate: QuestionText;
    talentCategory: QuestionText;
    category: (n: number) => string;
    categoryNone: string;
    centralOrRegional: QuestionText;
    serviceRatio: QuestionText;
    commissioner: QuestionText;
    mainImplementer: QuestionText;
    ecoIndustry: QuestionText;
    fields: QuestionText;
    partners: QuestionText;
    partnerName: (type: string) => string;
  };
  /** Appended to a question: which lines hang on it. */
  concerns: (codes: string[]) => string;
  labelled: (name: string, kind: string) => string;
  platformAt: (kind: string, level: string) => string;
  yes: string;
  no: string;
  none: string;
  list: (items: string[]) => string;
  percent: (ratio: number) => string;
  summaryTitle: string;
  confirmAnswers: string;
  redo: string;
  // prompt wrapper
  keys: Record<string, string>;
  notNumber: string;
  notInteger: string;
  between: (min: number, max: number) => string;
  notDate: string;
  pickOne: string;
  required: string;
  // results
  headers: { rank: string; code: string; title: string; status: string; amount: string; awards: string; notes: string };
  status: Record<'eligible' | 'possible' | 'ineligible', string>;
  amount: (min: number | null, max: number) => string;
  tierAmount: (tier: string, amount: string) => string;
  awards: (n: number) => string;
  more: (n: number) => string;
  ineligibleTitle: string;
  totals: (eligible: number, possible: number, ineligible: number) => string;
  nextSteps: string;
  noneFits: string;
  // files and modes
  notInteractive: string;
  profileInvalid: (file: string, n: number) => string;
  profileUnreadable: (file: string, reason: string) => string;
  /** `--profile -` and nothing came (an upstream command failed). */
  profileStdinEmpty: string;
  profileNotMapping: string;
  noSuchFile: string;
  stdin: string;
  profileYaml: (message: string) => string;
  otherGuideline: (named: string, used: string) => string;
  fileTaken: (file: string) => string;
  saved: (file: string) => string;
  /** `--save-profile -` with `--json`: both want stdout. */
  stdoutTwice: string;
  saveAsk: string;
  savePath: string;
  defaultProfileFile: string;
  profileHeader: string;
  scaffoldAsk: string;
  scaffoldNo: string;
  tierAsk: (code: string) => string;
}

const zh: MatchMessages = {
  whoOpen: (text) => `待确认：${text}。`,
  priorityOpen: (text) => `尚不清楚是否符合优先条件：${text}。`,
  onCondition: (condition, todo) => `如${condition}：${todo}`,
  fieldsShared: (fields) => `技术领域相符：${fields}`,
  q: {
    inGuilin: { ask: '本单位是否在桂林注册，或驻在桂林？', short: '在桂林注册或驻桂林' },
    type: { ask: '本单位（第一申报单位）属于哪一类？', short: '单位类型' },
    platforms: { ask: '本单位有哪些经认定或备案的平台？（可多选；都没有就直接按回车）', short: '平台' },
    platformLevel: (kind) => `本单位的${kind}是哪一级的？`,
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
    },
    talentNone: '暂时没有',
    talentLeader: { ask: '该引进人才担任项目负责人吗？', short: '人才任项目负责人' },
    talentDate: { ask: '该人才是哪天引进的？（年-月-日，如 2018-03-01）', short: '人才引进日期' },
    talentCategory: { ask: '按市办发〔2017〕6号第四条，该人才属于第几类？', short: '人才类别' },
    category: (n) => `第${'一二三四五六七八九'[n - 1] ?? n}类`,
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
    partners: { ask: '项目有哪些类型的合作单位？（可多选；没有就直接按回车）', short: '合作单位' },
    partnerName: (type) => `合作${type}的名称：`,
  },
  concerns: (codes) => (codes.length <= 3 ? `（关系到方向 ${codes.join('、')}）` : `（关系到 ${codes.length} 个方向）`),
  labelled: (name, kind) => `${name}（${kind}）`,
  platformAt: (kind, level) => `${level}${kind}`,
  yes: '是',
  no: '否',
  none: '无',
  list: (items) => items.join('、'),
  percent: (ratio) => `${Math.round(ratio * 100)}%`,
  summaryTitle: '您的回答：',
  confirmAnswers: '以上回答是否正确？',
  redo: '好的，请重新回答（上次的回答为默认值）。',
  keys: { navigate: '移动', select: '选择', submit: '确定', all: '全选', invert: '反选', space: '空格' },
  notNumber: '请输入一个数字，如 60。',
  notInteger: '请输入整数。',
  between: (min, max) => `请输入 ${min} 到 ${max} 之间的数。`,
  notDate: '请按“年-月-日”输入一个真实的日期，如 2018-03-01。',
  pickOne: '请至少选择一项。',
  required: '请填写，不能为空。',
  headers: {
    rank: '排名',
    code: '编号',
    title: '名称',
    status: '结论',
    amount: '资助额度（万元）',
    awards: '立项数',
    notes: '理由与待办',
  },
  status: { eligible: '符合', possible: '可能符合', ineligible: '不符合' },
  amount: (min, max) => (min === null ? `≤${max}` : `${min}–${max}`),
  tierAmount: (tier, amount) => `${tier} ${amount}`,
  awards: (n) => `≤${n}`,
  more: (n) => `……另有 ${n} 项待办`,
  ineligibleTitle: '不符合的方向：',
  totals: (e, p, i) => `符合 ${e} 个，可能符合 ${p} 个，不符合 ${i} 个。`,
  nextSteps: '用 guilin-grants show 编号 查看方向详情，guilin-grants init 编号 生成申报材料模板。',
  noneFits: '按您的回答，没有符合或可能符合的方向。',
  notInteractive:
    '当前不是交互式终端，无法逐项提问：请用 --profile 文件 提供本单位情况（--profile - 表示从标准输入读取），例如 guilin-grants match --profile 本单位.yaml。',
  profileInvalid: (file, n) => `档案文件 ${file} 有 ${n} 处错误，请改正后再试。`,
  profileUnreadable: (file, reason) => `无法读取档案文件 ${file}：${reason}`,
  profileStdinEmpty:
    '标准输入中没有档案（是空的或只有注释，可能是前面的命令失败了）；请检查管道前的命令，或用 --profile 文件名。',
  profileNotMapping: '档案文件应为键值对（如 applicant: …），而不是列表或单个值。',
  noSuchFile: '文件不存在。',
  stdin: '标准输入',
  profileYaml: (message) => `YAML 格式错误：${message}`,
  otherGuideline: (named, used) => `档案写的是指南 ${named}，本次按 ${used} 匹配。`,
  fileTaken: (file) => `${file} 已存在，请换一个文件名。`,
  saved: (file) => `已保存回答：${file}（下次可用 guilin-grants match --profile ${file}）`,
  stdoutTwice: '--save-profile - 把档案写到标准输出，不能再同时用 --json；请把其中一个写到文件。',
  saveAsk: '把这些回答保存为档案文件，以便下次直接使用吗？',
  savePath: '保存到哪个文件？',
  defaultProfileFile: '本单位档案.yaml',
  profileHeader: '本单位档案：guilin-grants match 的回答。再次使用：guilin-grants match --profile 本文件',
  scaffoldAsk: '要为其中一个方向生成申报材料模板吗？',
  scaffoldNo: '不用了',
  tierAsk: (code) => `方向 ${code} 分档资助，申报哪一类？`,
};

const en: MatchMessages = {
  whoOpen: (text) => `To be confirmed: ${text}.`,
  priorityOpen: (text) => `Not known whether a priority applies: ${text}.`,
  onCondition: (condition, todo) => `(if ${condition}) ${todo}`,
  fieldsShared: (fields) => `Shared fields: ${fields}`,
  q: {
    inGuilin: { ask: 'Is your organisation registered or based in Guilin?', short: 'Registered or based in Guilin' },
    type: { ask: 'What kind of organisation is the lead applicant?', short: 'Organisation type' },
    platforms: {
      ask: 'Which recognised platforms does your organisation hold? (any number; none: just press Enter)',
      short: 'Platforms',
    },
    platformLevel: (kind) => `At what level is your ${kind.toLowerCase()} recognised?`,
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
    talentDate: { ask: 'When was the talent introduced? (YYYY-MM-DD, e.g. 2018-03-01)', short: 'Talent introduced on' },
    talentCategory: {
      ask: 'Which category of Shi Ban Fa [2017] No. 6, article 4, does the talent belong to?',
      short: 'Talent category',
    },
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
      short: 'Partners',
    },
    partnerName: (type) => `Name of the partner (${type.toLowerCase()}):`,
  },
  concerns: (codes) =>
    codes.length <= 3
      ? ` (concerns line${codes.length > 1 ? 's' : ''} ${codes.join(', ')})`
      : ` (concerns ${codes.length} lines)`,
  labelled: (name, kind) => `${name} (${kind})`,
  platformAt: (kind, level) => `${kind}, level: ${level}`,
  yes: 'Yes',
  no: 'No',
  none: 'none',
  list: (items) => items.join(', '),
  percent: (ratio) => `${Math.round(ratio * 100)}%`,
  summaryTitle: 'Your answers:',
  confirmAnswers: 'Are these answers right?',
  redo: 'Then answer again (your last answers are the defaults).',
  keys: { navigate: 'move', select: 'select', submit: 'confirm', all: 'all', invert: 'invert', space: 'space' },
  notNumber: 'Type a number, e.g. 60.',
  notInteger: 'Type a whole number.',
  between: (min, max) => `Type a number from ${min} to ${max}.`,
  notDate: 'Type a real date as YYYY-MM-DD, e.g. 2018-03-01.',
  pickOne: 'Choose at least one.',
  required: 'This cannot be empty.',
  headers: {
    rank: '#',
    code: 'Code',
    title: 'Title',
    status: 'Status',
    amount: 'Amount (10k CNY)',
    awards: 'Awards',
    notes: 'Reasons and to-dos',
  },
  status: { eligible: 'eligible', possible: 'possible', ineligible: 'ineligible' },
  amount: (min, max) => (min === null ? `≤${max}` : `${min}–${max}`),
  tierAmount: (tier, amount) => `${tier}: ${amount}`,
  awards: (n) => `≤${n}`,
  more: (n) => `… and ${n} more to-do${n > 1 ? 's' : ''}`,
  ineligibleTitle: 'Lines you cannot apply to:',
  totals: (e, p, i) => `${e} eligible, ${p} possible, ${i} ineligible.`,
  nextSteps: 'See a line with guilin-grants show CODE; scaffold a proposal with guilin-grants init CODE.',
  noneFits: 'From your answers, no funding line is open to you.',
  notInteractive:
    'This is not an interactive terminal, so no questions can be asked: describe your organisation with --profile FILE (--profile - reads standard input), e.g. guilin-grants match --profile me.yaml.',
  profileInvalid: (file, n) => `The profile ${file} has ${n} error(s); correct them and try again.`,
  profileUnreadable: (file, reason) => `Cannot read the profile ${file}: ${reason}`,
  profileStdinEmpty:
    'No profile came on standard input (it is empty or only comments; did the command before the pipe fail?); check that command, or use --profile FILE.',
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
  scaffoldAsk: 'Scaffold the application documents for one of these lines?',
  scaffoldNo: 'No, thanks',
  tierAsk: (code) => `Line ${code} is funded in tiers: which tier?`,
};

export const matchMessages: Catalogue<MatchMessages> = { zh, en };
