import type { Catalogue, MessagesOf } from '../index.js';
import { directionsWord } from './check.js';

const zh = {
  expected: (what: string, got: string) => `应为${what}，实际是${got}。`,
  /** Callers put the path before the message, so it is not repeated here. */
  required: '缺少必填项，请填写。',
  /** `title: #1 机组改造`: the whole value read as a comment (`quoted`: the comment written as a quoted value). */
  commentedOut: (comment: string, key: string, quoted: string) =>
    `缺少必填项：同一行的「${comment}」被当作注释，不算值（# 前面是空格时，从 # 到行末都是注释）；如果它是要填的内容，请加上引号，写成 ${key}: ${quoted}。`,
  /** `""`, and text of spaces only: what to do is the same as for a missing value. */
  empty: '是空的（""）：请填写内容。',
  blank: '只有空格：请填写内容。',
  unknownKey: (key: string, hint: string) => `不认识的键「${key}」${hint}；请删除或改正拼写。`,
  didYouMean: (key: string) => `（是否想写「${key}」？）`,
  /** `requested: 30` at the top level: a key of `funding`, written without its indentation. */
  belongsUnder: (key: string, owner: string) =>
    `「${key}」是「${owner}」下面的键，不能写在这一层：请把它写在「${owner}:」下面，行首比「${owner}」多缩进 2 个空格。`,
  oneOf: (values: string) => `取值应为以下之一：${values}。`,
  /** `highTech: 是`: a yes or no where one of several is asked. */
  yesNoForChoice: (written: string, values: string) =>
    `「${written}」只回答了是或否，这一项请写符合的一种：${values}。`,
  tooSmall: (min: string, inclusive: boolean) => `数值应${inclusive ? '不小于' : '大于'} ${min}。`,
  tooBig: (max: string, inclusive: boolean) => `数值应${inclusive ? '不大于' : '小于'} ${max}。`,
  tooFewItems: (min: string) => `至少应有 ${min} 项。`,
  format: (what: string) => `格式不正确：应为${what}。`,
  numberAsText: (text: string, number: string) => `「${text}」是文字，不是数字：请写成 ${number}（不带引号和单位）。`,
  /** `requested: 500000元`: funding is in 万元. */
  yuanNotWan: (text: string, wan: string) =>
    `「${text}」以元为单位，而这里的金额以万元计：请写成 ${wan}（不带引号和单位）。`,
  /** A month (or day) where only the year goes: `year` is what to write. */
  yearOnly: (text: string, year: string) => `「${text}」带有月份：这里只写年份，请写成 ${year}（不带引号和单位）。`,
  /** A fraction where a count or number goes (1.5 items). */
  notWhole: (value: string) => `「${value}」不是整数：请写一个整数。`,
  /** Text no number can be read from (八十, 约50, 待定): what to write, without a guess at the figure. */
  textNotNumber: (text: string) => `「${text}」是文字，不是数字：请写一个阿拉伯数字（不带引号和单位）。`,
  /** `project: 5-2`: the line's code, where the project and its direction are two keys. */
  lineCodeAsProject: (text: string, project: number, direction: number) =>
    `「${text}」是资助方向的编号，project 只写项目编号：请写成 project: ${project}，方向另起一行写 direction: ${direction}。`,
  /** `project: 15-4`: a code of a project the guide gives other directions (`heading`: as directionNeeded's). */
  noSuchDirection: (text: string, project: number, directions: string, heading: string | undefined | null) =>
    `「${text}」不是指南中的资助方向：项目 ${project} 只有${directionsWord(heading)} ${directions}，请写成 project: ${project}，方向另起一行写 direction:（${directions} 之一）。`,
  /** `project: 1-1`: a code of a project the guide gives no directions. */
  projectWithoutDirections: (text: string, project: number) =>
    `「${text}」不是指南中的资助方向：项目 ${project} 不分课题方向，请写成 project: ${project}。`,
  /** No co-funding, said in words (无): 0 is what to write. */
  noneIsZero: (text: string) => `「${text}」是文字，不是数字：没有自筹配套经费请写 0（不带引号）。`,
  /** Co-funding written as the guide's proportion: with the request known, the amount it comes to. */
  ratioNotAmount: (text: string, requested: number | undefined, amount: number | undefined) =>
    `「${text}」是比例，不是金额：请写自筹配套经费的金额（万元）${
      requested === undefined
        ? '，如申请 100 万元、按 1:2 配套则写 200'
        : `，申请 ${requested} 万元按 ${text} 配套即写 ${amount}`
    }。`,
  mustBeExactly: (value: string) => `应为 ${value}。`,
  unknownRule: (value: string, kinds: string, hint: string) =>
    `未知的规则类型「${value}」${hint}；可用的规则类型有：${kinds}。`,
  /** `[电子信息、先进制造]`: two options in one item, which a comma of the list would part. */
  optionsJoined: (value: string, items: string) =>
    `「${value}」是连在一起的几项：列表的各项之间用半角逗号加空格分开，请写成 ${items}。`,
  unknownOption: (value: string, options: string, hint: string) =>
    `「${value}」不是可选的取值${hint}；可选：${options}。`,
  invalid: '取值无效。',
  /** After "unknown key": what may be written there instead. */
  allowedKeys: (keys: string) => `（这里可写的键：${keys}）`,
  /** The form to write, after a sentence saying what is wrong. */
  writeAs: (wrong: string, example: string) => `${wrong.replace(/。$/, '')}：请写成 ${example}。`,
  boolean: (value: string) => `「${value}」不是真假值：请写 true 或 false（也可写 是 或 否）。`,
  country: (value: string, code: string | undefined) =>
    code
      ? `「${value}」应写成国家代码 ${code}（ISO 3166 两位大写字母）。`
      : `「${value}」不是国家代码：请写 ISO 3166 两位大写字母代码，如 CN（中国）、DE（德国）、US（美国）。`,
  date: (value: string, date: string | undefined) =>
    date ? `日期「${value}」请写成 ${date}（年-月-日）。` : `「${value}」不是日期：请写成 年-月-日，如 2018-03-01。`,
  /** A share written as a percentage (85 for 85%): `share` is what to write. */
  fraction: (value: string, share: string) => `比例写成 0 到 1 之间的小数：${value}% 请写 ${share}。`,
  types: {
    string: '文字',
    number: '数字',
    boolean: '布尔值（true 或 false）',
    object: '映射（键: 值）',
    array: '列表',
    null: '空值',
    undefined: '空',
    date: '日期',
    integer: '整数',
    bigint: '整数',
    nan: '非数字',
  } as Record<string, string>,
};

export type SchemaMessages = MessagesOf<typeof zh>;

const en: SchemaMessages = {
  expected: (what, got) => `expected ${what}, got ${got}.`,
  required: 'required: please fill it in.',
  commentedOut: (comment, key, quoted) =>
    `required: "${comment}" on its line is taken as a comment, not as the value (after a space, a # starts a comment that runs to the end of the line); if it is what you meant to fill in, put it in quotes: ${key}: ${quoted}.`,
  empty: 'is empty (""): please fill it in.',
  blank: 'holds only spaces: please fill it in.',
  unknownKey: (key, hint) => `unknown key "${key}"${hint}; remove it or fix its spelling.`,
  didYouMean: (key) => ` (did you mean "${key}"?)`,
  belongsUnder: (key, owner) =>
    `"${key}" is a key under "${owner}", not at this level: write it below "${owner}:", indented 2 spaces more than "${owner}".`,
  oneOf: (values) => `must be one of: ${values}.`,
  yesNoForChoice: (written, values) =>
    `"${written}" answers only yes or no; write the one of these that applies: ${values}.`,
  tooSmall: (min, inclusive) => `must be ${inclusive ? 'at least' : 'greater than'} ${min}.`,
  tooBig: (max, inclusive) => `must be ${inclusive ? 'at most' : 'less than'} ${max}.`,
  tooFewItems: (min) => `needs at least ${min} item(s).`,
  format: (what) => `invalid format: expected ${what}.`,
  numberAsText: (text, number) => `"${text}" is text, not a number: write ${number} (no quotes, no unit).`,
  yuanNotWan: (text, wan) =>
    `"${text}" is in yuan, and amounts here are in 万元 (10,000 CNY): write ${wan} (no quotes, no unit).`,
  notWhole: (value) => `"${value}" is not a whole number: write a whole number.`,
  yearOnly: (text, year) => `"${text}" has a month: only the year goes here, write ${year} (no quotes, no unit).`,
  textNotNumber: (text) => `"${text}" is text, not a number: write one number in digits (no quotes, no unit).`,
  lineCodeAsProject: (text, project, direction) =>
    `"${text}" is the code of a funding line, and project takes the project's number only: write project: ${project}, and the direction on a line of its own, direction: ${direction}.`,
  noSuchDirection: (text, project, directions) =>
    `"${text}" is no funding line of the guide: project ${project} has directions ${directions} only; write project: ${project}, and the direction on a line of its own (direction: one of ${directions}).`,
  projectWithoutDirections: (text, project) =>
    `"${text}" is no funding line of the guide: project ${project} has no directions; write project: ${project}.`,
  noneIsZero: (text) => `"${text}" is text, not a number: with no co-funding, write 0 (no quotes).`,
  ratioNotAmount: (text, requested, amount) =>
    `"${text}" is a ratio, not an amount: write the co-funding in 10,000 CNY (${
      requested === undefined
        ? 'e.g. 200 for 1:2 of a request of 100'
        : `${amount} for ${text} of the request of ${requested}`
    }).`,
  mustBeExactly: (value) => `must be ${value}.`,
  unknownRule: (value, kinds, hint) => `unknown rule kind "${value}"${hint}; the known kinds are: ${kinds}.`,
  optionsJoined: (value, items) =>
    `"${value}" is several items run together: the items of a list are parted by an ASCII comma and a space; write ${items}.`,
  unknownOption: (value, options, hint) => `"${value}" is not one of the options${hint}; the options are: ${options}.`,
  invalid: 'invalid value.',
  allowedKeys: (keys) => ` (the keys allowed here: ${keys})`,
  writeAs: (wrong, example) => `${wrong.replace(/\.$/, '')}: write ${example}.`,
  boolean: (value) => `"${value}" is not a boolean: write true or false (是 or 否 are accepted too).`,
  country: (value, code) =>
    code
      ? `"${value}" should be the country code ${code} (ISO 3166, two capital letters).`
      : `"${value}" is not a country code: write the ISO 3166 two-letter code, e.g. CN (China), DE (Germany), US (United States).`,
  date: (value, date) =>
    date
      ? `write the date "${value}" as ${date} (year-month-day).`
      : `"${value}" is not a date: write year-month-day, e.g. 2018-03-01.`,
  fraction: (value, share) => `a share is written as a fraction between 0 and 1: for ${value}% write ${share}.`,
  types: {
    string: 'text',
    number: 'a number',
    boolean: 'a boolean (true or false)',
    object: 'a mapping (key: value)',
    array: 'a list',
    null: 'null',
    undefined: 'nothing',
    date: 'a date',
    integer: 'an integer',
    bigint: 'an integer',
    nan: 'NaN',
  },
};

export const schemaMessages: Catalogue<SchemaMessages> = { zh, en };
