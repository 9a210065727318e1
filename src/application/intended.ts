/**
 * What an applicant meant by a value the format does not take: the one place that
 * decides it, so that the message's "write N" and `check --fix` write the same thing.
 * Each answers undefined when the meaning is not certain.
 */

const FULL_WIDTH = /[０-９．－＋／]/g;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A figure as typed, without its width, spaces or digit separators, and with its unit out
 * of the brackets the template's comments write it in (申请市财政资助（万元）): "１,５００ 元"
 * → "1500元", "100 （万元）" → "100万元". What stands in the brackets is read as a unit
 * only where it is one (UNIT, 元).
 */
function compactFigure(text: string): string {
  return halfWidth(text)
    .replace(/[,，\s\u3000]|(?<=\d)_(?=\d)/g, '')
    .replace(/(?<=\d)[（(]([^（）()]+)[）)]$/u, '$1');
}

/** A category as people write one, by its number: 第三类, 第3类, 3类 (a talent's category 1–5). */
const CATEGORY = /^第?(10|[1-9]|[一二三四五六七八九十])类$/u;
const NUMERALS = '一二三四五六七八九十';

/**
 * What `intendedNumber` reads, at `key` (the last segment of its path); at a key of
 * categories (`talent.category`), "第三类" is 3 as well. Only there: elsewhere 3类 is no number.
 */
export function intendedNumberAt(key: unknown, text: string, fraction = false): number | undefined {
  const category = key === 'category' ? CATEGORY.exec(compactFigure(text))?.[1] : undefined;
  if (category) return NUMERALS.includes(category) ? NUMERALS.indexOf(category) + 1 : Number(category);
  return intendedNumber(text, fraction);
}

/** The units a number may be written with and still be read as that number (元 is not: amounts are in 万元). */
const UNIT = /(万元|万|个|项|件|户|年|人|名|家|%|％)$/u;

/** The unit a number is written with ("60万", "60（万）" → 万), which intendedNumber reads past. */
export function numberUnit(text: string): string | undefined {
  return UNIT.exec(compactFigure(text))?.[1];
}

/**
 * "150万元", "150（万元）", "１５０", " 150 ", "1_20" (YAML 1.1's digit separator) → 150 or 120. In a
 * fraction key (0–1) a percentage is its share: "85%" → 0.85; elsewhere a percentage
 * has no certain meaning.
 */
export function intendedNumber(text: string, fraction = false): number | undefined {
  const compact = compactFigure(text);
  const percent = /[%％]$/.test(compact);
  if (percent && !fraction) return undefined;
  const ascii = compact.replace(UNIT, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(ascii)) return undefined;
  const n = Number(ascii);
  // 85% → 0.85, without the float noise of 85 / 100 (0.8500000000000001).
  return percent ? Number((n / 100).toPrecision(12)) : n;
}

/**
 * An amount of funding written in 元 ("500000元", or as a spreadsheet shows it, "¥500,000")
 * where the format counts 万元: the amount in 万元 (50). Only under funding, each of whose
 * amounts is in 万元.
 */
export function intendedWan(path: readonly (string | number)[], text: string): number | undefined {
  if (path[0] !== 'funding') return undefined;
  const m = /^(?:(\d+(?:\.\d+)?)元|[¥￥](\d+(?:\.\d+)?)元?)$/.exec(compactFigure(text));
  return m ? Number((Number(m[1] ?? m[2]) / 10000).toPrecision(12)) : undefined;
}

/**
 * A proportion written as the guide writes one, "1:1.5" or "1：2" → 1.5 or 2 (the second
 * part over the first); undefined for anything else.
 */
export function intendedRatio(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?)$/.exec(halfWidth(text).replace(/[\s\u3000]/g, ''));
  if (!m || Number(m[1]) === 0) return undefined;
  return Number((Number(m[2]) / Number(m[1])).toPrecision(12));
}

/**
 * A funding line's code as written where its project's number goes (`project: 5-2`,
 * 5－2, 5—2, and 5.2, as written, not as read: 5.10 is not 5.1): its project and
 * direction, whether or not the guide has that line.
 */
export function writtenLineCode(text: string): { project: number; direction: number } | undefined {
  const m = /^(\d+)[-–—.](\d+)$/.exec(halfWidth(text).replace(/[\s\u3000]/g, ''));
  return m ? { project: Number(m[1]), direction: Number(m[2]) } : undefined;
}

/** A line's code where its project goes: the project and the direction to write apart, when the guide has that line. */
export function intendedDirection(
  text: string,
  lines: readonly { project: number; direction: number | null }[],
): { project: number; direction: number } | undefined {
  const code = writtenLineCode(text);
  return code && lines.some((l) => l.project === code.project && l.direction === code.direction) ? code : undefined;
}

/** 无, 没有, 暂无, none: nothing, where a key's absence already means 0 (co-funding). */
export function intendedNone(text: string): boolean {
  return /^(无|没有|暂无|none|nil)$/i.test(text.trim());
}

/** 是/否, as the guide's forms ask. */
export function intendedBoolean(text: string): boolean | undefined {
  const t = text.trim();
  if (t === '是') return true;
  if (t === '否') return false;
  return undefined;
}

/**
 * A date as people type it (`2018-3-1`, `2018/3/1`, `2018.3.1`, `2018年3月1日`, full-width
 * digits) as the format writes it, `2018-03-01`, when it is a real day.
 */
export function intendedDate(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(halfWidth(text).trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  // Parsed as ISO, not by Date.UTC, which reads the years 0–99 as 1900–1999.
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * The year of a month or day typed where only a year goes (`2020年1月`, `2020-01`,
 * `2019.7`, `2020/1/1`, full-width digits): the plan counts periods in calendar years.
 * A year alone is a number (intendedNumber); anything but a real month or day is undefined.
 */
export function intendedYear(text: string): number | undefined {
  const t = halfWidth(text).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[1]) : undefined;
  const day = intendedDate(t);
  return day ? Number(day.slice(0, 4)) : undefined;
}

/**
 * Country names applicants write for a partner's country, and their ISO 3166 codes:
 * China and the countries Guilin's partners usually come from (ASEAN, the large
 * research nations). A name not here is left for the applicant to write as a code.
 */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  中国: 'CN',
  中华人民共和国: 'CN',
  德国: 'DE',
  美国: 'US',
  英国: 'GB',
  法国: 'FR',
  日本: 'JP',
  韩国: 'KR',
  俄罗斯: 'RU',
  意大利: 'IT',
  荷兰: 'NL',
  瑞士: 'CH',
  瑞典: 'SE',
  加拿大: 'CA',
  澳大利亚: 'AU',
  新西兰: 'NZ',
  以色列: 'IL',
  新加坡: 'SG',
  泰国: 'TH',
  越南: 'VN',
  马来西亚: 'MY',
  印度尼西亚: 'ID',
  菲律宾: 'PH',
  老挝: 'LA',
  柬埔寨: 'KH',
  缅甸: 'MM',
  文莱: 'BN',
  印度: 'IN',
  巴西: 'BR',
};

/** `de` → `DE`, `中国` → `CN`. */
export function intendedCountry(text: string): string | undefined {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  return COUNTRY_NAMES[t];
}
