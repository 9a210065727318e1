import jsYaml from 'js-yaml';
import type { Position } from './parse.js';
import { lineStartsOf, locateInTree, recorder } from './node-tree.js';

/**
 * Anything beyond plain mappings, lists and scalars: anchors and aliases (alias bombs),
 * tags, directives, merge keys, several documents, numbers with `_` separators,
 * explicit `?` keys. Such
 * files take the strict, positioned parser so that its checks and warnings apply.
 */
const UNUSUAL = /(?:^|[\s[{,:-])[&*!][^\s,\]}]|^%|^---|^\.\.\.|<<\s*:|\d_\d|^\s*\?(?:\s|$)/m;

/**
 * The data of a plain YAML document, about ten times faster than building the full
 * document with positions. `undefined` means "use the strict parser": the caller then
 * parses again with `parseYaml`, which reports the problem with its line and column.
 */
export interface FastParsed {
  data: unknown;
  /** Where `path` is; `null` when only the strict parser can tell. */
  locate(path: readonly (string | number)[], key?: boolean): Position | undefined | null;
}

export function fastParse(text: string): FastParsed | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const tree = recorder();
  let data: unknown;
  try {
    // CORE_SCHEMA is YAML 1.2's core schema; js-yaml rejects duplicate keys by default.
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, listener: tree.listener }) ?? null;
  } catch {
    return undefined;
  }
  let lineStarts: number[] | undefined;
  return {
    data,
    locate: (path, key) => {
      const root = tree.root();
      if (!root) return undefined;
      return locateInTree(text, (lineStarts ??= lineStartsOf(text)), root, path, key);
    },
  };
}
