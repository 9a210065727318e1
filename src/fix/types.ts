import { lineOf } from '../yaml/inspect.js';

/** The mechanical fixes `check --fix` makes; each one's sentence is in messages/fix.ts. */
export type FixKind =
  | 'fullWidthColon'
  | 'tabIndent'
  | 'fullWidthIndent'
  | 'backslashPath'
  | 'number'
  | 'year'
  | 'percent'
  | 'boolean'
  | 'key'
  | 'keyName'
  | 'date'
  | 'country'
  | 'partner'
  | 'creditCodeCase'
  | 'creditCodeWidth'
  | 'yuan'
  | 'direction';

export interface Fix {
  kind: FixKind;
  /** 1-based line of the text that was changed. */
  line: number;
  /** The value's path (`funding.requested`), for a fix of one value or key. */
  path: string | null;
  /** What was written, and what is written instead (a line's change for text fixes). */
  from: string;
  to: string;
}

/** A replacement of `text.slice(start, end)`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  fix: Omit<Fix, 'line'>;
}

/** The edits applied from the end, so that earlier offsets stay true; overlapping ones are dropped. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; fixes: Fix[] } {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  const fixes: Fix[] = [];
  for (const e of sorted) {
    if (e.end > limit) continue;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
    fixes.push({ ...e.fix, line: lineOf(text, e.start) });
  }
  return { text: out, fixes: fixes.reverse() };
}
