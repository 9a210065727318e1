/**
 * Characters a reader must never receive raw from a file's name or content: C0 and C1
 * controls and DEL (escape sequences repaint a terminal, a newline forges a report
 * line), format characters (bidi overrides such as RLO reorder what is shown,
 * zero-width ones hide what is there) and the Unicode line and paragraph separators.
 */
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const cp = c.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase();
  if (cp < 0x100) return `\\x${hex.padStart(2, '0')}`;
  return cp < 0x10000 ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
}

/**
 * Text as every human-readable output shows it: each control or invisible character
 * written as its escape (`\n`, `\x1B`, `\u202E`), everything else as it is. JSON output
 * does not need it (JSON escapes controls itself and must stay exact).
 */
export function escapeControl(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, escapeOne) : text;
}

/** The same, keeping the line breaks of a text made of several lines (a message of ours). */
export function escapeControlLines(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}
