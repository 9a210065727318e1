import type { Catalogue, MessagesOf } from '../index.js';

/** `check`: finding the inputs, reading them, writing the report, and the report's own words. */
const zh = {
  input: {
    missing: (arg: string) => `找不到「${arg}」：没有这个文件或文件夹。请检查路径；含空格的路径请加引号。`,
    none: '没有给出要审查的申请书：请写出文件、文件夹或通配符，例如 guilin-grants check 收件/；用 - 从标准输入读取。',
    noneFound: (args: string) => `在 ${args} 中没有找到申请书（.yaml 或 .yml 文件）；请检查路径或通配符。`,
    /** Nothing left once what was named was skipped: the skips, each with its reason, are already said. */
    noneLeft: (args: string) => `在 ${args} 中没有可审查的申请书：跳过的文件及原因见上。`,
    noMatch: (p: string) => `通配符「${p}」没有匹配到任何 .yaml 或 .yml 文件。`,
    emptyFolder: (f: string) => `文件夹 ${f} 中没有 .yaml 或 .yml 文件（隐藏文件夹和 node_modules 不查找）。`,
    notRegular: (p: string) => `已跳过 ${p}：不是普通文件（可能是管道、套接字或设备）。`,
    unreadableFolder: (p: string, reason: string) => `无法读取文件夹 ${p}（${reason}），已跳过；请检查权限。`,
    /** After the report: the folders skipped at the start, which make the run fail like an unreadable file. */
    unreadableFolders: (paths: string[]) =>
      `另有 ${paths.length} 个文件夹无法读取，其中的申请书没有审查：${paths.join('、')}。`,
    unknownEncoding: (name: string) => `不认识的编码「${name}」；可用 utf-8、gb18030、gbk、utf-16le 等。`,
    /** `hex`, `base64`: encodings of bytes, not of text. */
    bytesEncoding: (name: string) =>
      `「${name}」把字节写成字母和数字，不是文字的编码，读不出申请书：请用 utf-8、gb18030、gbk、utf-16le 等。`,
    badJobs: (v: string) => `选项 --jobs 的值「${v}」无效：应为正整数，例如 -j 2。`,
    jobsCapped: (asked: string, cores: number) =>
      `--jobs ${asked} 多于本机的 ${cores} 个核心：按 ${cores} 个线程审查。`,
  },
  file: {
    /** `bytes`: undefined when the size is not known (standard input stops being read at the cap). */
    tooLarge: (bytes: number | undefined, limit: number) =>
      `${bytes === undefined ? '大小' : `文件大小 ${size(bytes)}，`}超过 ${size(limit)} 上限，不像是申请书或单位档案，未读取；请确认没有选错文件。`,
    notFile: '不是普通文件，未读取。',
    notUtf8: (line: number) =>
      `文件不是 UTF-8 编码（第 ${line} 行起）：请在编辑器中“另存为 UTF-8”，或用 --encoding gb18030 指定原编码。`,
    unreadable: (code: string) =>
      code === 'EACCES' || code === 'EPERM'
        ? `没有读取权限（${code}）：请检查文件权限。`
        : code === 'ENOENT'
          ? '文件在审查过程中被删除或移走了（ENOENT）。'
          : code === 'EISDIR'
            ? '这是文件夹，不是文件（EISDIR）。'
            : `无法读取文件（${code}）。`,
    internal: (message: string) => `审查本文件时发生内部错误：${message}。其他文件照常审查；请把本文件报告给维护者。`,
    /** A file not named `*.yaml` that YAML cannot read: `application` is the application.yaml beside it, if there is one. */
    notYaml: (application: string | null) =>
      `这不是 YAML 格式的申请书（申请书是 .yaml 或 .yml 文件），未审查；${application ? `请审查同一文件夹中的 ${application}。` : '请确认没有选错文件。'}`,
    /** `check - < 收件`: the shell gave a folder for standard input, which reads as nothing. */
    stdinFolder: '标准输入是一个文件夹，未读取：请把文件夹直接写在命令中，如 guilin-grants check 收件。',
  },
  output: {
    written: (f: string, n: number) => `审查结果（${n} 个文件）已写入 ${f}`,
  },
  progress: (done: number, total: number) => `审查中：${done}/${total} 个文件…`,
  status: { pass: '通过', fail: '不通过', error: '无法读取' },
  severity: { error: '错误', warning: '警告', info: '提示' },
  line: (code: string, title: string) => `资助方向 ${code}「${title}」`,
  lineCode: (code: string) => `资助方向 ${code}`,
  noLine: '资助方向未能确定',
  clause: (c: string) => `依据条款：${c}`,
  totals: (n: number, a: number, b: number, c: number) => `共 ${n} 个文件：通过 ${a}，不通过 ${b}，无法读取 ${c}`,
  quietNote: (n: number) => `（--quiet：另有 ${n} 条警告或提示未显示）`,
  summary: {
    title: '汇总',
    byLine: '按资助方向',
    byOffice: '按管理科室',
    headers: {
      code: '方向',
      title: '名称',
      office: '管理科室',
      applications: '申请数',
      pass: '通过',
      fail: '不通过',
      error: '无法读取',
      requested: '申请资助',
      requestedPass: '其中通过',
      budget: '资助上限',
    },
    units: '金额单位：万元。申请资助为各申请书 funding.requested 之和；资助上限 = 立项数 × 单项最高资助额。',
    /** Beside an amount over its row's ceiling on a terminal (the money requested, or the part that passes), as the HTML report's chart marks it. */
    overMark: '▲',
    /** Under a table with a ▲: what it marks. */
    overLegend: '▲ 金额超出资助上限。',
    budget: (awards: number, max: number, total: number) => `${awards} 项 × ${max} = ${total}`,
    overBudget: '（超出上限）',
    unassigned: (n: number) => `另有 ${n} 份申请未能确定资助方向（无法读取，或没有写明指南中的方向），未计入上表。`,
    duplicates: '在多份申请中出现的申报单位',
    noDuplicates: '没有申报单位在多份申请中出现。',
    applicant: (name: string, code: string | null, n: number) =>
      `${name || '（未填名称）'}${code ? `（信用代码 ${code}）` : ''}：${n} 份申请`,
    entry: (file: string, line: string, status: string, note: string) =>
      `${file}（${line}，${status}${note ? `，${note}` : ''}）`,
    /** A file of a group that names the applicant otherwise (`null`: not at all), or gives no credit code. */
    asWritten: (name: string | null | undefined, noCode: boolean) =>
      [name === undefined ? '' : name === null ? '未填名称' : `写作「${name}」`, noCode ? '未填信用代码' : '']
        .filter(Boolean)
        .join('，'),
  },
  markdown: {
    title: '申请书形式审查报告',
    guideline: (id: string) => `审查依据：指南 ${id}`,
    overview: '总览',
    details: '问题明细',
    headers: {
      file: '文件',
      line: '资助方向',
      status: '结论',
      errors: '错误',
      warnings: '警告',
      place: '位置',
      severity: '级别',
      message: '问题及修改建议',
      rule: '规则',
      clause: '依据条款',
    },
    fileHeading: (file: string, status: string) => `${file}：${status}`,
  },
};

export type ReportMessages = MessagesOf<typeof zh>;

const en: ReportMessages = {
  input: {
    missing: (arg) => `Cannot find "${arg}": no such file or folder. Check the path; quote paths that contain spaces.`,
    none: 'No applications given: name files, folders or globs, e.g. guilin-grants check inbox/; use - to read standard input.',
    noneFound: (args) => `No applications (.yaml or .yml files) found in ${args}; check the paths or patterns.`,
    noneLeft: (args) => `Nothing to check in ${args}: the files skipped, and why, are listed above.`,
    noMatch: (p) => `The pattern "${p}" matches no .yaml or .yml file.`,
    emptyFolder: (f) =>
      `The folder ${f} holds no .yaml or .yml file (hidden folders and node_modules are not searched).`,
    notRegular: (p) => `Skipped ${p}: not a regular file (a pipe, socket or device).`,
    unreadableFolder: (p, reason) => `Cannot read the folder ${p} (${reason}); skipped. Check its permissions.`,
    unreadableFolders: (paths) =>
      `${paths.length === 1 ? '1 folder' : `${paths.length} folders`} could not be read, and the applications in ${paths.length === 1 ? 'it were' : 'them were'} not checked: ${paths.join(', ')}.`,
    unknownEncoding: (name) => `Unknown encoding "${name}"; use utf-8, gb18030, gbk, utf-16le or similar.`,
    bytesEncoding: (name) =>
      `"${name}" spells bytes as letters and digits; it is not a text encoding and cannot read an application: use utf-8, gb18030, gbk, utf-16le or similar.`,
    badJobs: (v) => `Invalid value "${v}" for --jobs: use a positive whole number, e.g. -j 2.`,
    jobsCapped: (asked, cores) =>
      `--jobs ${asked} is more than this machine's ${cores} cores: checking on ${cores} threads.`,
  },
  file: {
    tooLarge: (bytes, limit) =>
      `${bytes === undefined ? 'It is' : `The file is ${size(bytes)},`} over the ${size(limit)} limit, so it is not an application or a profile and was not read; check that the right file was picked.`,
    notFile: 'Not a regular file; not read.',
    notUtf8: (line) =>
      `The file is not UTF-8 (from line ${line}): save it as UTF-8 in an editor, or name its encoding with --encoding gb18030.`,
    unreadable: (code) =>
      code === 'EACCES' || code === 'EPERM'
        ? `No permission to read the file (${code}): check its permissions.`
        : code === 'ENOENT'
          ? 'The file was deleted or moved while the batch ran (ENOENT).'
          : code === 'EISDIR'
            ? 'This is a folder, not a file (EISDIR).'
            : `Cannot read the file (${code}).`,
    internal: (message) =>
      `Internal error while checking this file: ${message}. The other files were checked; please report this file to the maintainers.`,
    notYaml: (application) =>
      `This is not a YAML application (applications are .yaml or .yml files), so it was not checked; ${application ? `check ${application} in the same folder.` : 'check that the right file was picked.'}`,
    stdinFolder:
      'Standard input is a folder, so it was not read: give the folder as an argument, e.g. guilin-grants check inbox.',
  },
  output: {
    written: (f, n) => `Results for ${n} ${n === 1 ? 'file' : 'files'} written to ${f}`,
  },
  progress: (done, total) => `Checking: ${done}/${total} files…`,
  status: { pass: 'passed', fail: 'failed', error: 'unreadable' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  line: (code, title) => `line ${code} "${title}"`,
  lineCode: (code) => `line ${code}`,
  noLine: 'funding line not known',
  clause: (c) => `Clause: ${c}`,
  totals: (n, a, b, c) => `${n} ${n === 1 ? 'file' : 'files'}: ${a} passed, ${b} failed, ${c} unreadable`,
  quietNote: (n) => `(--quiet: ${n} ${n === 1 ? 'warning or note' : 'warnings or notes'} not shown)`,
  summary: {
    title: 'Summary',
    byLine: 'By funding line',
    byOffice: 'By managing office',
    headers: {
      code: 'Line',
      title: 'Title',
      office: 'Office',
      applications: 'Applications',
      pass: 'Passed',
      fail: 'Failed',
      error: 'Unreadable',
      requested: 'Requested',
      requestedPass: 'by passed',
      budget: 'Ceiling',
    },
    units:
      'Amounts in 10,000 CNY (万元). Requested: the sum of funding.requested; ceiling: awards × the largest amount per award.',
    overMark: '▲',
    overLegend: '▲ over the ceiling.',
    budget: (awards, max, total) => `${awards} × ${max} = ${total}`,
    overBudget: ' (over the ceiling)',
    unassigned: (n) =>
      `${n} more ${n === 1 ? 'application' : 'applications'} whose funding line could not be told (unreadable, or naming no line of the guide) ${n === 1 ? 'is' : 'are'} not counted above.`,
    duplicates: 'Applicants named in more than one application',
    noDuplicates: 'No applicant appears in more than one application.',
    applicant: (name, code, n) => `${name || '(no name)'}${code ? ` (credit code ${code})` : ''}: ${n} applications`,
    entry: (file, line, status, note) => `${file} (${line}, ${status}${note ? `, ${note}` : ''})`,
    asWritten: (name, noCode) =>
      [name === undefined ? '' : name === null ? 'no name' : `named "${name}"`, noCode ? 'no credit code' : '']
        .filter(Boolean)
        .join(', '),
  },
  markdown: {
    title: 'Application screening report',
    guideline: (id) => `Checked against guideline ${id}`,
    overview: 'Overview',
    details: 'Findings',
    headers: {
      file: 'File',
      line: 'Line',
      status: 'Verdict',
      errors: 'Errors',
      warnings: 'Warnings',
      place: 'Where',
      severity: 'Severity',
      message: 'Problem and what to change',
      rule: 'Rule',
      clause: 'Clause',
    },
    fileHeading: (file, status) => `${file}: ${status}`,
  },
};

/** A size as people read it: whole KiB under a MiB (an application's cap is 32 KiB), MiB to one decimal from there (a guide's: 1 MiB). */
function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KiB` : `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export const reportMessages: Catalogue<ReportMessages> = { zh, en };
