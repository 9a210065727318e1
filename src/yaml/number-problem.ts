const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/**
 * Why a plain number would not be read as written: too large to keep exactly, or a
 * leading 0 that reading drops. Its own module so that the fast parser, which needs
 * only this, does not load the yaml package.
 */
export function numberProblem(source: string, value: number): 'range' | 'zero' | null {
  if (
    (Number.isInteger(value) && !Number.isSafeInteger(value)) ||
    (!Number.isFinite(value) && !SPECIAL_FLOAT.test(source))
  )
    return 'range';
  if (/^[-+]?0[0-9]/.test(source)) return 'zero';
  return null;
}
