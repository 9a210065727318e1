/**
 * The yaml package's YAML 1.2 core schema, rule for rule, for the fast reader: a
 * plain scalar is null, a boolean, an integer, a float or else a string.
 */
export const NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
export const FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/**
 * Most plain scalars are names and titles: a look at the first character spares
 * them the number expressions.
 */
export function mayBeNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

export function intValue(s: string): number {
  return s[1] === 'o' ? parseInt(s.slice(2), 8) : s[1] === 'x' ? parseInt(s.slice(2), 16) : parseInt(s, 10);
}

export function floatValue(s: string): number {
  const end = s.slice(-3).toLowerCase();
  return end === 'nan' ? NaN : end === 'inf' ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s);
}
