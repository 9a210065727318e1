import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from 'yaml';
import type { z } from 'zod';
import { COUNTRY_PATTERN, DATE_PATTERN, isYear } from '../application/schema.js';
import { INVISIBLE } from '../application/describe-issue.js';
import type { SchemaAt } from '../application/schema-at.js';
import { closestUnique } from '../util/closest.js';
import { formatPath } from '../yaml/path.js';
import type { PathSegment } from '../yaml/problem.js';
import {
  intendedBoolean,
  intendedCountry,
  intendedDate,
  intendedNone,
  intendedNumberAt,
  intendedWan,
  intendedYear,
} from '../application/intended.js';
import type { Edit, FixKind } from './types.js';

/** What the schema's refusals tell `--fix` about a document it can read. */
export interface SchemaView {
  /** The application schema with ids only: a Chinese label is accepted, never rewritten. */
  schema: z.ZodType;
  at: SchemaAt;
  knownKeys: (path: PathSegment[]) => string[];
  /** The key a Chinese name stands for at a path (项目名称 → title), when one key's description says it. */
  keyNamed: (parent: PathSegment[], name: string) => string | undefined;
}

/**
 * One edit per refusal whose meaning is certain: a number written as text or with
 * its unit, a year with its month, a percentage in a share, 是/否, a date, a country,
 * a key misspelled (or holding invisible characters) with one known key nearest, or
 * written as the Chinese name of one key not yet there (项目名称 → title). Each value's new
 * text replaces the old at the parser's source range, so nothing else moves.
 */
export function schemaEdits(doc: Document.Parsed, data: unknown, view: SchemaView): Edit[] {
  const result = view.schema.safeParse(data);
  if (result.success) return [];
  const edits: Edit[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const map = nodeAt(doc, path);
      if (!isMap(map)) continue;
      const present = new Set(map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
      const free = view.knownKeys(path).filter((k) => !present.has(k));
      const taken = new Set<string>();
      // Its spelling first; else the Chinese name of one key (项目名称 → title) not yet written here.
      const meant = (key: string) => {
        const spelled = nearest(key, free);
        return spelled !== undefined
          ? { to: spelled, kind: 'key' as const }
          : { to: namedFree(view.keyNamed(path, key), free), kind: 'keyName' as const };
      };
      for (const key of issue.keys) {
        const { to, kind } = meant(key);
        const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair<Scalar> | undefined;
        // Two unknown keys near the same known one: which was meant is not certain.
        if (!to || taken.has(to) || !pair?.key.range || issue.keys.some((k) => k !== key && meant(k).to === to))
          continue;
        taken.add(to);
        edits.push(scalarEdit(pair.key, to, kind, [...path, key], key));
      }
      continue;
    }
    const node = nodeAt(doc, path);
    if (!isScalar(node) || !node.range) continue;
    const fix =
      yearFix(node, view.at(path)) ??
      noneFix(path, node) ??
      valueFix(issue, node.value, view.at(path)) ??
      wanFix(path, node);
    if (fix) edits.push(scalarEdit(node, fix.to, fix.kind, path, String(node.source ?? node.value), fix.quoted));
  }
  return edits;
}

/** The known key an unknown one was meant to be: itself without invisible characters, or the one nearest. */
function nearest(key: string, free: string[]): string | undefined {
  const clean = key.replace(INVISIBLE, '').trim();
  return free.includes(clean) ? clean : closestUnique(key, free);
}

/** The key a Chinese name stands for, when that key is not yet written at its level. */
function namedFree(named: string | undefined, free: string[]): string | undefined {
  return named !== undefined && free.includes(named) ? named : undefined;
}

/** A year written with its month (`2020年1月`, `2019.7`, read as it was typed): the year, as the message says. */
function yearFix(node: Scalar, nodes: z.core.$ZodType[]): { to: string; kind: FixKind; quoted?: boolean } | undefined {
  if (!nodes.some(isYear) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return undefined;
  const year = intendedYear(String(node.source ?? node.value));
  return year === undefined ? undefined : { to: String(year), kind: 'year' };
}

/** No co-funding said in words (`matching: 无`): 0, as the message says. */
function noneFix(path: PathSegment[], node: Scalar): { to: string; kind: FixKind; quoted?: boolean } | undefined {
  return path.at(-1) === 'matching' && typeof node.value === 'string' && intendedNone(node.value)
    ? { to: '0', kind: 'number' }
    : undefined;
}

/** Funding written in 元 (`requested: 500000元`): the amount in 万元, as the message says. */
function wanFix(path: PathSegment[], node: Scalar): { to: string; kind: FixKind; quoted?: boolean } | undefined {
  const wan = typeof node.value === 'string' ? intendedWan(path, node.value) : undefined;
  return wan === undefined ? undefined : { to: String(wan), kind: 'yuan' };
}

function valueFix(
  issue: z.core.$ZodIssue,
  text: unknown,
  nodes: z.core.$ZodType[],
): { to: string; kind: FixKind; quoted?: boolean } | undefined {
  if (typeof text !== 'string') return undefined;
  if (issue.code === 'invalid_type' && issue.expected === 'number') {
    const fraction = nodes.some((n) => (n as unknown as { maxValue?: number }).maxValue === 1);
    const n = intendedNumberAt(issue.path.at(-1), text, fraction);
    if (n === undefined) return undefined;
    return { to: String(n), kind: /[%％]\s*$/.test(text) ? 'percent' : 'number' };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') {
    const b = intendedBoolean(text);
    return b === undefined ? undefined : { to: String(b), kind: 'boolean' };
  }
  if (issue.code === 'invalid_format' && 'pattern' in issue) {
    const pattern = String(issue.pattern);
    const kind = pattern === String(COUNTRY_PATTERN) ? 'country' : pattern === String(DATE_PATTERN) ? 'date' : null;
    const to = kind === 'country' ? intendedCountry(text) : kind === 'date' ? intendedDate(text) : undefined;
    return kind === null || to === undefined || to === text ? undefined : { to, kind, quoted: true };
  }
  return undefined;
}

/**
 * The new text of a scalar: a number or boolean is written plain, so that it is read
 * as one; text keeps the quotes it was written in.
 */
export function scalarEdit(
  node: Scalar,
  to: string,
  kind: FixKind,
  path: PathSegment[],
  from: string,
  keepQuotes = false,
): Edit {
  const [start, end] = node.range!;
  const quote =
    keepQuotes && node.type === 'QUOTE_SINGLE' ? "'" : keepQuotes && node.type === 'QUOTE_DOUBLE' ? '"' : '';
  return { start, end, text: `${quote}${to}${quote}`, fix: { kind, path: formatPath(path), from, to } };
}

/** The node at a path of the document, or undefined where there is none. */
export function nodeAt(doc: Document.Parsed, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      node = pair?.value;
    } else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}
