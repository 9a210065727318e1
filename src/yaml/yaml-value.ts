/** A placeholder: YAML null, which `check` reports as a key still to fill in. */
const PLACEHOLDER = '~';

const PLAIN = /^[\p{L}\p{N}_][\p{L}\p{N}_ \-()（）·.、/]*$/u;
const OTHER_TYPE = /^(?:[-+]?(?:\d|\.\d)|(?:true|false|null|~)$|\.(?:inf|nan)$)/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A value in YAML flow style, safe anywhere on a line and inside `{ }` or `[ ]`: text
 * that could read as another type or break the flow is double-quoted. Nothing stated
 * is the placeholder.
 */
export function yamlValue(v: unknown): string {
  if (v === undefined || v === null) return PLACEHOLDER;
  if (typeof v === 'string')
    return DATE.test(v) || (PLAIN.test(v) && !OTHER_TYPE.test(v) && !v.endsWith(' ')) ? v : JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(yamlValue).join(', ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{ ${entries.map(([k, x]) => `${k}: ${yamlValue(x)}`).join(', ')} }`;
  }
  return JSON.stringify(String(v));
}
