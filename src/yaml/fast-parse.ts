import jsYaml from 'js-yaml';

/**
 * Anything beyond plain mappings, lists and scalars: anchors and aliases (alias bombs),
 * tags, directives, merge keys, several documents, numbers with `_` separators. Such
 * files take the strict, positioned parser so that its checks and warnings apply.
 */
const UNUSUAL = /(?:^|[\s[{,:-])[&*!][^\s,\]}]|^%|^---|^\.\.\.|<<\s*:|\d_\d/m;

/**
 * The data of a plain YAML document, about ten times faster than building the full
 * document with positions. `undefined` means "use the strict parser": the caller then
 * parses again with `parseYaml`, which reports the problem with its line and column.
 */
export function fastParse(text: string): { data: unknown } | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    // CORE_SCHEMA is YAML 1.2's core schema; js-yaml rejects duplicate keys by default.
    return { data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}
