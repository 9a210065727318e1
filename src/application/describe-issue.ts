import type { z } from 'zod';
import { msg, type Lang } from '../i18n/index.js';
import { invisibleNames } from '../i18n/invisible-names.js';
import { schemaMessages, type SchemaMessages } from '../i18n/messages/schema.js';
import { yamlMessages } from '../i18n/messages/yaml.js';
import { closest } from '../util/closest.js';
import { sharedDirectionLabel, type Line } from '../guideline/model.js';
import { byShortLabel } from '../guideline/short-labels.js';
import {
  COUNTRY_PATTERN,
  DATE_PATTERN,
  FILLED_PATTERN,
  isDate,
  isYear,
  vocabularyOf,
  type VocabularyEntry,
} from './schema.js';
import {
  intendedBoolean,
  intendedNumberAt,
  intendedCountry,
  intendedDate,
  intendedDirection,
  intendedNone,
  intendedNumber,
  intendedRatio,
  intendedWan,
  intendedYear,
  writtenLineCode,
} from './intended.js';
import type { SchemaAt, Walkable } from './schema-at.js';
import { valueAt } from '../yaml/path.js';

interface IssueText {
  path: (string | number)[];
  message: string;
  /** The unknown key itself should be located, not its parent mapping. */
  locateKey?: boolean;
}

/** What an application's issues are worded with, beyond the schema's keys. */
export interface IssueContext {
  /** The schemas at a path, for what to write there. */
  at?: SchemaAt;
  years?: { start: number; end: number };
  /** The guide's lines, for a line's code written where its project goes (`project: 5-2`). */
  lines?: readonly Pick<Line, 'project' | 'direction' | 'directionLabel'>[];
  /** The text a number was written as (`5.2`, where 5.20 reads the same), for `project`. */
  sourceAt?: (path: (string | number)[]) => string | undefined;
  /** The key a Chinese name stands for under `parent` (`项目名称` → title). */
  keyNamed?: (parent: (string | number)[], name: string) => string | undefined;
  /**
   * The comment a key's whole value was written as (`title: #1 机组改造` reads as nothing),
   * with the key and the comment as a quoted value: asked only of a value missing.
   */
  commentedOut?: (path: (string | number)[]) => { comment: string; key: string; quoted: string } | undefined;
  /** What a key is, in the language of the messages (its choices worded, for a value not among them). */
  describeKey?: (path: (string | number)[]) => string | undefined;
  /** The data as read, before an optional key left empty was dropped: where a key was written and left empty. */
  asWritten?: unknown;
}

/**
 * Parse options for a schema whose issues `describeIssue` words: zod's own English for
 * unknown keys lists every one of them (50,000 keys: a megabyte of text no one reads),
 * so it is not written.
 */
export const OWN_WORDS: z.core.ParseContext<z.core.$ZodIssue> = {
  error: (issue) => (issue.code === 'unrecognized_keys' ? '' : undefined),
};

/**
 * One sentence per zod issue, in the user's language. Unknown keys become one issue
 * per key so that each can point at its own line.
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  lang: Lang,
  knownKeys?: (path: (string | number)[]) => string[],
  { at, years, lines, sourceAt, keyNamed, commentedOut, asWritten, describeKey }: IssueContext = {},
): IssueText[] {
  const m = msg(schemaMessages, lang);
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const value = valueAt(input, path);
  const nodes = at?.(path) ?? [];
  const one = (message: string): IssueText[] => [{ path, message }];
  switch (issue.code) {
    case 'invalid_type': {
      // A key left empty (`title: ~`, the scaffold's placeholders) reads as "fill this in";
      // one whose value was all a comment, as that.
      if (value === undefined || value === null) {
        const c = commentedOut?.(path);
        return one(c ? m.commentedOut(c.comment, c.key, c.quoted) : m.required);
      }
      // A start or end written with its month (2020年1月, 2019.7): the year is what was meant.
      const year =
        (typeof value === 'string' || typeof value === 'number') && nodes.some(isYear)
          ? intendedYear(String(value))
          : undefined;
      if (year !== undefined) return one(m.yearOnly(String(value), String(year)));
      if (issue.expected === 'number' && typeof value === 'string') {
        const code = path.length === 1 && path[0] === 'project' ? lineCodeSaid(value, lines ?? [], m) : undefined;
        if (code) return one(code);
        const n = intendedNumberAt(path.at(-1), value, isFraction(nodes));
        if (n !== undefined) return one(m.numberAsText(value, String(n)));
        const wan = intendedWan(path, value);
        if (wan !== undefined) return one(m.yuanNotWan(value, String(wan)));
        if (path.at(-1) === 'matching' && intendedNone(value)) return one(m.noneIsZero(value));
        // The guide gives co-funding as a proportion (1:2); the file asks for the amount.
        const ratio = path.at(-1) === 'matching' ? intendedRatio(value) : undefined;
        if (ratio !== undefined) {
          const requested = valueAt(input, [...path.slice(0, -1), 'requested']);
          const known = typeof requested === 'number' && requested > 0 ? requested : undefined;
          return one(
            m.ratioNotAmount(value, known, known === undefined ? undefined : Math.round(known * ratio * 100) / 100),
          );
        }
        return one(value === '' ? m.empty : value.trim() === '' ? m.blank : m.textNotNumber(value));
      }
      if (issue.expected === 'int' && typeof value === 'number') {
        // project: 5.2 reads as a number, but is line 5-2's code as written (5.10 is not 5-1).
        const written = path.length === 1 && path[0] === 'project' ? sourceAt?.(path) : undefined;
        const split = written && intendedDirection(written, lines ?? []);
        if (written && split) return one(m.lineCodeAsProject(written, split.project, split.direction));
        return one(m.notWhole(String(value)));
      }
      if (issue.expected === 'boolean' && typeof value !== 'object') return one(m.boolean(String(value)));
      // introducedOn: 2018.3 reads as a number: said as the date it is not, as written (2018.10 is not 2018.1).
      if (typeof value === 'number' && nodes.some(isDate)) {
        const written = sourceAt?.(path) ?? String(value);
        return one(m.date(written, intendedDate(written)));
      }
      const wrong = m.expected(typeName(issue.expected, m), typeName(typeOf(value), m));
      const form = formOf(path, value, nodes, years) ?? itemFormOf(path, value, nodes, at);
      return one(form ? m.writeAs(wrong, form) : wrong);
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const invisible = invisibleInKey(key, lang);
        if (invisible) return { path: [...path, key], message: invisible, locateKey: true };
        const known = knownKeys?.(path) ?? [];
        // A key written as its Chinese name (项目名称, as init's comment above title says it), when that key is not there yet.
        const named = keyNamed?.(path, key);
        const mapping = value as Record<string, unknown> | undefined;
        const near =
          closest(key, known) ?? (named && known.includes(named) && mapping?.[named] === undefined ? named : undefined);
        // `requested: 30` at the top, under a `funding:` left empty: a key of the mapping above, not indented.
        const written = (asWritten === undefined ? mapping : valueAt(asWritten, path)) as typeof mapping;
        const owner = near ? undefined : ownerOf(key, path, known, written, knownKeys);
        if (owner) return { path: [...path, key], message: m.belongsUnder(escapeKey(key), owner), locateKey: true };
        return {
          path: [...path, key],
          message: m.unknownKey(
            escapeKey(key),
            near ? m.didYouMean(near) : known.length ? m.allowedKeys(known.join(', ')) : '',
          ),
          locateKey: true,
        };
      });
    case 'invalid_value':
      // An enumeration left empty (`type: ~`) is a key still to fill in, like any other.
      if (value === undefined || value === null) return one(m.required);
      if (issue.values.length === 1) return one(m.mustBeExactly(JSON.stringify(issue.values[0])));
      if (issue.values.includes(true)) return one(m.boolean(String(value)));
      {
        const vocabulary = nodes.map(vocabularyOf).find((v) => v !== undefined);
        if (vocabulary && typeof value === 'string') {
          // Two options in one list item, joined by a full-width comma or 、 (typed with the input method).
          const parts = typeof path.at(-1) === 'number' ? value.split(ITEM_SEPARATOR).map((t) => t.trim()) : [];
          const ids = parts.map((t) => (t ? nearestEntry(t, vocabulary) : undefined));
          if (parts.length > 1 && ids.every((id) => id !== undefined))
            return one(m.optionsJoined(value, ids.join(', ')));
          const near = nearestEntry(value, vocabulary);
          const list = vocabulary.map((e) => (lang === 'zh' ? `${e.id}（${e.zh}）` : `${e.id} (${e.en})`)).join(', ');
          return one(m.unknownOption(value, list, near ? m.didYouMean(near) : ''));
        }
      }
      {
        // The choices as the key's description words them (valid（有效）、reserve（培育后备）、none（不是）), when it names each.
        const said = describeKey?.(path)?.split(/[：:]\s*/)[1];
        const choices = said && issue.values.every((v) => said.includes(String(v))) ? said : issue.values.join(', ');
        // `highTech: 是`: a yes or no where one of several is asked.
        const yesNo = typeof value === 'boolean' || (typeof value === 'string' && intendedBoolean(value) !== undefined);
        return one(yesNo ? m.yesNoForChoice(String(value), choices) : m.oneOf(choices));
      }
    case 'too_small':
      if (issue.origin === 'array') return one(m.tooFewItems(String(issue.minimum)));
      return one(m.tooSmall(String(issue.minimum), issue.inclusive ?? true));
    case 'too_big': {
      const over = m.tooBig(String(issue.maximum), issue.inclusive ?? true);
      // A share written as a percentage: 85 for 0.85.
      if (Number(issue.maximum) === 1 && typeof value === 'number' && value > 1 && value <= 100) {
        const share = intendedNumber(`${value}%`, true);
        return one(`${over} ${m.fraction(String(value), String(share))}`);
      }
      return one(over);
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      if (typeof value === 'string' && pattern === String(COUNTRY_PATTERN))
        return one(m.country(value, intendedCountry(value)));
      if (typeof value === 'string' && pattern === String(FILLED_PATTERN)) return one(value === '' ? m.empty : m.blank);
      if (typeof value === 'string' && pattern === String(DATE_PATTERN)) return one(m.date(value, intendedDate(value)));
      return one(m.format(issue.format === 'regex' ? (issue.message ?? issue.format) : issue.format));
    }
    case 'invalid_union': {
      // A tag that matches no option of a discriminated union: name the options, and the nearest.
      const options = 'options' in issue ? issue.options?.map(String) : undefined;
      if (options?.length) {
        if (value === undefined || value === null) return one(m.required);
        const near = closest(String(value), options);
        const hint = near ? m.didYouMean(near) : '';
        const list = options.join(', ');
        return one(
          issue.message === 'unknown-rule'
            ? m.unknownRule(String(value), list, hint)
            : m.unknownOption(String(value), list, hint),
        );
      }
      return one(issue.message && issue.message !== 'Invalid input' ? issue.message : m.invalid);
    }
    default:
      return one(issue.message || m.invalid);
  }
}

/**
 * A line's code where the project goes: the two keys to write when the guide has the
 * line; else, of a project the guide has, what is true of its directions (15-4: they
 * are 1, 2, 3; 1-1: it has none), with no guess at which was meant.
 */
function lineCodeSaid(
  text: string,
  lines: readonly Pick<Line, 'project' | 'direction' | 'directionLabel'>[],
  m: SchemaMessages,
  shown = text,
): string | undefined {
  // `项目10`, `方向 5-2`: the code without the word before it (the guide's own 项目 and 方向), said as written.
  const bare = text.replace(/^[\s\u3000]*(?:项目|方向)[\s\u3000]*/, '');
  if (bare !== text) {
    if (/^\d+$/.test(bare) && lines.some((l) => l.project === Number(bare))) return m.numberAsText(text, bare);
    return lineCodeSaid(bare, lines, m, text);
  }
  const split = intendedDirection(text, lines);
  if (split) return m.lineCodeAsProject(shown, split.project, split.direction);
  const code = writtenLineCode(text);
  const own = code ? lines.filter((l) => l.project === code.project) : [];
  if (!code || !own.length) return undefined;
  if (own.every((l) => l.direction === null)) return m.projectWithoutDirections(shown, code.project);
  const directions = own.map((l) => String(l.direction)).join(', ');
  return m.noSuchDirection(shown, code.project, directions, sharedDirectionLabel(own));
}

/** What parts two items typed in one value, in either width: 电子信息、先进制造, a，b. */
const ITEM_SEPARATOR = /[,，、;；]/;

/** Characters that cannot be seen or look like a plain space (a key pasted from Word). */
export const INVISIBLE = /[\u0000-\u001f\u007f-\u00a0\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3000\ufeff]/g;

/** One character that cannot be seen, anywhere in a text. */
const INVISIBLE_AT = new RegExp(INVISIBLE.source);

/** Keys are shown escaped so that a full-width space or a zero-width character is visible. */
export function escapeKey(key: string): string {
  return key.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A key that is a known one but for characters that cannot be seen (pasted from Word or a web page). */
function invisibleInKey(key: string, lang: Lang): string | undefined {
  const found = [...new Set(key.match(INVISIBLE) ?? [])];
  if (!found.length) return undefined;
  const m = msg(yamlMessages, lang);
  // Full-width spaces before a key and nowhere else: its indentation, typed with the input method.
  if (/^\u3000+[^\u3000]/.test(key) && !INVISIBLE_AT.test(key.replace(/^\u3000+/, '')))
    return m.fullWidthIndent(key.replace(/^\u3000+/, ''));
  const chars = invisibleNames(found, lang);
  return m.invisibleInKey(escapeKey(key), chars, key.replace(INVISIBLE, ''));
}

/** A number between 0 and 1: a share, where 85% is 0.85. */
function isFraction(nodes: Walkable[]): boolean {
  return nodes.some((n) => (n as unknown as { maxValue?: number }).maxValue === 1);
}

/**
 * The vocabulary entry a refused value was near: by the id's spelling
 * (`biomedicine` → `bio_medicine`), or by either label, whole or in part.
 */
function nearestEntry(value: string, entries: VocabularyEntry[]): string | undefined {
  const v = value.trim();
  const ids = entries.map((e) => e.id);
  const named = byShortLabel(v, ids);
  if (named) return named;
  // Edit distance tells a typo in Latin letters; two Chinese words of two characters are always that near.
  if (/^[\x20-\x7e]+$/.test(v)) {
    const byId = closest(v, ids);
    if (byId) return byId;
    const labels = entries.map((e) => e.en);
    const byLabel = closest(v, labels);
    if (byLabel) return entries.find((e) => e.en === byLabel)?.id;
    // One word of an id (health for health_care, energy for new_energy), when only one id has it.
    const word = v.toLowerCase();
    const having = ids.filter((id) => id.split('_').includes(word));
    if (having.length === 1) return having[0];
  }
  const within = entries.filter((e) => (v.length >= 2 && e.zh.includes(v)) || (e.zh.length >= 2 && v.includes(e.zh)));
  return within.length === 1 ? within[0]!.id : undefined;
}

/**
 * The form a mapping or list is written in, for a value of the wrong type:
 * `period: { start: 2019, end: 2021 }`, the years taken from `2019-2021` when written
 * so, else from `years` (the line's, or the guide's), else left for the writer (`…`).
 */
function formOf(
  path: (string | number)[],
  value: unknown,
  nodes: Walkable[],
  years?: { start: number; end: number },
): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const def = nodes[0]?._zod.def as unknown as { type: string; shape?: Record<string, unknown> } | undefined;
  if (def?.type === 'array' && typeof value !== 'object')
    // `attachments: 无`: none, which is the empty list, where a list may be empty.
    return typeof value === 'string' && intendedNone(value) && !needsItems(nodes[0])
      ? `${key}: []`
      : `${key}: [${listItems(String(value)).join(', ')}]`;
  if (def?.type !== 'object' || !def.shape) return undefined;
  const keys = Object.keys(def.shape);
  const written = typeof value === 'string' || typeof value === 'number' ? String(value).match(/\d{4}/g) : null;
  // `leader: 王伟`: the name written goes under name, when it reads the same in a flow mapping.
  const named = keys.length === 1 && keys[0] === 'name' && typeof value === 'string' && /^[^,{}[\]:#'"]+$/.test(value);
  const example = (k: string, i: number) =>
    written && keys.length === 2 && written.length === 2
      ? written[i]
      : k === 'start' || k === 'end'
        ? (years?.[k] ?? '…')
        : named
          ? value.trim()
          : '…';
  return `${key}: { ${keys.map((k, i) => `${k}: ${example(k, i)}`).join(', ')} }`;
}

/** What parts a list's items written as text: a comma or 、, or a bullet pasted from Word (`• 电子信息` lines read as one text). */
const LIST_PART = /[,，、;；•●○▪■◆]/;

/** Whether a list's schema asks for at least one item (fields). */
function needsItems(node: Walkable | undefined): boolean {
  const def = node?._zod.def as unknown as { checks?: { _zod: { def: { check?: string } } }[] } | undefined;
  return def?.checks?.some((c) => c._zod.def.check === 'min_length') ?? false;
}

/**
 * The items of a list written as text, as the list writes them: without the brackets
 * typed in full width (［…］, 【…】), parted where a comma or 、 of either width parts them
 * (`电子信息、先进制造` is two items, which `[电子信息、先进制造]` would make one), or a bullet or
 * a dash before each (`-电子信息` lines).
 */
function listItems(text: string): string[] {
  const inside = text.trim().replace(/^[［【〔(（]\s*([\s\S]*?)\s*[］】〕)）]$/, '$1');
  const items = inside
    // `-电子信息` on lines of their own, the dash glued to the item, read as one text.
    .replace(/(?:^|\s)-(?:\s|(?=\S))/g, '•')
    .split(LIST_PART)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return items.length ? items : [text];
}

/**
 * The form of a list item that must be a mapping, for one written as text
 * (`partners: [桂林理工大学]`, `- 星创天地` under platforms): its required keys, the text
 * under the key whose vocabulary it names, or under `name`, or `file` when it reads as a path.
 */
function itemFormOf(
  path: (string | number)[],
  value: unknown,
  nodes: Walkable[],
  at: SchemaAt | undefined,
): string | undefined {
  if (typeof path.at(-1) !== 'number' || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  const def = nodes[0]?._zod.def as unknown as { type: string; shape?: Record<string, Walkable> } | undefined;
  if (def?.type !== 'object' || !def.shape) return undefined;
  const written = String(value);
  const required = Object.keys(def.shape).filter((k) => def.shape![k]!._zod.def.type !== 'optional');
  const vocabularyAt = (key: string) => (at?.([...path, key]) ?? []).map(vocabularyOf).find((v) => v !== undefined);
  // `桂林电子科技大学（高校）`: the option in brackets after the name goes under its key, the name without it.
  const bracket = /^(.+?)[ \t\u3000]*[（(]([^（）()]+)[）)]$/.exec(written);
  const option =
    bracket &&
    required.some((k) => {
      const v = vocabularyAt(k);
      return v && nearestEntry(bracket[2]!, v);
    });
  const text = option ? bracket[1]! : written;
  let placed = false;
  const valueOf = (key: string): string => {
    const vocabulary = vocabularyAt(key);
    const named = vocabulary ? nearestEntry(option ? bracket[2]! : text, vocabulary) : undefined;
    if (named) return named;
    if (!placed && (key === 'name' || (key === 'file' && /[./\\]/.test(text)))) {
      placed = true;
      return text;
    }
    return '…';
  };
  if (!required.length) return undefined;
  return `{ ${required.map((k) => `${k}: ${valueOf(k)}`).join(', ')} }`;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  return typeof v;
}

function typeName(t: string, m: { types: Record<string, string> }): string {
  return m.types[t] ?? t;
}

/**
 * The one key beside an unknown key under which it is a key (`requested` beside `funding`);
 * when several are (`name`: applicant's, leader's…), the one written and left empty, or else
 * the one left empty or missing.
 */
function ownerOf(
  key: string,
  path: (string | number)[],
  known: readonly string[],
  mapping: Record<string, unknown> | undefined,
  knownKeys: ((path: (string | number)[]) => string[]) | undefined,
): string | undefined {
  if (!knownKeys) return undefined;
  const owners = known.filter((k) => knownKeys([...path, k]).includes(key));
  if (owners.length === 1) return owners[0];
  // Written and left empty (`leader:` above an unindented `name:`) before missing altogether.
  for (const empty of [(v: unknown) => v === null, (v: unknown) => v === null || v === undefined]) {
    const left = owners.filter((k) => empty(mapping?.[k]));
    if (left.length === 1) return left[0];
  }
  return undefined;
}
