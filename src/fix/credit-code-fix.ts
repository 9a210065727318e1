import { isScalar, Scalar, type Document } from 'yaml';
import { creditCodeInCapitals } from '../rules/credit-code-digit.js';
import { formatPath } from '../yaml/path.js';
import { nodeAt, scalarEdit } from './schema-fixes.js';
import type { Edit } from './types.js';

const PATH = ['applicant', 'creditCode'];

/**
 * A credit code typed with lower-case letters, written in capitals, when that alone
 * makes it valid (the question the credit-code rule asks too). A code is 18 letters
 * and digits, so what the scalar holds is the code whatever spells it:
 * - plain: changed where its source is the code itself;
 * - quoted: written again in its quotes, without the escapes that spelt letters or
 *   digits (`"…1234\x31"`), which a code never needs;
 * - block (`|-`, `>-`): the code's line under the header is changed, header and
 *   indentation kept; a block is a code only when that line is all it holds.
 */
export function creditCodeEdits(doc: Document.Parsed, data: unknown, text: string): Edit[] {
  const written = (data as { applicant?: { creditCode?: unknown } } | null)?.applicant?.creditCode;
  if (typeof written !== 'string') return [];
  const to = creditCodeInCapitals(written);
  const node = nodeAt(doc, PATH);
  if (to === undefined || !isScalar(node) || !node.range) return [];
  const [start, end] = node.range;
  const source = text.slice(start, end);
  switch (node.type) {
    case Scalar.PLAIN:
      return source === written ? [scalarEdit(node, to, 'creditCodeCase', PATH, written)] : [];
    case Scalar.QUOTE_SINGLE:
    case Scalar.QUOTE_DOUBLE:
      return [scalarEdit(node, to, 'creditCodeCase', PATH, written, true)];
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const header = source.indexOf('\n');
      const at = source.indexOf(written, header);
      if (header < 0 || at < 0 || source.slice(header).trim() !== written) return [];
      const fix = { kind: 'creditCodeCase' as const, path: formatPath(PATH), from: written, to };
      return [{ start: start + at, end: start + at + written.length, text: to, fix }];
    }
    default:
      return [];
  }
}
