import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { msg, type Lang } from '../i18n/index.js';
import { yamlMessages } from '../i18n/messages/yaml.js';
import { explainErrors } from './explain-error.js';
import { inspectDocument } from './inspect.js';
import { lineStartsOf, position } from './node-tree.js';
import { blockingError, MAX_ALIAS_COUNT, MAX_DEPTH, type Found, type PathSegment, type Position } from './problem.js';

interface YamlProblem {
  /** The yaml package's error code (DUPLICATE_KEY…) or one of ours (LEADING_ZERO…). */
  code: string;
  /** One sentence in the reader's language saying what is wrong and what to do. */
  message: string;
  position?: Position;
  severity: 'error' | 'warning';
  /** The data cannot be trusted: nothing else in the file should be judged. */
  blocking: boolean;
  /** The value it concerns, for a problem that belongs to one value. */
  path?: PathSegment[];
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  problems: YamlProblem[];
  /** The plain data, or undefined when a blocking problem makes it untrustworthy. */
  data: unknown;
  /** Each mapping's pairs by key, once looked up (`pairsOf`): kept with the document, to go with it. */
  pairs: Map<YAMLMap, Map<string, Pair>>;
}

/**
 * Strict settings: YAML 1.2 core schema (no `yes`/`no` booleans, no sexagesimal) even
 * under a `%YAML 1.1` directive, unique keys, no merge keys, known YAML 1.1 tags
 * (`!!binary`, `!!set`…) left unresolved so that they are reported, aliases bounded
 * so that an alias bomb fails fast instead of eating memory.
 */
export const SAFE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  merge: false,
  resolveKnownTags: false,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
  // Its warnings (a compound key turned into text…) would reach the user's terminal.
  logLevel: 'error',
} as const;

/**
 * Parses one document with positions and judges it as YAML: the parser's errors and
 * warnings, then what it accepts but an application must not hold (see
 * `inspectDocument`). Problems are in `lang` (by default the run's), in document order, one per kind and line.
 */
export function parseYaml(text: string, lang?: Lang): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseStrict(text, lineCounter);
  let found = explainErrors(doc, text);
  if (doc.errors.length === 0) found.push(...inspectDocument(doc, text));
  found = withLoneCr(text, found);
  let data: unknown;
  if (!found.some((f) => f.blocking)) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      found.push(toJsFailure(e, doc));
    }
  }
  return { doc, lineCounter, problems: worded(found, text, lang), data, pairs: new Map() };
}

/**
 * The yaml package's document, read with SAFE_OPTIONS but for duplicate keys, which
 * `inspectDocument` finds in one pass (the package compares each key with every one
 * before it); its errors' stacks, never shown, are not made (docs/PERFORMANCE.md).
 */
function parseStrict(text: string, lineCounter: LineCounter): Document.Parsed {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(text, { ...SAFE_OPTIONS, uniqueKeys: false, lineCounter });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A lone CR ends a line for classic Mac editors, not for the parser, which then reads
 * one long line and blames whatever comes next ("two ': ' on one line"): the line
 * ends are named instead, in place of what follows them.
 */
function withLoneCr(text: string, found: Found[]): Found[] {
  const at = text.search(/\r(?!\n)/);
  if (at === -1) return found;
  const before = found.filter((f) => (f.offset ?? Number.POSITIVE_INFINITY) < at);
  return [...before, blockingError('LONE_CR', at, (m) => m.loneCr)];
}

/**
 * Problems in `lang`, in document order, one per kind and line, placed by the text's
 * own lines: the parser's line counter misses some in the flow collections it recovers
 * from, and would place later problems a line too high.
 */
function worded(found: Found[], text: string, lang: Lang | undefined): YamlProblem[] {
  const m = msg(yamlMessages, lang);
  const lineStarts = lineStartsOf(text);
  const seen = new Set<string>();
  const out: YamlProblem[] = [];
  for (const f of [...found].sort((a, b) => (a.offset ?? Infinity) - (b.offset ?? Infinity))) {
    const p = f.offset === undefined ? undefined : position(lineStarts, f.offset);
    // The parser often reports one mistake several times on its line (or, when the stack runs out, everywhere).
    const key = f.code === 'TOO_DEEP' ? f.code : `${f.code}:${p?.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      code: f.code,
      message: f.say(m),
      severity: f.severity,
      blocking: f.blocking,
      ...(p ? { position: p } : {}),
      ...(f.path ? { path: f.path } : {}),
    });
  }
  return out;
}

/** Why `toJS` gave up: an alias bomb, an alias to nothing, or the stack running out. */
function toJsFailure(e: unknown, doc: Document.Parsed): Found {
  if (e instanceof ReferenceError && /alias count/i.test(e.message))
    return blockingError('ALIAS_LIMIT', firstAlias(doc), (m) => m.aliasLimit);
  if (e instanceof ReferenceError) return blockingError('BAD_ALIAS', firstAlias(doc), (m) => m.badAlias);
  return blockingError('TOO_DEEP', undefined, (m) => m.tooDeep(MAX_DEPTH));
}

/** An alias bomb is reported where its first alias is (the tree is shallow by now: inspected). */
function firstAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * The position of the node at `path`; for a key that is not there, the position of
 * the nearest ancestor that is (so "missing targets.patents" points at `targets:`).
 * With `key: true` the key itself is located rather than its value (unknown keys).
 */
export function locate(
  parsed: Pick<ParsedYaml, 'doc' | 'lineCounter' | 'pairs'>,
  path: readonly PathSegment[],
  opts: { key?: boolean } = {},
): Position | undefined {
  let node: unknown = parsed.doc.contents;
  let best: { range?: [number, number, number?] | null } | undefined = node as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = pairsOf(parsed.pairs, node).get(String(seg));
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && opts.key) {
        best = pair.key as Node;
        break;
      }
      node = pair.value;
      best = (pair.value as Node | null) ?? (pair.key as Node);
      if (pair.value == null) break;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item == null) break;
      node = item;
      best = item as Node;
    } else break;
  }
  const offset = best?.range?.[0];
  if (offset === undefined) return undefined;
  const p = parsed.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/**
 * The text a plain scalar at `path` was written as (`5.10`, which reads as 5.1), or
 * undefined where there is none: what was meant can hang on the digits reading dropped.
 */
export function sourceAt(parsed: Pick<ParsedYaml, 'doc'>, path: readonly PathSegment[]): string | undefined {
  const node = parsed.doc.getIn(path, true);
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

/**
 * A mapping's pairs by key, built on the first look: a hundred findings among 50,000
 * keys are not a hundred passes. Kept in `pairs`, the document's own, not in a
 * WeakMap (docs/PERFORMANCE.md, Memory).
 */
function pairsOf(pairs: ParsedYaml['pairs'], map: YAMLMap): Map<string, Pair> {
  let index = pairs.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items)
      if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairs.set(map, index);
  }
  return index;
}
