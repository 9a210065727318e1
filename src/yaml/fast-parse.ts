import jsYaml from 'js-yaml';
import { lineStartsOf, locateInTree, recorder, type TreeNode } from './node-tree.js';
import type { Position } from './problem.js';
import { BOOL, FLOAT, INT, NULL, floatValue, intValue, mayBeNumber } from './core-scalar.js';
import { numberProblem } from './number-problem.js';
import { MAX_DEPTH } from './problem.js';
import { isUnusual } from './unusual.js';

/** Thrown from a number's constructor to hand the document to the strict parser. */
class Unusual extends Error {}

/** The core schema's number types (core-scalar.ts), whose readings js-yaml must not change. */
const number = (value: number, source: string): number => {
  if (numberProblem(source, value)) throw new Unusual();
  return value;
};
const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => mayBeNumber(s) && INT.test(s),
  construct: (s: string) => number(intValue(s), s),
});
const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => mayBeNumber(s) && FLOAT.test(s),
  construct: (s: string) => number(floatValue(s), s),
});
const nullType = new jsYaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => s.length <= 4 && NULL.test(s),
  construct: () => null,
});
const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => (s.length === 4 || s.length === 5) && BOOL.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * The data of a plain YAML document, much faster than building the full
 * document with positions. `undefined` means "use the strict parser": the caller then
 * parses again with `parseYaml`, which reports any problem with its line and column.
 * Whatever this returns, `parseYaml` returns too, with no problem at all.
 */
export interface FastParsed {
  data: unknown;
  /** Where `path` is, from js-yaml's record of the document; `null` when only the strict parser can tell. */
  locate(path: readonly (string | number)[], key?: boolean): Position | undefined | null;
}

export function fastParse(text: string): FastParsed | undefined {
  if (isUnusual(text)) return undefined;
  const tree = recorder();
  let data: unknown;
  try {
    // js-yaml rejects duplicate keys by default; it counts depth in nodes, so its
    // limit keeps lists and mappings within MAX_DEPTH as well.
    data =
      jsYaml.load(text, { schema: SCHEMA, maxDepth: MAX_DEPTH, listener: tree.listener } as jsYaml.LoadOptions) ?? null;
  } catch {
    return undefined;
  }
  return { data, locate: locator(text, tree.root) };
}

/**
 * What js-yaml reads, every value text, without the checks above: enough to tell what
 * a file is (a guide among the applications), never to judge it.
 */
export function looseData(text: string): unknown {
  try {
    return jsYaml.load(text, { schema: jsYaml.FAILSAFE_SCHEMA, maxDepth: MAX_DEPTH } as jsYaml.LoadOptions);
  } catch {
    return undefined;
  }
}

/** Positions from a recorded node tree; the text's line starts are found only when a finding needs one. */
function locator(text: string, root: () => TreeNode | undefined): FastParsed['locate'] {
  let lineStarts: number[] | undefined;
  return (path, key) => {
    const r = root();
    return r ? locateInTree(text, (lineStarts ??= lineStartsOf(text)), r, path, key) : undefined;
  };
}
