import type { Catalogue, MessagesOf } from '../index.js';

/**
 * The word for a project's directions: the one they share (课题方向 where the guide gives
 * none), 方向 where the guide heads them differently (sharedDirectionLabel).
 */
export const directionsWord = (heading: string | undefined | null) =>
  heading === null ? '方向' : (heading ?? '课题方向');

const zh = {
  noProject: (p: number, known: string) => `指南中没有项目 ${p}；项目编号应为 ${known} 之一。`,
  directionNeeded: (p: number, dirs: string, heading: string | undefined | null) =>
    `项目 ${p} 分${directionsWord(heading)}申报：请用 direction 指明方向（${dirs}）。`,
  noDirection: (p: number, d: number, dirs: string, heading: string | undefined | null) =>
    `项目 ${p} 没有${directionsWord(heading)} ${d}；可选方向：${dirs}。`,
  directionNotAllowed: (p: number) => `项目 ${p} 不分课题方向：请删除 direction。`,
  tierNeeded: (code: string, tiers: string) => `资助方向 ${code} 分档资助：请用 tier 指明项目类别，可选 ${tiers}。`,
  tierNotAllowed: (code: string) => `资助方向 ${code} 不分档：请删除 tier。`,
  noTier: (code: string, tier: string, tiers: string) => `资助方向 ${code} 没有「${tier}」这一档；可选 ${tiers}。`,
  /** A tier as `tier` takes it, with its name and amounts, as init names it: general（一般项目，2–5 万元）. */
  tierOption: (id: string, label: string, min: number | null, max: number) =>
    `${id}（${label}，${min === null ? `不超过 ${max}` : `${min}–${max}`} 万元）`,
  tierList: (items: string[]) => items.join('；'),
  notMapping: (what: string) => `申请书的顶层应是映射（键: 值），实际是${what}。`,
  emptyFile: '文件是空的（或只有注释）：请按申请书格式填写，可用 guilin-grants init 生成模板。',
  otherGuideline: (named: string, used: string) =>
    `申请书写明按指南「${named}」申报，但本次按「${used}」审查；请用 --guideline ${named} 或改正 guideline 键。`,
  unreadable: (reason: string) => `无法读取文件：${reason}`,
  /** Once per file with format errors whose rules were not all run. */
  moreAfterFormat: '有的要求用到了上面缺少或格式有误的项：补全、改正后再运行 check，会核对这些要求。',
  /** A text value holding characters nobody can see (`shown` has them escaped). */
  invisibleInText: (shown: string, chars: string, clean: string) =>
    `「${shown}」里有看不见的字符（${chars}）：它看起来是「${clean}」，实际是另一段文字（查重、检索都会把它当成别的名称）；请删除这个字符后重新输入。`,
  /** After the first `max` findings of a rule in one file. */
  moreFindings: (n: number, rule: string, max: number) =>
    `另有 ${n} 条同类（${rule}）问题没有列出（每个文件每类最多列 ${max} 条）：请先改正上面这些，再运行 check。`,
};

export type CheckMessages = MessagesOf<typeof zh>;

const en: CheckMessages = {
  noProject: (p, known) => `The guideline has no project ${p}; the project number must be one of ${known}.`,
  directionNeeded: (p, dirs) => `Project ${p} is applied for by direction: name it with \`direction\` (${dirs}).`,
  noDirection: (p, d, dirs) => `Project ${p} has no direction ${d}; its directions are ${dirs}.`,
  directionNotAllowed: (p) => `Project ${p} has no directions: remove \`direction\`.`,
  tierNeeded: (code, tiers) => `Line ${code} is funded in tiers; name the tier with \`tier\`: ${tiers}.`,
  tierNotAllowed: (code) => `Line ${code} has no tiers: remove \`tier\`.`,
  noTier: (code, tier, tiers) => `Line ${code} has no tier "${tier}"; its tiers are ${tiers}.`,
  tierOption: (id, label, min, max) =>
    `${id} (${label}, ${min === null ? `at most ${max}` : `${min}–${max}`} × 10,000 CNY)`,
  tierList: (items) => items.join('; '),
  notMapping: (what) => `The top level of an application must be a mapping (key: value), not ${what}.`,
  emptyFile:
    'The file is empty (or only comments): fill it in as an application; `guilin-grants init` writes a template.',
  otherGuideline: (named, used) =>
    `The application names guideline "${named}" but is checked against "${used}"; use --guideline ${named} or fix the \`guideline\` key.`,
  unreadable: (reason) => `Cannot read the file: ${reason}`,
  moreAfterFormat:
    'Some requirements use the values missing or malformed above: once those are filled in or fixed, run check again and they will be checked too.',
  invisibleInText: (shown, chars, clean) =>
    `"${shown}" holds characters you cannot see (${chars}): it looks like "${clean}" but is different text (a search or a duplicate check takes it for another name); delete them and type it again.`,
  moreFindings: (n, rule, max) =>
    `${n} more findings of the same kind (${rule}) are not listed (at most ${max} per kind in a file): fix the ones above and run check again.`,
};

export const checkMessages: Catalogue<CheckMessages> = { zh, en };
