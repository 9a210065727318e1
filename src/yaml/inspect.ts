import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { YamlMessages } from '../i18n/messages/yaml.js';
import { numberProblem, type NumberProblem } from './number-problem.js';
import { blockingError, MAX_DEPTH, type Found, type PathSegment } from './problem.js';
import { lineIndex, lineStartsOf } from './node-tree.js';

/** Keys that name the machinery of JavaScript objects rather than anything in an application. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** C0 and C1 control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const HAS_CONTROL = new RegExp(CONTROL.source);
/** The yaml package's name of a core tag, as the user wrote it. */
const CORE_TAG = 'tag:yaml.org,2002:';
/**
 * What the yaml package accepts but an application must not hold: forbidden, empty,
 * compound or (once turned into text) repeated keys, merge keys, nesting past
 * MAX_DEPTH, numbers that reading would change, control characters and a YAML
 * version other than 1.2. Walks the syntax tree without recursion and without
 * following aliases, so that neither depth nor an alias bomb can make it blow up.
 */
export function inspectDocument(doc: Document.Parsed, text: string): Found[] {
  const found: Found[] = [...controlCharacters(text), ...directiveVersion(doc, text)];
  const stack: Visit[] = [{ node: doc.contents, depth: 0, up: undefined, seg: '' }];
  while (stack.length) {
    const at = stack.pop()!;
    const { node, depth } = at;
    if (node == null || isAlias(node)) continue;
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined) {
      // Even the core tags: `!!float 120` and `!!int "0120"` would each need rules of
      // their own, and an application has no use for them. One sentence for all.
      const shown = tag.startsWith(CORE_TAG) ? `!!${tag.slice(CORE_TAG.length)}` : tag;
      const offset = tagStart(text, (node as Node).range?.[0]);
      found.push(blockingError('UNSUPPORTED_TAG', offset, (m) => m.unsupportedTag(shown)));
      continue;
    }
    if (isScalar(node)) {
      const problem =
        typeof node.value === 'number' && node.type === 'PLAIN' && node.source !== undefined
          ? numberProblem(node.source, node.value)
          : null;
      if (problem) found.push(numberFound(problem, node.source!, node.value as number, node.range?.[0], pathOf(at)));
      else if (node.type === 'QUOTE_DOUBLE' && typeof node.value === 'string') {
        const escaped = escapedControl(node.value, text, node.range);
        if (escaped) found.push(escaped);
      }
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth + 1 > MAX_DEPTH) {
      found.push(blockingError('TOO_DEEP', node.range?.[0], (m) => m.tooDeep(MAX_DEPTH)));
      break;
    }
    const items = node.items as unknown[];
    const names = isMap(node) ? keysOf(node.items, text, found) : undefined;
    // Pushed last first, so that problems come out in document order.
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      const name = names?.[i];
      if (!names) stack.push({ node: item, depth: depth + 1, up: at, seg: i });
      else if (name !== undefined) {
        const pair = item as Pair;
        stack.push(
          { node: pair.value, depth: depth + 1, up: at, seg: name },
          { node: pair.key, depth: depth + 1, up: at, seg: name },
        );
      }
    }
  }
  return found;
}

/** A node waiting to be inspected; its path is spelled out only for a problem that needs it. */
interface Visit {
  node: unknown;
  depth: number;
  up: Visit | undefined;
  seg: PathSegment;
}

function pathOf(at: Visit): PathSegment[] {
  const path: PathSegment[] = [];
  for (let v: Visit | undefined = at; v?.up; v = v.up) path.push(v.seg);
  return path.reverse();
}

/**
 * A mapping's keys as text, each checked: forbidden, empty, compound, merge and
 * repeated keys are added to `found`; a key that is not text has no name and is not walked.
 */
function keysOf(pairs: readonly unknown[], text: string, found: Found[]): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  const seen = new Map<string, number | undefined>();
  for (const pair of pairs) {
    names.push(undefined);
    if (!isPair(pair)) continue;
    const key = pair.key as Node | null;
    const offset = key?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
    if (!isScalar(key) || key.value === null) {
      found.push(blockingError('NON_STRING_KEY', offset, (m) => m.nonStringKey));
      continue;
    }
    const name = String(key.value);
    if (key.type === 'PLAIN' && key.source === '<<') found.push(blockingError('MERGE_KEY', offset, (m) => m.mergeKey));
    else if (FORBIDDEN_KEYS.has(name)) found.push(blockingError('FORBIDDEN_KEY', offset, (m) => m.forbiddenKey(name)));
    else if (seen.has(name)) {
      // `1:` and `"1":` are different to the parser but the same key once read.
      const first = seen.get(name);
      const firstLine = first === undefined ? null : lineOf(text, first);
      found.push(blockingError('DUPLICATE_KEY', offset, (m) => m.duplicateKey(name, firstLine)));
    }
    seen.set(name, offset);
    names[names.length - 1] = name;
  }
  return names;
}

function numberFound(
  problem: NumberProblem,
  source: string,
  value: number,
  offset: number | undefined,
  path: PathSegment[],
): Found {
  // What reading would change is refused; what it only tidies (`+120`, `120.`) is said.
  const blocking = problem === 'range' || problem === 'tiny';
  const severity = problem === 'sign' ? 'warning' : 'error';
  const [code, words] = NUMBER_WORDS[problem];
  return { code, severity, blocking, offset, path, say: (m) => words(m, source, String(value)) };
}

/** Each number problem's code and sentence, from what was written and what reading makes of it. */
const NUMBER_WORDS: Record<NumberProblem, [string, (m: YamlMessages, source: string, shown: string) => string]> = {
  range: ['NUMBER_RANGE', (m, source, shown) => m.numberRange(source, shown)],
  tiny: ['NUMBER_RANGE', (m, source) => m.numberTiny(source)],
  special: ['NOT_A_NUMBER', (m, source) => m.notANumber(source)],
  zero: ['LEADING_ZERO', (m, source, shown) => m.leadingZero(source, shown)],
  base: ['NUMBER_BASE', (m, source, shown) => m.numberForm(source, shown)],
  sign: ['NUMBER_FORM', (m, source, shown) => m.numberForm(source, shown)],
};

/**
 * A control character written as an escape in double quotes (`"\e"`, `"\a"`,
 * `"\x1b"`) is the same character as one pasted raw, which the text scan reports.
 */
function escapedControl(value: string, text: string, range: Node['range']): Found | undefined {
  const c = HAS_CONTROL.exec(value)?.[0];
  if (c === undefined || !range || HAS_CONTROL.test(text.slice(range[0], range[1]))) return undefined;
  return controlFound(c, range[0]);
}

/** Where the tag in front of a node begins: the node's range starts after it. */
function tagStart(text: string, offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined;
  let i = text.lastIndexOf('!', offset);
  if (i === -1 || text.slice(i, offset).includes('\n')) return offset;
  while (text[i - 1] === '!') i--;
  return i;
}

function controlCharacters(text: string): Found[] {
  return [...text.matchAll(CONTROL)].map((match) => controlFound(match[0], match.index));
}

function controlFound(c: string, offset: number): Found {
  const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { code: 'CONTROL_CHAR', severity: 'error', blocking: false, offset, say: (m) => m.controlChar(code) };
}

function directiveVersion(doc: Document.Parsed, text: string): Found[] {
  const declared = doc.directives?.yaml;
  if (!declared?.explicit || declared.version === '1.2') return [];
  const at = /^%YAML[ \t]/m.exec(text)?.index;
  const say: Found['say'] = (m) => m.yamlVersion(declared.version);
  return [{ code: 'YAML_VERSION', severity: 'warning', blocking: false, offset: at, say }];
}

/** The line starts of the last text asked about: a file with 50,000 problems asks 50,000 times. */
let last: { text: string; starts: number[] } | undefined;

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  if (last?.text !== text) last = { text, starts: lineStartsOf(text) };
  return lineIndex(last.starts, offset) + 1;
}
