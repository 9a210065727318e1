const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/**
 * Why a plain number would not be read as written:
 * - `range`: too large to keep exactly, or infinite (`1e400`);
 * - `tiny`: so small that it becomes 0 (`1e-400`);
 * - `special`: `.inf`, `-.inf`, `.nan`, which YAML reads as no amount at all;
 * - `zero`: a leading 0 that reading drops (`0123`);
 * - `base`: hexadecimal or octal (`0x78`, `0o170` are 120);
 * - `sign`: a `+` or a trailing dot that reading drops (`+120`, `120.`).
 * Its own module so that the fast parser, which needs only this, does not load the
 * yaml package; any answer but null sends a document to the strict parser.
 */
export type NumberProblem = 'range' | 'tiny' | 'special' | 'zero' | 'base' | 'sign';

export function numberProblem(source: string, value: number): NumberProblem | null {
  if (SPECIAL_FLOAT.test(source)) return 'special';
  if ((Number.isInteger(value) && !Number.isSafeInteger(value)) || !Number.isFinite(value)) return 'range';
  if (value === 0 && /[1-9]/.test(source.split(/[eE]/)[0]!)) return 'tiny';
  if (/^[-+]?0[0-9]/.test(source)) return 'zero';
  if (/^[-+]?0[xo]/.test(source)) return 'base';
  if (source[0] === '+' || /\.(?![0-9])/.test(source)) return 'sign';
  return null;
}
