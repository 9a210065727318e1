import { isScalar, Scalar, type Document } from 'yaml';
import { creditCodeInCapitals, creditCodeInHalfWidth } from '../rules/credit-code-digit.js';
import { formatPath } from '../yaml/path.js';
import { nodeAt, scalarEdit } from './schema-fixes.js';
import type { Edit } from './types.js';

const PATH = ['applicant', 'creditCode'];

/**
 * A credit code typed with lower-case letters or full-width characters, written in
 * ASCII capitals, when that alone makes it valid (the questions the credit-code rule
 * asks too). A code is 18 letters and digits, so what the scalar holds is the code
 * whatever spells it:
 * - plain: changed where its source is the code itself;
 * - quoted: written again in its quotes, without the escapes that spelt letters or
 *   digits (`"…1234\x31"`), which a code never needs;
 * - block (`|-`, `>-`): the code's line under the header is changed, header and
 *   indentation kept; a block is a code only when that line is all it holds.
 */
export function creditCodeEdits(doc: Document.Parsed, data: unknown, text: string): Edit[] {
  const written = (data as { applicant?: { creditCode?: unknown } } | null)?.applicant?.creditCode;
  if (typeof written !== 'string') return [];
  const capitals = creditCodeInCapitals(written);
  const to = capitals ?? creditCodeInHalfWidth(written);
  const kind = capitals === undefined ? 'creditCodeWidth' : 'creditCodeCase';
  const node = nodeAt(doc, PATH);
  if (to === undefined || !isScalar(node) || !node.range) return [];
  const [start, end] = node.range;
  const source = text.slice(start, end);
  switch (node.type) {
    case Scalar.PLAIN:
      return source === written ? [scalarEdit(node, to, kind, PATH, written)] : [];
    case Scalar.QUOTE_SINGLE:
    case Scalar.QUOTE_DOUBLE:
      return [scalarEdit(node, to, kind, PATH, written, true)];
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const header = source.indexOf('\n');
      const at = source.indexOf(written, header);
      if (header < 0 || at < 0 || source.slice(header).trim() !== written) return [];
      const fix = { kind, path: formatPath(PATH), from: written, to } as const;
      return [{ start: start + at, end: start + at + written.length, text: to, fix }];
    }
    default:
      return [];
  }
}
