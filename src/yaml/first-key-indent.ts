import { lineOf } from './inspect.js';
import { lineStartsOf } from './node-tree.js';
import type { Found } from './problem.js';

/** A line that holds only a key and its colon (a mapping's parent), maybe a comment after it. */
const PARENT = /^( *)[^\s#-][^#]*:[ \t]*(?:#.*)?$/;
/** A line that begins with a key: its indentation. */
const KEY = /^( *)[^\s#-][^:#]*:(?:[ \t]|$)/;

/**
 * The first key of a mapping indented less or more than the keys after it (`funding:`, then
 * ` requested: ~`, then `  matching: ~`): the parser takes the first key's column for the
 * mapping's and says every key after it is out of line, a line below the mistake. Said
 * once, at the first key, when the keys after it stand one indentation step below the
 * parent and the first key does not (the step the file's other mappings use, two spaces
 * in a file with none); otherwise the keys below are the ones out of step (indented too
 * far) and are said where they are.
 */
export function blameFirstKey(found: Found[], text: string): Found[] {
  if (!found.some((f) => f.code === 'BAD_INDENT')) return found;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const starts = lineStartsOf(text);
  const moved = new Map<Found, Found>();
  /**
   * The first key and the keys after it, whose reports (out of line, or read as more of the
   * key above when no comment parts them) echo its mistake: said once, at it, as a tab's are.
   */
  const echoes = new Set<number>();
  for (const f of found) {
    if (f.code !== 'BAD_INDENT' || f.offset === undefined) continue;
    const l = lineOf(text, f.offset) - 1;
    if (echoes.has(l)) continue;
    const below = KEY.exec(lines[l] ?? '')?.[1]?.length;
    const p = above(lines, l);
    const first = p === undefined ? undefined : KEY.exec(lines[p]!)?.[1]?.length;
    const q = p === undefined ? undefined : above(lines, p);
    const parent = q === undefined ? undefined : PARENT.exec(lines[q]!)?.[1]?.length;
    if (below === undefined || first === undefined || parent === undefined) continue;
    // The first key too far in (`   name:` above `  type:`) is as much its mapping's mistake.
    if (!(parent < first && parent < below && first !== below)) continue;
    const step = stepOf(lines, q!);
    if (below - parent !== step || first - parent === step) continue;
    moved.set(f, { ...f, offset: starts[p!]! + first });
    echoes.add(p!);
    for (let i = p! + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      if (/^ */.exec(line)![0].length < below) break;
      echoes.add(i);
    }
  }
  if (moved.size === 0) return found;
  return found.flatMap((f) => {
    const to = moved.get(f);
    if (to) return [to];
    return f.offset !== undefined && echoes.has(lineOf(text, f.offset) - 1) ? [] : [f];
  });
}

/** The nearest line above `i` that holds something other than a comment. */
function above(lines: readonly string[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = lines[j]!.trim();
    if (t !== '' && !t.startsWith('#')) return j;
  }
  return undefined;
}

/**
 * The indentation step of the file's other mappings (how much deeper a parent's first key
 * stands), the most common one; two spaces, as `init` writes, in a file with no other.
 */
function stepOf(lines: readonly string[], skip: number): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const parent = i === skip ? undefined : PARENT.exec(lines[i]!)?.[1]?.length;
    if (parent === undefined) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || lines[j]!.trim().startsWith('#'))) j++;
    const child = /^( *)\S/.exec(lines[j] ?? '')?.[1]?.length;
    if (child !== undefined && child > parent) counts.set(child - parent, (counts.get(child - parent) ?? 0) + 1);
  }
  let best = 2;
  let most = 0;
  for (const [step, n] of counts) if (n > most || (n === most && step === 2)) [best, most] = [step, n];
  return best;
}
