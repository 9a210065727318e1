import { parseDocument } from 'yaml';
import { SAFE_OPTIONS } from '../yaml/parse.js';
import { MAX_ALIAS_COUNT } from '../yaml/problem.js';
import type { Edit } from './types.js';

/** A known key followed by a full-width colon, or by a full-width space before or after its colon. */
const KEY_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][A-Za-z0-9_]*)([ \t\u3000]*)([：:])([ \t\u3000]*)/;
/** A double-quoted text on a line. */
const DOUBLE_QUOTED = /"([^"\n]*)"/g;
/** A backslash that does not start one of YAML's escapes: `"C:\资料"` cannot be read. */
const BAD_ESCAPE = /\\[^0abt\tnvfre "/\\N_LPxuU]/;
/** A line that opens a block scalar (`|` or `>`), whose content is text and never fixed. */
const BLOCK_SCALAR = /:[ \t]*[|>][-+0-9]*[ \t]*(#.*)?$/;

/**
 * Fixes made on lines, before the document can be read: a full-width colon or space
 * after a known key, and a Windows path in double quotes. Comment lines and block
 * scalars are left alone; anything that is not certain is left.
 */
export function lineEdits(text: string, knownKeys: ReadonlySet<string>): Edit[] {
  const edits: Edit[] = [];
  let offset = 0;
  let blockIndent = -1;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const indent = /^[ \t\u3000]*/.exec(line)![0].length;
    if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) continue;
    blockIndent = -1;
    if (line.trimStart().startsWith('#')) continue;
    if (BLOCK_SCALAR.test(line)) blockIndent = indent;
    const colon = KEY_COLON.exec(line);
    if (colon && knownKeys.has(colon[2]!) && /[：\u3000]/.test(colon[3]! + colon[4]! + colon[5]!)) {
      const rest = line.slice(colon[0].length);
      const from = colon[0].slice(colon[1]!.length);
      const to = `${colon[2]}:${rest.length ? ' ' : ''}`;
      edits.push({
        start: start + colon[1]!.length,
        end: start + colon[0].length,
        text: to,
        fix: { kind: 'fullWidthColon', path: null, from: from.trimEnd(), to: to.trimEnd() },
      });
    }
    for (const q of line.matchAll(DOUBLE_QUOTED)) {
      const content = q[1]!;
      const before = line.slice(0, q.index);
      if (!content.includes('\\') || content.includes('\\\\') || content.includes("'")) continue;
      // Inside a comment or a single-quoted text, the quotes are only characters.
      if (/(^|\s)#/.test(before) || (before.match(/'/g)?.length ?? 0) % 2 === 1) continue;
      if (!BAD_ESCAPE.test(content) && !/\bfile[ \t]*:[ \t]*$/.test(before)) continue;
      edits.push({
        start: start + q.index!,
        end: start + q.index! + q[0].length,
        text: `'${content}'`,
        fix: { kind: 'backslashPath', path: null, from: q[0], to: `'${content}'` },
      });
    }
  }
  return edits;
}

/** Leading whitespace that YAML refuses: tabs, and full-width spaces. */
const BAD_INDENT = /^[ \t\u3000]*[\t\u3000][ \t\u3000]*/;

/**
 * Tabs (and full-width spaces) in indentation, as spaces: each becomes 2 spaces, or
 * 4, whichever reads; when both read but as different data, which one was meant is
 * not certain and nothing is changed.
 */
export function indentEdits(text: string): Edit[] {
  const lines = text.split('\n');
  if (!lines.some((l) => BAD_INDENT.test(l))) return [];
  const readings: { width: number; data: string }[] = [];
  for (const width of [2, 4]) {
    const candidate = lines.map((l) => l.replace(BAD_INDENT, (ws) => widen(ws, width))).join('\n');
    const doc = parseDocument(candidate, SAFE_OPTIONS);
    if (doc.errors.length) continue;
    readings.push({ width, data: JSON.stringify(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })) });
  }
  if (!readings.length || readings.some((r) => r.data !== readings[0]!.data)) return [];
  const width = readings[0]!.width;
  const edits: Edit[] = [];
  let offset = 0;
  for (const line of lines) {
    const ws = BAD_INDENT.exec(line)?.[0];
    if (ws) {
      const to = widen(ws, width);
      edits.push({
        start: offset,
        end: offset + ws.length,
        text: to,
        fix: {
          kind: ws.includes('\t') ? 'tabIndent' : 'fullWidthIndent',
          path: null,
          from: visible(ws),
          to: `${to.length}×␠`,
        },
      });
    }
    offset += line.length + 1;
  }
  return edits;
}

function widen(ws: string, width: number): string {
  return ws.replace(/[\t\u3000]/g, ' '.repeat(width));
}

/** Whitespace shown: → for a tab, □ for a full-width space, ␠ for a space. */
function visible(ws: string): string {
  return ws
    .replace(/\t/g, '→')
    .replace(/\u3000/g, '□')
    .replace(/ /g, '␠');
}
