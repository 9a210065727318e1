import { isCollection, isNode, isPair } from 'yaml';
import type { Lang } from '../i18n/index.js';
import { MAX_FINDINGS_PER_RULE } from '../util/cap-findings.js';
import { explainErrors } from './explain-error.js';
import { parseStrict, withLoneCr, worded, type YamlProblem } from './parse.js';
import type { Found } from './problem.js';

/**
 * From this size on, a file the fast reader refused is first read in prefixes: a
 * whole file of syntax errors this large costs the parser about a tenth of a second
 * (3.6 ms per KB of unclosed brackets; 957 KB of them took 3.7 s).
 */
export const LARGE_INPUT = 32 * 1024;

/** The first prefix read: a hundred errors fit in 2 KB, which cost the parser a few milliseconds. */
const FIRST_PREFIX = 2 * 1024;

/**
 * A line that opens a new top-level entry: a key at column 0, plain or quoted, an
 * explicit key `? `, or an item `- ` of a list at the top (not `---`, a comment, a
 * bracket, a `: ` value line or an indented line). Not an indented line: cut there,
 * the property test found the parser placing a mistake lines above the cut elsewhere
 * once the text went on (in an indented mapping of unclosed brackets, an unclosed
 * quote six lines further down moved an error on line 7), while two prefixes agreed.
 */
const ENTRY_START = /\n(?=[\w\u4e00-\u9fff"']|[-?] )/g;
const ENTRY_LINE = /[\w\u4e00-\u9fff"']|[-?] /y;

export interface FirstErrors {
  /** The problems `parseYaml` lists first, each with its place: at least one blocks the file. */
  problems: YamlProblem[];
  /** Reading stopped after them (otherwise they are all the file's, as `parseYaml` lists them). */
  stopped: boolean;
}

export interface FirstErrorsOptions {
  /** How many problems are listed: the report's cap. */
  cap?: number;
  /** Smaller files are read whole. */
  large?: number;
  /** The size of the first prefix read, past `near`. */
  from?: number;
  /** Where the fast reader stumbled on a syntax error, if it did: the strict one will near there. */
  near?: number;
}

/**
 * The first `cap` problems of a large file that holds more than `cap`, found without
 * reading the whole file: 957 KB of syntax errors cost the yaml package seconds, their
 * first hundred milliseconds. Growing prefixes of the text, each cut where a top-level
 * entry starts, are parsed as `parseYaml` parses; of each, only what lies before its
 * last entry is kept (that entry may be cut short, and the parser reports a mistake
 * where the next entry starts). The parser may still say something else there when
 * the text goes on (it recovers from a mistake by what follows), so what a prefix says
 * counts only once the next, twice as long, says the same; a property test holds the
 * result to `parseYaml`. Undefined when the file is small, when
 * the first prefix read past `near` holds no error, when its errors are too sparse to
 * reach the cap before the end, or when it has no top-level entries to cut at: then
 * the whole file is read.
 */
export function firstErrors(
  text: string,
  lang: Lang,
  { cap = MAX_FINDINGS_PER_RULE, large = LARGE_INPUT, from = FIRST_PREFIX, near = 0 }: FirstErrorsOptions = {},
): FirstErrors | undefined {
  if (text.length < large) return undefined;
  let size = near + from;
  let before: { found: Found[]; upTo: number; said: string } | undefined;
  // Past three quarters of the file, reading it whole costs little more and says everything.
  const enough = text.length * 0.75;
  while (size < enough) {
    const cut = entryStartAfter(text, size);
    if (cut === undefined || cut > enough) return undefined;
    const prefix = text.slice(0, cut);
    const { found, upTo } = foundBefore(prefix);
    const said = (upTo: number) =>
      JSON.stringify(
        worded(
          found.filter((f) => f.offset! < upTo),
          prefix,
          lang,
        ).slice(0, cap + 1),
      );
    if (before && before.said === said(before.upTo)) {
      // No error where one was looked for: a file with few or none is read whole at once,
      // not in ever longer prefixes (a file of 50,000 keys and an anchor lost half a second).
      if (before.found.length === 0) return undefined;
      // An unclosed quote ends what the parser reports, but where it ends and what the
      // parser says before it depend on whether a quote follows, anywhere further on
      // (the property test found two files where two prefixes agreed and the whole file
      // said more): a prefix holding one confirms nothing, and the file is read whole.
      if (before.found.some((f) => f.code === 'UNCLOSED_QUOTE')) return undefined;
      const problems = worded(before.found, prefix, lang).slice(0, cap + 1);
      if (problems.length > cap) {
        const listed = problems.slice(0, cap);
        return listed.some((p) => p.blocking) ? { problems: listed, stopped: true } : undefined;
      }
    }
    before = { found, upTo, said: said(upTo) };
    // Twice as far, or where the cap would be reached at this density, up to four times.
    const seen = found.length;
    size = seen ? Math.min(4 * cut, Math.max(2 * cut, (upTo * (cap + 1) * 1.25) / seen)) : 2 * cut;
  }
  return undefined;
}

/** Where an entry of a collection starts and ends in the text. */
function spanOf(item: unknown): [number, number] {
  const nodes = isPair(item) ? [item.key, item.value] : [item];
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const n of nodes) {
    const range = isNode(n) ? n.range : undefined;
    if (!range) continue;
    start = Math.min(start, range[0]);
    end = Math.max(end, range[2]);
  }
  return [start, end];
}

/** The start of the last top-level entry before `offset`. */
function entryStartBefore(text: string, offset: number): number | undefined {
  for (let i = text.lastIndexOf('\n', offset - 1); i >= 0; i = text.lastIndexOf('\n', i - 1))
    if (isEntryStart(text, i + 1)) return i + 1;
  return undefined;
}

function isEntryStart(text: string, offset: number): boolean {
  ENTRY_LINE.lastIndex = offset;
  return ENTRY_LINE.test(text);
}

/** The start of the first top-level entry at or after `offset`. */
function entryStartAfter(text: string, offset: number): number | undefined {
  ENTRY_START.lastIndex = Math.max(0, offset - 1);
  const m = ENTRY_START.exec(text);
  return m ? m.index + 1 : undefined;
}

/**
 * A prefix's problems as `parseYaml` finds them, up to where its last top-level entry
 * starts: the parser's errors raised before that point, placed before it.
 */
function foundBefore(prefix: string): { found: Found[]; upTo: number } {
  const none = { found: [], upTo: 0 };
  let upTo = entryStartBefore(prefix, prefix.length - 1);
  if (upTo === undefined) return none;
  const doc = parseStrict(prefix);
  // Only a block collection ends its entries where a line starts at column 0: a list or
  // mapping in brackets, a quoted or block text at the top goes on past such a line.
  const top = doc.contents;
  if (!isCollection(top) || top.flow) return none;
  // An entry that goes on past the cut (whatever the reason) is not complete either.
  for (const item of top.items) {
    const [start, end] = spanOf(item);
    if (start < upTo && end > upTo) upTo = prefix.lastIndexOf('\n', start - 1) + 1;
  }
  doc.errors = doc.errors.filter((e) => e.pos[0] < upTo);
  doc.warnings = doc.warnings.filter((e) => e.pos[0] < upTo);
  const found = explainErrors(doc, prefix).filter((f) => f.offset !== undefined && f.offset < upTo);
  return { found: withLoneCr(prefix.slice(0, upTo), found), upTo };
}
