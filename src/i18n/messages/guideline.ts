import type { Catalogue, MessagesOf } from '../index.js';

const zh = {
  notFound: (ref: string, known: string) =>
    `找不到指南「${ref}」：它既不是文件，也不是内置指南（内置：${known}）。请检查路径或名称。`,
  unreadable: (file: string, reason: string) => `无法读取指南文件 ${file}：${reason}`,
  /** `--guideline FOLDER`: what to give in its place. */
  isFolder: (folder: string, known: string) =>
    `${folder} 是文件夹，不是指南文件：请给出指南文件，如 --guideline guilin-2020.yaml，或内置指南的名称（内置：${known}）。`,
  /** `guideline validate FOLDER`: the file to give in its place. */
  validateFolder: (folder: string) =>
    `${folder} 是文件夹，不是指南文件：请给出要校验的指南文件，如 guilin-grants guideline validate guilin-2020.yaml。`,
  /** `guideline validate --source FOLDER`: the guide's text is one file. */
  sourceFolder: (folder: string) =>
    `${folder} 是文件夹，不是指南原文：请给出指南原文的文本文件，如 --source guilin-2019-guideline.txt。`,
  /** `guideline validate` of a path with nothing at it (or a link to nothing). */
  validateMissing: (file: string) => `找不到指南文件 ${file}：没有这个文件，请检查路径；含空格的路径请加引号。`,
  /** …of a pipe, socket or device. */
  validateNotFile: (file: string) =>
    `${file} 不是普通文件（可能是管道、套接字或设备）：请给出要校验的指南文件，如 guilin-grants guideline validate guilin-2020.yaml。`,
  sourceMissing: (file: string) => `找不到指南原文 ${file}：没有这个文件，请检查路径；含空格的路径请加引号。`,
  invalid: (file: string, count: number) => `指南文件 ${file} 有 ${count} 处错误，请按上面的提示修改后再试。`,
  valid: (file: string, lines: number, rules: number) =>
    `指南文件 ${file} 有效：${lines} 个资助方向，${rules} 条申报要求。`,
  duplicateCode: (code: string) => `资助方向编号「${code}」重复；每个编号只能出现一次。`,
  duplicateProject: (n: number) => `项目编号 ${n} 重复；每个项目只能出现一次。`,
  codeMismatch: (code: string, expected: string) => `编号「${code}」与项目号和课题方向不符，应为「${expected}」。`,
  tierMinMax: (min: number, max: number) => `资助下限 ${min} 大于上限 ${max}；请交换或改正。`,
  tierNull: '只有一档资助时 tier 应为 null；有多档时每档都要命名（general/key/major）。',
  tierNamed: '同一方向的档次名称不能重复。',
  periodOrder: (start: number, end: number) => `实施年限起始年 ${start} 晚于结束年 ${end}。`,
  undefinedValue: (value: string, vocabulary: string) =>
    `「${value}」未在 vocabulary.${vocabulary} 中定义；请先在那里定义，或改用已定义的值。`,
  severityBasis: (severity: string, basis: string, allowed: string) =>
    `严重程度 ${severity} 与依据 ${basis} 不符：依据为 ${basis} 的规则只能是 ${allowed}（指南没有写成申报要求的，不能判为错误）。`,
  clauseNeeded: (basis: string) =>
    `依据为 ${basis} 的规则须引用指南原文（clause）；只有 convention（非指南要求的工具校验）可以没有原文。`,
  didYouMean: (c: string) => `你是不是想写「${c}」？`,
  commonRule: (n: number) => `通用要求第 ${n} 条`,
  sectionAt: (id: string) => `部分 ${id}`,
  projectAt: (n: string) => `项目 ${n}`,
  lineAt: (code: string) => `方向 ${code}`,
  requirementAt: (code: string, n: number) => `方向 ${code} 第 ${n} 条要求`,
  tierAt: (code: string, n: number) => `方向 ${code} 第 ${n} 档资助`,
  notInSource: (where: string, what: string, text: string) =>
    `${where}：${what}「${text}」在指南原文中找不到（空白不计）；请按原文逐字引用。`,
  sourceChecked: (file: string, source: string, count: number) =>
    `指南文件 ${file} 引用的 ${count} 段文字都能在 ${source} 中逐字找到。`,
  sourceMismatch: (file: string, source: string, count: number) =>
    `指南文件 ${file} 有 ${count} 段引用在 ${source} 中找不到，请按上面的位置逐条改正。`,
  quoteKind: { clause: '原文', content: '内容', title: '标题', intro: '引言' },
  yaml: (message: string) => `YAML 语法错误：${message}`,
  notMapping: '指南文件的顶层应是一个映射（键: 值）。',
};

export type GuidelineMessages = MessagesOf<typeof zh>;

const en: GuidelineMessages = {
  notFound: (ref, known) =>
    `Cannot find guideline "${ref}": it is neither a file nor a built-in guideline (built-in: ${known}). Check the path or the name.`,
  unreadable: (file, reason) => `Cannot read guideline file ${file}: ${reason}`,
  isFolder: (folder, known) =>
    `${folder} is a folder, not a guideline file: give a guideline file, such as --guideline guilin-2020.yaml, or the name of a built-in guideline (built-in: ${known}).`,
  validateFolder: (folder) =>
    `${folder} is a folder, not a guideline file: give the guideline file to validate, such as guilin-grants guideline validate guilin-2020.yaml.`,
  sourceFolder: (folder) =>
    `${folder} is a folder, not the guideline's text: give the text file of the guideline, such as --source guilin-2019-guideline.txt.`,
  validateMissing: (file) =>
    `Cannot find the guideline file ${file}: no such file. Check the path; quote paths that contain spaces.`,
  validateNotFile: (file) =>
    `${file} is not a regular file (a pipe, socket or device): give the guideline file to validate, such as guilin-grants guideline validate guilin-2020.yaml.`,
  sourceMissing: (file) =>
    `Cannot find the guideline's text ${file}: no such file. Check the path; quote paths that contain spaces.`,
  invalid: (file, count) => `Guideline file ${file} has ${count} error(s); fix them as shown above and try again.`,
  valid: (file, lines, rules) => `Guideline file ${file} is valid: ${lines} funding lines, ${rules} requirements.`,
  duplicateCode: (code) => `Funding line code "${code}" appears more than once; each code must be unique.`,
  duplicateProject: (n) => `Project number ${n} appears more than once; each project must be unique.`,
  codeMismatch: (code, expected) =>
    `Code "${code}" does not match its project and direction; it should be "${expected}".`,
  tierMinMax: (min, max) => `The funding minimum ${min} is greater than the maximum ${max}; swap or correct them.`,
  tierNull: 'A line with one funding tier has tier: null; a line with several names each (general/key/major).',
  tierNamed: 'Tier names must not repeat within a line.',
  periodOrder: (start, end) => `The period starts in ${start}, after it ends in ${end}.`,
  undefinedValue: (value, vocabulary) =>
    `"${value}" is not defined in vocabulary.${vocabulary}; define it there first or use a defined value.`,
  severityBasis: (severity, basis, allowed) =>
    `Severity ${severity} contradicts basis ${basis}: a rule resting on ${basis} can only be ${allowed} (what the guide does not make a requirement cannot be an error).`,
  clauseNeeded: (basis) =>
    `A rule whose basis is ${basis} must quote the guide (clause); only a convention (the tool's own check, not the guide's) may have none.`,
  didYouMean: (c) => `Did you mean "${c}"?`,
  commonRule: (n) => `common requirement ${n}`,
  sectionAt: (id) => `section ${id}`,
  projectAt: (n) => `project ${n}`,
  lineAt: (code) => `line ${code}`,
  requirementAt: (code, n) => `line ${code}, requirement ${n}`,
  tierAt: (code, n) => `line ${code}, tier ${n}`,
  notInSource: (where, what, text) =>
    `${where}: the ${what} 「${text}」 is not in the guide's text (whitespace aside); quote it word for word.`,
  sourceChecked: (file, source, count) =>
    `Every one of the ${count} quotations in guideline file ${file} is found word for word in ${source}.`,
  sourceMismatch: (file, source, count) =>
    `${count} quotation(s) of guideline file ${file} are not in ${source}; correct each at the place shown above.`,
  quoteKind: { clause: 'clause', content: 'content', title: 'title', intro: 'introduction' },
  yaml: (message) => `YAML syntax error: ${message}`,
  notMapping: 'The top level of a guideline file must be a mapping (key: value).',
};

export const guidelineMessages: Catalogue<GuidelineMessages> = { zh, en };
