import { lineOf } from './inspect.js';
import { lineStartsOf } from './node-tree.js';
import type { Found } from './problem.js';

/** A line that holds only a key and its colon (a mapping's parent), maybe a comment after it. */
const PARENT = /^( *)[^\s#-][^#]*:[ \t]*(?:#.*)?$/;
/** A line that begins with a key: its indentation and the key. */
const KEY = /^( *)([^\s#-][^:#]*?)[ \t]*:(?:[ \t]|$)/;
/** A key whose value is a block of text (`text: |`) or a list item: the deeper lines below are theirs. */
const OPENS = /^ *(?:[^\s#-][^#]*:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?|-(?:[ \t].*)?)$/;

/** A mapping's lines, after its parent (`-1` for the document's own) to the first line as shallow as it. */
interface Block {
  parent: number;
  end: number;
  /** The parent's indentation (-1 for the document's own mapping). */
  depth: number;
}

/**
 * A key out of line with the keys of its mapping, and the one it is to line up with (`by`:
 * the spaces it stands deeper, or less deep when negative); or keys indented below a key
 * that has a value on its line (`applicant: 桂林…` above `  name:`), said at that value.
 */
type OutOfLine =
  | { line: number; column: number; key: string; sibling: string; by: number }
  | { line: number; column: number; key: string; value: string; child: string };

/**
 * A key indented less or more than the other keys of its mapping (`funding:`, `  requested:`,
 * then ` matching:`; or the first key, ` requested:` above `  matching:`): the parser takes
 * the mapping's column from its first key and then says each key after the mistake is out of
 * line, or reads it as more of the key above, a line or several below the mistake. Each such
 * key is said once, at itself, with the spaces to add or remove; every other report of the
 * parser within the mapping echoes them and is dropped, as a tab's are. The mapping's column
 * is the one an indentation step below its parent, when some key stands there (the step the
 * file's other mappings use; two spaces, as `init` writes, in a file with none); otherwise
 * the one most of its keys stand at. Runs only on a file the parser refused.
 */
export function blameOutOfLine(found: Found[], text: string): Found[] {
  if (!found.some((f) => f.code === 'BAD_INDENT')) return found;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const starts = lineStartsOf(text);
  const blocks: { block: Block; said: Found[] }[] = [];
  const inBlock = (l: number) => blocks.find(({ block }) => l > block.parent && l < block.end);
  for (const f of found) {
    if (f.code !== 'BAD_INDENT' || f.offset === undefined) continue;
    const l = contentFrom(lines, lineOf(text, f.offset) - 1);
    if (l === undefined || inBlock(l) || !KEY.test(lines[l]!)) continue;
    const block = blockOf(lines, l);
    if (!block) continue;
    const out = outOfLine(lines, block);
    if (out.length === 0) continue;
    blocks.push({
      block,
      said: out.map((o) => ({
        ...f,
        offset: starts[o.line]! + o.column,
        say: (m) =>
          'value' in o
            ? m.valueAboveKeys(o.key, o.value, o.child)
            : o.by > 0
              ? m.indentMore(o.key, o.by, o.sibling)
              : m.indentLess(o.key, -o.by, o.sibling),
      })),
    });
  }
  if (blocks.length === 0) return found;
  const told = new Set<Found[]>();
  return found.flatMap((f) => {
    const at = f.offset === undefined ? undefined : inBlock(lineOf(text, f.offset) - 1);
    if (!at) return [f];
    if (told.has(at.said)) return [];
    told.add(at.said);
    return at.said;
  });
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');

/** The first line at or after `i` that holds something other than a comment. */
function contentFrom(lines: readonly string[], i: number): number | undefined {
  for (let j = i; j < lines.length; j++) if (isContent(lines[j]!)) return j;
  return undefined;
}

/**
 * The mapping the key on line `l` is written in: up to the nearest line above that stands
 * shallower than every line between, when that line is a key alone (its parent), or to the
 * top of the file. Never a mapping begun on a list item's line, nor one with a tab in its
 * indentation (said at the tab).
 */
function blockOf(lines: readonly string[], l: number): Block | undefined {
  let least = indentOf(lines[l]!);
  let parent = -1;
  for (let j = l - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (!isContent(line) || indentOf(line) >= least) continue;
    if (/^ *-(?:[ \t]|$)/.test(line)) return undefined;
    if (PARENT.test(line)) {
      parent = j;
      break;
    }
    least = indentOf(line);
  }
  const depth = parent < 0 ? -1 : indentOf(lines[parent]!);
  let end = parent + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (/^ *\t/.test(line)) return undefined;
    if (isContent(line) && indentOf(line) <= depth) break;
  }
  return { parent, end, depth };
}

/**
 * The keys of a block that stand at neither its column nor deeper under a key of their own
 * (a key alone on its line, a block of text, a list item).
 */
function outOfLine(lines: readonly string[], block: Block): OutOfLine[] {
  const keys: { line: number; indent: number; key: string }[] = [];
  const stack: { indent: number; opens: boolean }[] = [];
  for (let j = block.parent + 1; j < block.end; j++) {
    const line = lines[j]!;
    if (!isContent(line)) continue;
    const indent = indentOf(line);
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const deep = stack.some((s) => s.opens);
    stack.push({ indent, opens: PARENT.test(line) || OPENS.test(line) || unclosedFlow(line) });
    if (deep) continue;
    const key = KEY.exec(line);
    if (key) keys.push({ line: j, indent, key: key[2]! });
  }
  const counts = new Map<number, number>();
  for (const k of keys) counts.set(k.indent, (counts.get(k.indent) ?? 0) + 1);
  if (counts.size < 2) return [];
  const step = stepOf(lines, block.parent);
  const stepped = block.depth < 0 ? 0 : block.depth + step;
  let column = stepped;
  if (!counts.has(stepped)) {
    let most = 0;
    for (const [indent, n] of counts) if (n > most) [column, most] = [indent, n];
  }
  const out: OutOfLine[] = [];
  /** The keys deeper than the column below a key with a value, by that key's line. */
  const under = new Map<number, typeof keys>();
  for (const k of keys) {
    if (k.indent === column) continue;
    const above = keys.filter((s) => s.indent === column && s.line < k.line).pop();
    if (above && k.indent > column && !PARENT.test(lines[above.line]!)) {
      under.set(above.line, [...(under.get(above.line) ?? []), k]);
      continue;
    }
    const sibling = above ?? keys.find((s) => s.indent === column)!;
    out.push({ line: k.line, column: k.indent, key: k.key, sibling: sibling.key, by: k.indent - column });
  }
  for (const [owner, run] of under) {
    const key = keys.find((k) => k.line === owner)!;
    const written = lines[owner]!;
    const start = KEY.exec(written)![0].length;
    const value = written
      .slice(start)
      .replace(/[ \t]#.*$/, '')
      .trim();
    let p = owner - 1;
    while (p > block.parent && !isContent(lines[p]!)) p--;
    const aligned = run.every((k) => k.indent === run[0]!.indent);
    if (p > block.parent && PARENT.test(lines[p]!) && indentOf(lines[p]!) === column) {
      // `targets:` left empty above it: the first key of targets, written without its indentation.
      if (aligned && run[0]!.indent === column + step) {
        out.push({ line: owner, column, key: key.key, sibling: run[0]!.key, by: -step });
        continue;
      }
    } else if (run.length > 1 && aligned && run[0]!.indent - column >= step) {
      // A mapping of keys below it, a step or more deeper: the value is the mistake, not their indentation.
      out.push({
        line: owner,
        column: start + written.slice(start).indexOf(value),
        key: key.key,
        value,
        child: run[0]!.key,
      });
      continue;
    }
    for (const k of run)
      out.push({ line: k.line, column: k.indent, key: k.key, sibling: key.key, by: k.indent - column });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** A line that opens more brackets than it closes (`period: { start: 2019,`): the lines after it are its own. */
function unclosedFlow(line: string): boolean {
  let open = 0;
  for (const c of line.replace(/"[^"]*"|'[^']*'|#.*$/g, '')) {
    if (c === '[' || c === '{') open++;
    else if (c === ']' || c === '}') open--;
  }
  return open > 0;
}

/**
 * The indentation step of the file's other mappings (how much deeper a parent's first key
 * stands), the most common one; two spaces, as `init` writes, in a file with none.
 */
function stepOf(lines: readonly string[], skip: number): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const parent = i === skip ? undefined : PARENT.exec(lines[i]!)?.[1]?.length;
    if (parent === undefined) continue;
    let j = i + 1;
    while (j < lines.length && !isContent(lines[j]!)) j++;
    const child = /^( *)\S/.exec(lines[j] ?? '')?.[1]?.length;
    if (child !== undefined && child > parent) counts.set(child - parent, (counts.get(child - parent) ?? 0) + 1);
  }
  let best = 2;
  let most = 0;
  for (const [step, n] of counts) if (n > most || (n === most && step === 2)) [best, most] = [step, n];
  return best;
}
