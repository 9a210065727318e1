import { isScalar, Scalar, type Document } from 'yaml';
import { creditCodeInCapitals } from '../rules/credit-code-digit.js';
import { nodeAt, scalarEdit } from './schema-fixes.js';
import type { Edit } from './types.js';

const PATH = ['applicant', 'creditCode'];

/**
 * A credit code typed with lower-case letters, written in capitals, when that alone
 * makes it valid (the question the credit-code rule asks too). Only a plain or quoted
 * scalar whose source is the code itself is touched: its quotes stay; an escape or a
 * block scalar is left for the applicant, as the rule's warning says.
 */
export function creditCodeEdits(doc: Document.Parsed, data: unknown, text: string): Edit[] {
  const written = (data as { applicant?: { creditCode?: unknown } } | null)?.applicant?.creditCode;
  if (typeof written !== 'string') return [];
  const to = creditCodeInCapitals(written);
  const node = nodeAt(doc, PATH);
  if (to === undefined || !isScalar(node) || !node.range) return [];
  const quote = node.type === Scalar.QUOTE_SINGLE ? "'" : node.type === Scalar.QUOTE_DOUBLE ? '"' : '';
  if (node.type !== Scalar.PLAIN && !quote) return [];
  if (text.slice(node.range[0], node.range[1]) !== `${quote}${written}${quote}`) return [];
  return [scalarEdit(node, to, 'creditCodeCase', PATH, written, true)];
}
