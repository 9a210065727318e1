import { isCollection, isNode, isPair, type YAMLMap, type YAMLSeq } from 'yaml';
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
 * A line that may open an entry of a block collection, at any indentation: a key,
 * plain or quoted, an item `- ` or an explicit key `? ` (not `---`, a comment, a
 * bracket, a `: ` value line or a tab). Whether it really does is known only once the
 * prefix is parsed: `completeBefore` moves back past what the line turns out to continue.
 */
const ENTRY_START = /\n(?= *(?:[\w\u4e00-\u9fff"']|[-?] ))/g;
const ENTRY_LINE = / *(?:[\w\u4e00-\u9fff"']|[-?] )/y;

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
 * first hundred milliseconds. Growing prefixes of the text, each cut where a line may
 * start an entry (at the top or nested: mistakes under `targets:` are as dense), are
 * parsed as `parseYaml` parses; of each, only what lies before its last entry is kept
 * (that entry may be cut short, and the parser reports a mistake where the next entry
 * starts), and before any entry that goes on past it (`completeBefore`). The parser may still say something else there when
 * the text goes on (it recovers from a mistake by what follows), so what a prefix says
 * counts only once the next, twice as long, says the same; a property test holds the
 * result to `parseYaml`. An unclosed quote ends the report (explainErrors): once one
 * is found, the problems are the whole file's. Undefined when the file is small, when
 * the first prefix read past `near` holds no error, when its errors are too sparse to
 * reach the cap before the end, or when it has no entries to cut at (a list in brackets
 * or a text at the top, a key that goes on to the end): then the whole file is read.
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
      // A lone CR further on is named after the quote, as reading the whole file names it.
      if (before.found.some((f) => f.code === 'UNCLOSED_QUOTE'))
        return { problems: worded(withLoneCr(text, before.found), text, lang), stopped: false };
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

/** Where the text of the line starting at `lineStart` starts, past its indentation. */
function indentedFrom(text: string, lineStart: number): number {
  let at = lineStart;
  while (text[at] === ' ') at++;
  return at;
}

/** The start of the last line before `offset` that may open an entry. */
function entryStartBefore(text: string, offset: number): number | undefined {
  for (let i = text.lastIndexOf('\n', offset - 1); i >= 0; i = text.lastIndexOf('\n', i - 1))
    if (isEntryStart(text, i + 1)) return i + 1;
  return undefined;
}

function isEntryStart(text: string, offset: number): boolean {
  ENTRY_LINE.lastIndex = offset;
  return ENTRY_LINE.test(text);
}

/** The start of the first line at or after `offset` that may open an entry. */
function entryStartAfter(text: string, offset: number): number | undefined {
  ENTRY_START.lastIndex = Math.max(0, offset - 1);
  const m = ENTRY_START.exec(text);
  return m ? m.index + 1 : undefined;
}

/**
 * A prefix's problems as `parseYaml` finds them, up to where its last entry starts
 * (see `completeBefore`): the parser's errors raised before that point, placed before it.
 */
function foundBefore(prefix: string): { found: Found[]; upTo: number } {
  const none = { found: [], upTo: 0 };
  const last = entryStartBefore(prefix, prefix.length - 1);
  if (last === undefined) return none;
  const doc = parseStrict(prefix);
  // Only a block collection ends its entries by the indentation of a line: a list or
  // mapping in brackets, a quoted or block text at the top goes on past any line.
  const top = doc.contents;
  if (!isCollection(top) || top.flow) return none;
  const upTo = completeBefore(top, prefix, last);
  // What ends at the next line is told where that line's text starts: an unclosed
  // bracket or quote, which the parser then places where it opened, before `upTo`.
  const told = indentedFrom(prefix, upTo);
  doc.errors = doc.errors.filter((e) => e.pos[0] <= told);
  doc.warnings = doc.warnings.filter((e) => e.pos[0] <= told);
  const found = explainErrors(doc, prefix).filter((f) => f.offset !== undefined && f.offset < upTo);
  return { found: withLoneCr(prefix.slice(0, upTo), found), upTo };
}

/**
 * Where the text before `upTo` is complete: nothing read before it goes on past it.
 * An entry that crosses `upTo` may be cut short (a text, a list in brackets, a key
 * whose value is on the next line), so the cut moves back to the start of its line;
 * but an entry whose value is a block collection is entered instead, and the cut
 * stays at its item boundary: that is how a file of errors nested under one key
 * (`targets:`) is read in prefixes at all. Each move goes back, so this ends.
 */
function completeBefore(top: YAMLMap | YAMLSeq, text: string, upTo: number): number {
  let node: YAMLMap | YAMLSeq = top;
  for (;;) {
    const item = crossing(node, text, upTo);
    if (item === undefined) return upTo;
    const inner = isPair(item) ? item.value : item;
    const keyDone = !isPair(item) || !isNode(item.key) || (item.key.range?.[2] ?? 0) <= upTo;
    if (keyDone && isCollection(inner) && !inner.flow) node = inner;
    else {
      upTo = text.lastIndexOf('\n', spanOf(item)[0] - 1) + 1;
      node = top;
    }
  }
}

/**
 * The item of `node` that starts before the line at `upTo` and ends in its text, if
 * one does. An item ended by that line's indentation does not cross it: the parser
 * counts the spaces of the next line into the range of a nested value.
 */
function crossing(node: YAMLMap | YAMLSeq, text: string, upTo: number): unknown {
  const indented = indentedFrom(text, upTo);
  // Items come in order: only the last one starting before `upTo` can cross it.
  for (let i = node.items.length - 1; i >= 0; i--) {
    const [start, end] = spanOf(node.items[i]);
    if (start < upTo) return end > indented ? node.items[i] : undefined;
  }
  return undefined;
}
