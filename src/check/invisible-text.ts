import type { PathSegment } from '../yaml/problem.js';
import { textValues } from './text-values.js';

/**
 * Format characters: zero-width space and joiners, word joiner, soft hyphen, bidi
 * controls such as RLO, a byte-order mark inside the text. None shows on screen, and
 * each makes one name two (the search for duplicates compares names without them).
 */
const FORMAT = /\p{Cf}/u;
const FORMAT_ALL = /\p{Cf}/gu;

interface InvisibleText {
  path: PathSegment[];
  value: string;
  /** The characters found, each once, in order. */
  chars: string[];
}

/**
 * Every text value of a document that holds an invisible character. `text` is the
 * file: one look at it spares the walk for the files (nearly all) that hold none,
 * raw or written as an escape in double quotes (`"\u200b"`).
 */
export function invisibleText(data: unknown, text: string): InvisibleText[] {
  if (!FORMAT.test(text) && !text.includes('\\')) return [];
  const out: InvisibleText[] = [];
  for (const { path, value } of textValues(data))
    if (FORMAT.test(value)) out.push({ path, value, chars: [...new Set(value.match(FORMAT_ALL))] });
  return out;
}

/** The text without them: what it looks like. */
export function withoutInvisible(value: string): string {
  return value.replace(FORMAT_ALL, '');
}
