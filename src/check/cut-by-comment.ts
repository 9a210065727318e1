import { lineStartsOf } from '../yaml/node-tree.js';
import type { PathSegment, Position } from '../yaml/problem.js';
import { textValues } from './text-values.js';

/** A quick look at the file: text, spaces, then `#` on one line; most files have none. */
const SAME_LINE_COMMENT = /[^\s#][ \t]+#/;
/** Where a comment begins on a line: `#` after a space or tab (glued to text, it is text). */
const COMMENT_START = /[ \t]#/;
/** What opens a value that is not a plain scalar: quotes, a block scalar, a flow collection. */
const NOT_PLAIN = /^["'|>[{]/;
/** A key, its colon, spaces and a comment to the end of the line: `title: #1 机组改造`. */
const ALL_COMMENT = /^(?:"([^"]*)"|'([^']*)'|([^\s#:"'][^:#]*?))[ \t]*:[ \t]+(#.*?)[ \t]*$/;

export interface CutByComment {
  path: PathSegment[];
  /** The value as read. */
  value: string;
  /** The comment as written, from its `#`. */
  comment: string;
  /** The value and the comment as written: what the value would be in quotes. */
  written: string;
  /** Where the `#` is. */
  position: Position;
}

/**
 * Free text written plain, with a comment after it on the same line: `title: 智能电网 #1
 * 机组改造` reads as 智能电网, the rest a comment, and nothing says so. Which comments:
 * any after a plain value at a key of free text (`isFreeText`: a title, a name, a file),
 * whatever follows the `#`. A `#` in such text is a character people mean (#1 车间, 第
 * #3 号), and the space after it tells nothing (`#暂定` and `#1` are typed alike); a
 * note meant as one loses nothing by its own line, where `init` writes every comment.
 * Not a value of ids, codes, numbers or true/false, where text after `#` can only be
 * a note; not a quoted value, whose `#` is its own. The comment must be on the line
 * where the value begins: a plain value running onto the next lines is left alone.
 */
export function cutByComment(
  data: unknown,
  text: string,
  isFreeText: (path: PathSegment[]) => boolean,
  locate: (path: PathSegment[]) => Position | undefined,
): CutByComment[] {
  if (!SAME_LINE_COMMENT.test(text)) return [];
  let lineStarts: number[] | undefined;
  const out: CutByComment[] = [];
  for (const { path, value } of textValues(data)) {
    // Asking the schema and placing a value cost more than a look at the text (placing can
    // take the strict reader): only a value written somewhere with a comment after it is
    // worth them. A quoted value never is: its closing quote stands between.
    if (!followedByComment(text, value) || !isFreeText(path)) continue;
    const at = locate(path);
    if (!at) continue;
    lineStarts ??= lineStartsOf(text);
    const start = (lineStarts[at.line - 1] ?? Number.NaN) + at.column - 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
    const hash = COMMENT_START.exec(line);
    // Read as written up to the comment, or it is not the value this line holds.
    if (NOT_PLAIN.test(line) || !hash || line.slice(0, hash.index).trimEnd() !== value) continue;
    const position = { line: at.line, column: at.column + hash.index + 1 };
    const written = line.trimEnd();
    out.push({ path, value, comment: written.slice(hash.index + 1), written, position });
  }
  return out;
}

/** Whether `value` stands somewhere in the text with spaces and a `#` after it. */
function followedByComment(text: string, value: string): boolean {
  if (value === '') return false;
  for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + 1)) {
    let j = i + value.length;
    const spaced = j;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (j > spaced && text[j] === '#') return true;
  }
  return false;
}

/**
 * Free text written as a comment whole: `title: #1 机组改造` reads as no value, the `#`
 * after the colon's space beginning a comment. `key` is where the key stands; the comment,
 * when its line holds that key, its colon, and a comment and nothing else. Asked only for a
 * value the schema found missing at a key of free text (the same test as above), so a file
 * that passes never pays for it.
 */
export function commentedOut(text: string, name: string, key: Position | undefined): string | undefined {
  if (!key) return undefined;
  const start = (lineStartsOf(text)[key.line - 1] ?? Number.NaN) + key.column - 1;
  if (Number.isNaN(start)) return undefined;
  const end = text.indexOf('\n', start);
  const m = ALL_COMMENT.exec(text.slice(start, end === -1 ? undefined : end).replace(/\r$/, ''));
  return m && (m[1] ?? m[2] ?? m[3]) === name ? m[4] : undefined;
}
