import { isMap, isScalar, type Document } from 'yaml';
import { intendedDirection } from '../application/intended.js';
import type { Guideline } from '../guideline/model.js';
import type { Edit } from './types.js';

/**
 * A line's code written where its project goes (`project: 5-2`), as the message says:
 * `project: 5`, and `direction: 2` on a line of its own below it, at the same indent,
 * unless the file already gives that direction. Only in a block mapping, with the value
 * on the key's line: elsewhere a new line could not be placed with certainty, and a
 * direction the file gives otherwise leaves which was meant to the applicant.
 */
export function directionEdits(doc: Document.Parsed, text: string, g: Guideline): Edit[] {
  const map = doc.contents;
  if (!isMap(map) || map.flow) return [];
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'project');
  const node = pair?.value;
  if (!pair || !isScalar(pair.key) || !pair.key.range || !isScalar(node) || !node.range) return [];
  // 5.2 as written, not as read (5.20 reads the same and is no line's code).
  const written = typeof node.value === 'number' ? node.source : node.value;
  if (typeof written !== 'string') return [];
  const split = intendedDirection(written, g.lines);
  if (!split) return [];
  const given = map.items.find((p) => isScalar(p.key) && p.key.value === 'direction')?.value;
  if (given !== undefined && !(isScalar(given) && given.value === split.direction)) return [];
  const keyAt = pair.key.range[0];
  const lineStart = text.lastIndexOf('\n', keyAt - 1) + 1;
  const indent = text.slice(lineStart, keyAt);
  const [start, end] = node.range;
  let eol = text.indexOf('\n', end);
  if (eol < 0) eol = text.length;
  if (!/^ *$/.test(indent) || text.slice(keyAt, end).includes('\n')) return [];
  const crlf = text[eol - 1] === '\r';
  const rest = text.slice(end, crlf ? eol - 1 : eol);
  const added = given === undefined ? `${crlf ? '\r\n' : '\n'}${indent}direction: ${split.direction}` : '';
  const to = given === undefined ? `${split.project}, direction: ${split.direction}` : String(split.project);
  return [
    {
      start,
      end: crlf ? eol - 1 : eol,
      text: `${split.project}${rest}${added}`,
      fix: { kind: 'direction', path: 'project', from: String(node.source ?? node.value), to },
    },
  ];
}
