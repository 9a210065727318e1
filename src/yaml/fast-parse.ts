import jsYaml from 'js-yaml';
import { lineStartsOf, locateInTree, recorder } from './node-tree.js';
import type { Position } from './parse.js';
import { numberProblem } from './number-problem.js';
import { MAX_DEPTH } from './problem.js';
import { isUnusual } from './unusual.js';

/** Thrown from a number's constructor to hand the document to the strict parser. */
class Unusual extends Error {}

/**
 * The yaml package's YAML 1.2 core schema, rule for rule, so that both parsers read
 * every plain scalar alike (js-yaml's own core schema also takes `0b1`, `-0x1`, `1_0`).
 * A number that reading would change is not read here at all: the strict parser
 * reports it.
 */
const number = (value: number, source: string): number => {
  if (numberProblem(source, value)) throw new Unusual();
  return value;
};
/**
 * Every plain scalar is tried against each type in turn; most are names and titles,
 * so a look at the first character spares them the expressions.
 */
function mayBeNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}
const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => mayBeNumber(s) && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) => number(s[1] === 'o' ? parseInt(s.slice(2), 8) : s[1] === 'x' ? parseInt(s.slice(2), 16) : parseInt(s, 10), s),
});
const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => mayBeNumber(s) && /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s),
  construct: (s: string) =>
    number(s.slice(-3).toLowerCase() === 'nan' ? NaN : s.slice(-3).toLowerCase() === 'inf' ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s), s),
});
const nullType = new jsYaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => s.length <= 4 && /^(?:~|[Nn]ull|NULL)?$/.test(s), construct: () => null });
const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => (s.length === 4 || s.length === 5) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * The data of a plain YAML document, about ten times faster than building the full
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
    data = jsYaml.load(text, { schema: SCHEMA, maxDepth: MAX_DEPTH, listener: tree.listener } as jsYaml.LoadOptions) ?? null;
  } catch {
    return undefined;
  }
  let lineStarts: number[] | undefined;
  return {
    data,
    locate: (path, key) => {
      const root = tree.root();
      return root ? locateInTree(text, (lineStarts ??= lineStartsOf(text)), root, path, key) : undefined;
    },
  };
}
