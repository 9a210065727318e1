import type { Catalogue } from '../index.js';

export interface CliMessages {
  programDescription: string;
  titles: Record<string, string>;
  usageOptions: string;
  usageCommand: string;
  opt: {
    source: string;
    guideline: string;
    lang: string;
    json: string;
    help: string;
    version: string;
    field: string;
    office: string;
    type: string;
    profile: string;
    saveProfile: string;
    detail: string;
    format: string;
    output: string;
    quiet: string;
    summary: string;
    encoding: string;
    jobs: string;
    tier: string;
    dryRun: string;
    force: string;
    fix: string;
    fixDryRun: string;
    initProfile: string;
  };
  cmd: Record<
    'list' | 'show' | 'match' | 'check' | 'init' | 'export' | 'schema' | 'guideline' | 'guidelineValidate' | 'help',
    string
  >;
  arg: Record<'code' | 'dir' | 'folder' | 'paths' | 'file', string>;
  examples: Record<
    'program' | 'list' | 'show' | 'match' | 'check' | 'init' | 'export' | 'schema' | 'guidelineValidate',
    string[]
  >;
  exportForce: string;
  examplesTitle: string;
  unknownCommand: (cmd: string, hint: string) => string;
  unknownOption: (opt: string, hint: string) => string;
  didYouMean: (s: string) => string;
  missingArgument: (arg: string, cmd: string) => string;
  optionMissingArgument: (opt: string) => string;
  excessArguments: (cmd: string) => string;
  invalidChoice: (opt: string, value: string, choices: string) => string;
  seeHelp: (cmd: string) => string;
  unexpected: (message: string) => string;
  interrupted: string;
  stdoutFailed: (code: string) => string;
  unknownLine: (code: string, known: string) => string;
  unknownValue: (what: string, value: string, known: string) => string;
  written: (file: string) => string;
}

const zh: CliMessages = {
  programDescription: '桂林市科技计划申报指南工具：查找资助方向、匹配申报条件、生成申报材料、批量形式审查。',
  usageOptions: '[选项]',
  usageCommand: '[命令]',
  titles: {
    'Usage:': '用法：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Arguments:': '参数：',
    'Global Options:': '全局选项：',
  },
  opt: {
    guideline: '使用的指南：内置名称（默认 guilin-2019）或指南 YAML 文件路径',
    source: '指南原文（纯文本）：核对文件中每段引用都能在原文中逐字找到',
    lang: '输出语言：zh（默认）或 en；也可设环境变量 GUILIN_GRANTS_LANG',
    json: '以 JSON 输出（供脚本使用）',
    help: '显示帮助',
    version: '显示版本号',
    field: '只列出涉及该技术领域的方向（如 electronic_information 或 电子信息）',
    office: '只列出该管理科室的方向（如 高新技术科）',
    type: '只列出该类单位可以牵头的方向（如 enterprise 或 企业）',
    profile: '从文件读取答案（- 表示标准输入），不再提问',
    saveProfile: '把回答保存为档案文件，下次可用 --profile 读取',
    detail: '只显示一个方向的全部理由与待办（含指南原文），不提问',
    format:
      '输出格式：table（默认）、json、csv（问题明细）、markdown、register（受理清单 CSV）、xlsx（工作簿，须配合 --output）、html（可在浏览器中筛选的报告）',
    output: '把结果写入文件而不是标准输出（不覆盖已有文件，除非加 --force）',
    quiet: '只报告错误，不显示警告和提示',
    summary: '附上按方向和管理科室的汇总，以及重复出现的申报单位',
    encoding: '强制按该编码读取文件（utf-8、gb18030、utf-16le 等）',
    jobs: '并行工作线程数（默认：三核及以上为 CPU 核数，双核及以下为 1；文件少于 400 个时不并行）',
    tier: '项目类别（分档的方向必填）：general、key、major',
    dryRun: '只显示将要生成的文件，不写入',
    force: '覆盖已有文件',
    fix: '就地修正可以机械修正的问题（全角符号、带单位的数字、是/否、日期、键名拼写等），再报告余下的问题',
    fixDryRun: '与 --fix 一起用：以统一差异格式（diff）显示将要做的修正，不写入',
    initProfile: '从档案文件（match --save-profile 保存的，- 表示标准输入）预填单位名称、类型、合作单位等',
  },
  cmd: {
    list: '列出全部资助方向（编号、名称、年限、立项数、资助额度、资助方式、管理科室）',
    show: '显示一个资助方向的全部内容和申报要求',
    match: '回答几个问题，找出适合本单位的资助方向',
    check: '审查申请书（文件、文件夹或通配符），报告不符合指南之处',
    init: '为一个资助方向生成申报材料模板',
    export: '按 application.yaml 重新生成申报书的封面和项目基本信息表（另存为 申报书-基本信息.docx）',
    schema: '输出 application.yaml 的 JSON Schema（供编辑器校验和补全）',
    guideline: '指南文件相关命令',
    guidelineValidate: '校验指南 YAML 文件（供编写下一年度指南者使用）',
    help: '显示命令的帮助',
  },
  arg: {
    code: '资助方向编号，如 1、5-2、15-3',
    dir: '目标文件夹（默认为方向编号命名的新文件夹）',
    folder: 'guilin-grants init 生成的申报文件夹（含 application.yaml）',
    paths: '申请书文件、文件夹或通配符；- 表示标准输入',
    file: '指南 YAML 文件',
  },
  examplesTitle: '示例：',
  examples: {
    program: [
      'guilin-grants list',
      'guilin-grants show 5-2',
      'guilin-grants match',
      'guilin-grants init 1 我的申报',
      'guilin-grants check 申报材料/',
    ],
    list: ['guilin-grants list', 'guilin-grants list --type enterprise', 'guilin-grants list --field 电子信息 --json'],
    show: ['guilin-grants show 1', 'guilin-grants show 5.2', 'guilin-grants show 16 --lang en'],
    match: [
      'guilin-grants match',
      'guilin-grants match --profile 本单位.yaml',
      'guilin-grants match --profile 本单位.yaml --detail 4',
      'guilin-grants match --profile - --json < profile.yaml',
    ],
    check: [
      'guilin-grants check application.yaml',
      'guilin-grants check 收件/ --summary',
      'guilin-grants check "收件/**/*.yaml" --format csv --output 审查结果.csv',
      'guilin-grants check 收件/ --format xlsx --output 审查结果.xlsx',
      'guilin-grants check 收件/ --format html --output 审查报告.html',
    ],
    init: [
      'guilin-grants init 1',
      'guilin-grants init 16 --tier major 示范区项目',
      'guilin-grants init 9 --profile 本单位.yaml --dry-run',
    ],
    export: ['guilin-grants export 我的申报', 'guilin-grants export 我的申报 --force'],
    schema: ['guilin-grants schema > application.schema.json'],
    guidelineValidate: [
      'guilin-grants guideline validate guidelines/guilin-2020.yaml',
      'guilin-grants guideline validate guidelines/guilin-2020.yaml --source 2020年申报指南.txt',
    ],
  },
  exportForce: '覆盖已有的 申报书-基本信息.docx',
  unknownCommand: (cmd, hint) => `没有「${cmd}」这个命令。${hint}`,
  unknownOption: (opt, hint) => `不认识的选项 ${opt}。${hint}`,
  didYouMean: (s) => `是否想用 ${s}？`,
  missingArgument: (arg, cmd) => `缺少参数 ${arg}：请运行 guilin-grants ${cmd} --help 查看用法。`,
  optionMissingArgument: (opt) => `选项 ${opt} 需要一个值。`,
  excessArguments: (cmd) => `参数太多：请运行 guilin-grants ${cmd} --help 查看用法。`,
  invalidChoice: (opt, value, choices) => `选项 ${opt} 的值「${value}」无效；可选：${choices}。`,
  seeHelp: (cmd) => `运行 guilin-grants ${cmd}--help 查看用法。`,
  unexpected: (message) => `内部错误：${message}。请把所用命令和文件报告给维护者。`,
  interrupted: '已取消',
  stdoutFailed: (code) => `无法写出结果（${code}）：输出不完整。请检查磁盘空间或输出的去向后重试。`,
  unknownLine: (code, known) => `指南中没有资助方向「${code}」；可选：${known}。`,
  unknownValue: (what, value, known) => `不认识的${what}「${value}」；可选：${known}。`,
  written: (file) => `已写入 ${file}`,
};

const en: CliMessages = {
  programDescription:
    'Guilin city S&T plan guide: find funding lines, match your organisation, scaffold a proposal, screen applications.',
  usageOptions: '[options]',
  usageCommand: '[command]',
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global Options:',
  },
  opt: {
    guideline: 'guideline to use: a built-in id (default guilin-2019) or the path of a guideline YAML file',
    source: "the guide's text (plain text): every quotation of the file must be found in it word for word",
    lang: 'output language: zh (default) or en; also the GUILIN_GRANTS_LANG variable',
    json: 'print JSON (for scripts)',
    help: 'show help',
    version: 'show the version',
    field: 'only lines whose content covers this field (e.g. electronic_information)',
    office: 'only lines of this managing office (id or Chinese name)',
    type: 'only lines this applicant type may lead (e.g. enterprise)',
    profile: 'read the answers from a file (- for stdin) instead of asking',
    saveProfile: 'save the answers as a profile, to reuse with --profile',
    detail: 'print all reasons and to-dos of one line (with the clauses), without questions',
    format:
      'output format: table (default), json, csv (findings), markdown, register (the register as CSV), xlsx (a workbook; needs --output), html (a report to filter in a browser)',
    output: 'write the results to a file instead of stdout (never over an existing file without --force)',
    quiet: 'report errors only, no warnings or notes',
    summary: 'add totals per line and per office, and applicants that appear more than once',
    encoding: 'read files in this encoding (utf-8, gb18030, utf-16le, …)',
    jobs: 'number of threads (default: the CPU cores from three cores on, 1 on two or fewer; none below 400 files)',
    tier: 'tier, required where the line has tiers: general, key, major',
    dryRun: 'show the files that would be written, write nothing',
    force: 'overwrite existing files',
    fix: 'fix in place what can be fixed mechanically (full-width characters, numbers with units, 是/否, dates, misspelled keys…), then report what is left',
    fixDryRun: 'with --fix: print the fixes as a unified diff, write nothing',
    initProfile: 'prefill the name, type, partners… from a profile (saved by match --save-profile; - for stdin)',
  },
  cmd: {
    list: 'list all funding lines (code, title, years, awards, amount, method, office)',
    show: 'show one funding line in full, with every requirement',
    match: 'answer a few questions and find the funding lines that fit you',
    check: 'check applications (files, folders or globs) against the guide',
    init: 'scaffold the application documents for a funding line',
    export:
      "make the proposal's cover and basic information table again from application.yaml (as proposal-basic-info.docx)",
    schema: 'print the JSON Schema of application.yaml (for editors)',
    guideline: 'commands for guideline files',
    guidelineValidate: "validate a guideline YAML file (for whoever encodes next year's guide)",
    help: 'show help for a command',
  },
  arg: {
    code: 'funding line code, e.g. 1, 5-2, 15-3',
    dir: 'target folder (default: a new folder named after the line)',
    folder: 'a folder guilin-grants init made (holding application.yaml)',
    paths: 'application files, folders or globs; - for stdin',
    file: 'guideline YAML file',
  },
  examplesTitle: 'Examples:',
  examples: {
    program: [
      'guilin-grants list --lang en',
      'guilin-grants show 5-2 --lang en',
      'guilin-grants match --lang en',
      'guilin-grants init 1 my-proposal',
      'guilin-grants check inbox/',
    ],
    list: [
      'guilin-grants list',
      'guilin-grants list --type enterprise',
      'guilin-grants list --field electronic_information --json',
    ],
    show: ['guilin-grants show 1', 'guilin-grants show 5.2', 'guilin-grants show 16 --lang en'],
    match: [
      'guilin-grants match',
      'guilin-grants match --profile me.yaml',
      'guilin-grants match --profile me.yaml --detail 4',
      'guilin-grants match --profile - --json < profile.yaml',
    ],
    check: [
      'guilin-grants check application.yaml',
      'guilin-grants check inbox/ --summary',
      'guilin-grants check "inbox/**/*.yaml" --format csv --output results.csv',
      'guilin-grants check inbox/ --format xlsx --output review.xlsx',
      'guilin-grants check inbox/ --format html --output report.html',
    ],
    init: [
      'guilin-grants init 1',
      'guilin-grants init 16 --tier major demo-project',
      'guilin-grants init 9 --profile me.yaml --dry-run',
    ],
    export: ['guilin-grants export my-proposal', 'guilin-grants export my-proposal --force'],
    schema: ['guilin-grants schema > application.schema.json'],
    guidelineValidate: [
      'guilin-grants guideline validate guidelines/guilin-2020.yaml',
      'guilin-grants guideline validate guidelines/guilin-2020.yaml --source guide-2020.txt',
    ],
  },
  exportForce: 'overwrite an existing proposal-basic-info.docx',
  unknownCommand: (cmd, hint) => `There is no command "${cmd}". ${hint}`,
  unknownOption: (opt, hint) => `Unknown option ${opt}. ${hint}`,
  didYouMean: (s) => `Did you mean ${s}?`,
  missingArgument: (arg, cmd) => `Missing argument ${arg}: run guilin-grants ${cmd} --help for usage.`,
  optionMissingArgument: (opt) => `Option ${opt} needs a value.`,
  excessArguments: (cmd) => `Too many arguments: run guilin-grants ${cmd} --help for usage.`,
  invalidChoice: (opt, value, choices) => `Invalid value "${value}" for ${opt}; choose one of: ${choices}.`,
  seeHelp: (cmd) => `Run guilin-grants ${cmd}--help for usage.`,
  unexpected: (message) => `Internal error: ${message}. Please report the command and the file to the maintainers.`,
  interrupted: 'Cancelled',
  stdoutFailed: (code) =>
    `Could not write the results (${code}): the output is incomplete. Check the disk space or where the output goes, and run again.`,
  unknownLine: (code, known) => `The guideline has no funding line "${code}"; the lines are: ${known}.`,
  unknownValue: (what, value, known) => `Unknown ${what} "${value}"; known: ${known}.`,
  written: (file) => `Written: ${file}`,
};

export const cliMessages: Catalogue<CliMessages> = { zh, en };
