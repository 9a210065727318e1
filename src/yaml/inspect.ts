import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { numberProblem } from './number-problem.js';
import { MAX_DEPTH, type Found, type PathSegment } from './problem.js';

export { numberProblem };

/** Keys that name the machinery of JavaScript objects rather than anything in an application. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** C0 and C1 control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * What the yaml package accepts but an application must not hold: forbidden, empty,
 * compound or (once turned into text) repeated keys, merge keys, nesting past
 * MAX_DEPTH, numbers that reading would change, control characters and a YAML
 * version other than 1.2. Walks the syntax tree without recursion and without
 * following aliases, so that neither depth nor an alias bomb can make it blow up.
 */
export function inspectDocument(doc: Document.Parsed, text: string): Found[] {
  const found: Found[] = [...controlCharacters(text), ...directiveVersion(doc, text)];
  const stack: { node: unknown; depth: number; path: PathSegment[] }[] = [{ node: doc.contents, depth: 0, path: [] }];
  while (stack.length) {
    const { node, depth, path } = stack.pop()!;
    if (node == null || isAlias(node)) continue;
    if (isScalar(node)) {
      const problem =
        typeof node.value === 'number' && node.type === 'PLAIN' && node.source !== undefined
          ? numberProblem(node.source, node.value)
          : null;
      if (problem) found.push(numberFound(problem, node.source!, node.value as number, node.range?.[0], path));
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth + 1 > MAX_DEPTH) {
      found.push({
        code: 'TOO_DEEP',
        severity: 'error',
        blocking: true,
        offset: node.range?.[0],
        say: (m) => m.tooDeep(MAX_DEPTH),
      });
      break;
    }
    const children: { node: unknown; path: PathSegment[] }[] = [];
    if (isSeq(node)) node.items.forEach((item, i) => children.push({ node: item, path: [...path, i] }));
    else {
      const seen = new Map<string, number | undefined>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const offset = key?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
        if (!isScalar(key) || key.value === null) {
          found.push({ code: 'NON_STRING_KEY', severity: 'error', blocking: true, offset, say: (m) => m.nonStringKey });
          continue;
        }
        const name = String(key.value);
        if (key.type === 'PLAIN' && key.source === '<<')
          found.push({ code: 'MERGE_KEY', severity: 'error', blocking: true, offset, say: (m) => m.mergeKey });
        else if (FORBIDDEN_KEYS.has(name))
          found.push({
            code: 'FORBIDDEN_KEY',
            severity: 'error',
            blocking: true,
            offset,
            say: (m) => m.forbiddenKey(name),
          });
        else if (seen.has(name)) {
          // `1:` and `"1":` are different to the parser but the same key once read.
          const first = seen.get(name);
          found.push({
            code: 'DUPLICATE_KEY',
            severity: 'error',
            blocking: true,
            offset,
            say: (m) => m.duplicateKey(name, first === undefined ? null : lineOf(text, first)),
          });
        }
        seen.set(name, offset);
        children.push({ node: key, path: [...path, name] }, { node: pair.value, path: [...path, name] });
      }
    }
    // Reversed onto the stack so that problems come out in document order.
    for (const c of children.reverse()) stack.push({ node: c.node, depth: depth + 1, path: c.path });
  }
  return found;
}

function numberFound(
  problem: 'range' | 'zero',
  source: string,
  value: number,
  offset: number | undefined,
  path: PathSegment[],
): Found {
  const shown = String(value);
  return problem === 'range'
    ? {
        code: 'NUMBER_RANGE',
        severity: 'error',
        blocking: true,
        offset,
        path,
        say: (m) => m.numberRange(source, shown),
      }
    : {
        code: 'LEADING_ZERO',
        severity: 'error',
        blocking: false,
        offset,
        path,
        say: (m) => m.leadingZero(source, shown),
      };
}

function controlCharacters(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(CONTROL)) {
    const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    found.push({
      code: 'CONTROL_CHAR',
      severity: 'error',
      blocking: false,
      offset: match.index,
      say: (m) => m.controlChar(code),
    });
  }
  return found;
}

function directiveVersion(doc: Document.Parsed, text: string): Found[] {
  const declared = doc.directives?.yaml;
  if (!declared?.explicit || declared.version === '1.2') return [];
  const at = /^%YAML[ \t]/m.exec(text)?.index;
  return [
    {
      code: 'YAML_VERSION',
      severity: 'warning',
      blocking: false,
      offset: at,
      say: (m) => m.yamlVersion(declared.version),
    },
  ];
}

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
