import type { Catalogue, MessagesOf } from '../index.js';

/** What `check --fix` did and did not do, on stderr beside the report. */
const zh = {
  kinds: {
    fullWidthColon: '全角冒号或空格改为半角',
    tabIndent: 'Tab 缩进改为空格',
    fullWidthIndent: '全角空格缩进改为半角空格',
    backslashPath: '含反斜杠的路径改用单引号',
    number: '文字改为数字',
    yuan: '元换算为万元',
    direction: '资助方向编号分写为项目和方向',
    year: '年月改为年份',
    percent: '百分数改为小数',
    boolean: '是/否 改为 true/false',
    key: '键名拼写',
    keyName: '中文名称改为键名',
    date: '日期改为 年-月-日',
    country: '国家改为 ISO 代码',
    partner: '附件的合作单位名称改为 partners 中的写法',
    creditCodeCase: '统一社会信用代码的字母改为大写',
    creditCodeWidth: '统一社会信用代码的全角字符改为半角',
  },
  /** One fix: where, what was written, what is written now, and why. */
  fix: (line: number, path: string | null, from: string, to: string, kind: string) =>
    `  第 ${line} 行${path ? ` ${path}` : ''}：${from} → ${to}（${kind}）`,
  fileFixed: (file: string, n: number) => `${file}：已修正 ${n} 处`,
  wouldFix: (file: string, n: number) => `${file}：可修正 ${n} 处`,
  /** After the fixes: the report that follows is what is left to do by hand. */
  fixedSummary: (files: number, n: number) => `已修正 ${files} 个文件（共 ${n} 处）。下面的报告是仍需手工修改的问题。`,
  dryRunSummary: (files: number, n: number) => `--dry-run：${files} 个文件可修正（共 ${n} 处），没有写入任何文件。`,
  nothingToFix: '没有可以自动修正的问题。',
  /** After a dry run, when files would still fail once fixed: the exit code is 1, as check's would be. */
  dryRunStillFails: (n: number) =>
    `按上面的改动修正后，仍有 ${n} 个文件不能通过审查（退出码 1）；去掉 --dry-run 再运行，修正后会列出余下的问题。`,
  /** After a dry run that found nothing to fix, when files fail as they are: no "changes above" to speak of. */
  dryRunFailsAsIs: (n: number) =>
    `${n} 个文件不能通过审查（退出码 1）；去掉 --fix --dry-run 再运行 check，会列出要手工修改的问题。`,
  unreadable: (file: string) =>
    `${file}：未修正：修正可自动修正的问题后仍无法按 YAML 读取，文件保持原样；请按 check 报告中的提示手工修改。`,
  /** A file not read at all: `reason` is the sentence of its `file` finding. */
  notRead: (file: string, reason: string) => `${file}：未修正：${reason}`,
  notUtf8: (file: string) => `${file}：未修正：文件不是 UTF-8 编码，请另存为 UTF-8 后再用 --fix。`,
  notWritten: (file: string, reason: string) => `${file}：未修正：无法写入（${reason}）。`,
  readOnly: (file: string) =>
    `${file}：未修正：文件是只读的，保持原样；如要修正，请先去掉只读属性（如 chmod u+w），或按 check 报告中的提示手工修改。`,
  changed: (file: string) =>
    `${file}：未修正：读取之后文件又被改动过（如在编辑器中保存），保持原样，没有覆盖这些改动；请再运行一次 --fix。`,
  /** A file with `others` more names (hard links): which of them should change, the tool cannot tell. */
  linked: (file: string, others: number) =>
    `${file}：未修正：这个文件还有另外 ${others} 个名字（硬链接），修正只会改到其中一个，保持原样；请按 check 报告中的提示手工修改，或先把它复制成独立的文件再用 --fix。`,
  stdin: '标准输入（-）无法就地修正，已跳过修正。',
  dryRunWithoutFix: 'check 的 --dry-run 只能与 --fix 一起使用：check --fix --dry-run 文件…',
};

export type FixMessages = MessagesOf<typeof zh>;

const en: FixMessages = {
  kinds: {
    fullWidthColon: 'full-width colon or space made ASCII',
    tabIndent: 'tab indentation made spaces',
    fullWidthIndent: 'full-width space indentation made ASCII spaces',
    backslashPath: 'path with backslashes put in single quotes',
    number: 'text made a number',
    yuan: 'yuan made units of 10,000 CNY',
    direction: "a line's code written as its project and direction",
    year: 'year and month made the year',
    percent: 'percentage made a fraction',
    boolean: '是/否 made true/false',
    key: 'key spelling',
    keyName: 'Chinese name made its key',
    date: 'date made year-month-day',
    country: 'country made its ISO code',
    partner: "attachment's partner named as under partners",
    creditCodeCase: "credit code's letters made capitals",
    creditCodeWidth: "credit code's full-width characters made ASCII",
  },
  fix: (line, path, from, to, kind) => `  line ${line}${path ? ` ${path}` : ''}: ${from} → ${to} (${kind})`,
  fileFixed: (file, n) => `${file}: fixed ${n} problem(s)`,
  wouldFix: (file, n) => `${file}: ${n} problem(s) can be fixed`,
  fixedSummary: (files, n) =>
    `Fixed ${n} problem(s) in ${files} file(s). The report below is what is left to do by hand.`,
  dryRunSummary: (files, n) => `--dry-run: ${n} problem(s) in ${files} file(s) can be fixed; nothing was written.`,
  nothingToFix: 'Nothing that can be fixed automatically.',
  dryRunStillFails: (n) =>
    `${n} file(s) would still fail once these fixes are made (exit code 1); run again without --dry-run to make them and see what is left.`,
  dryRunFailsAsIs: (n) =>
    `${n} file(s) fail (exit code 1); run check again without --fix --dry-run to see what to change by hand.`,
  unreadable: (file) =>
    `${file}: not fixed: once the fixable problems are fixed it still cannot be read as YAML, so it is left as it was; fix it by hand as check's report says.`,
  notRead: (file, reason) => `${file}: not fixed. ${reason}`,
  notUtf8: (file) => `${file}: not fixed: the file is not UTF-8; save it as UTF-8, then use --fix.`,
  notWritten: (file, reason) => `${file}: not fixed: it could not be written (${reason}).`,
  readOnly: (file) =>
    `${file}: not fixed: the file is read-only and is left as it is; to fix it, make it writable first (chmod u+w, say), or fix it by hand as check's report says.`,
  changed: (file) =>
    `${file}: not fixed: it was changed after it was read (saved in an editor, say), so it is left as it is, those changes kept; run --fix again.`,
  linked: (file, others) =>
    `${file}: not fixed: the file has ${others} other name(s) (hard links), and a fix would reach only one of them, so it is left as it is; fix it by hand as check's report says, or make it a file of its own (a copy) before --fix.`,
  stdin: 'Standard input (-) cannot be fixed in place; no fixes were made to it.',
  dryRunWithoutFix: "check's --dry-run goes with --fix: check --fix --dry-run FILE…",
};

export const fixMessages: Catalogue<FixMessages> = { zh, en };
