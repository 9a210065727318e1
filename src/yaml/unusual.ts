/** Keys of object machinery, wherever they appear: such files get the strict parser's report. */
const MACHINERY = /__proto__|constructor|prototype/;
/** What the two checks below look for, in one pass: most files have neither. */
const SUSPECT = /__proto__|constructor|prototype|ull|ULL/;
const NULL_KEY = /(?:^|[\s[{,])(?:[Nn]ull|NULL)[ \t]*(?::(?:[\s,\]}]|$)|[,}])/m;

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
/** Stands in for the quote character while a comment runs to the end of its line. */
const COMMENT = -1;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || Number.isNaN(c);
}

/** Past spaces and tabs. */
export function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return i;
}

const ANCHOR_NAME = /[A-Za-z0-9_-]/;
const VALUE_START = /[A-Za-z0-9"'[{]/;

function anchorNameEnd(text: string, from: number): number {
  let i = from;
  while (ANCHOR_NAME.test(text[i] ?? '')) i++;
  return i;
}

/**
 * An anchor both readers read alike: `&name` before a value on its own line (`key: &a 1`,
 * `- &a [1, 2]`), followed on that line by neither a colon nor a comment. With no
 * alias in the text (an alias, `*`, is unusual), it changes nothing in the data; and
 * the fast reader places the value where the strict one does (node-tree.ts skips it).
 */
function plainAnchor(text: string, at: number, lineStart: number): boolean {
  let before = at - 1;
  while (before >= lineStart && text.charCodeAt(before) === SPACE) before--;
  const owner = before >= lineStart ? text.charCodeAt(before) : LF;
  if (before === at - 1 || (owner !== 0x3a && owner !== 0x2d)) return false;
  const end = anchorNameEnd(text, at + 1);
  const value = skipSpaces(text, end);
  if (end === at + 1 || value === end || !VALUE_START.test(text[value] ?? '')) return false;
  const lineEnd = text.indexOf('\n', value);
  const rest = text.slice(value, lineEnd === -1 ? undefined : lineEnd);
  return !/:(?:\s|$)|\s#/.test(rest);
}

/**
 * Whether a text holds anything on which js-yaml and the strict parser could read
 * differently, or that the strict parser reports: aliases, anchors other than one
 * before a value on its line (plainAnchor), tags, directives,
 * document markers, merge keys, explicit (`? `), empty (`: `, `~:`, `null:`) and
 * compound (`[a]:`) keys, the keys of object machinery, escapes, tabs, control
 * characters, lone carriage returns, Unicode line separators and byte-order marks,
 * `#` glued to text, quotes glued to a dash or colon, block scalars that keep their
 * trailing lines, empty (`- `, `- # note`) or nested (`- - `) list items, quotes or
 * brackets left open at a line end, and lines over 1024 characters. Every plain file pays for this
 * check, so it is one pass over the characters (faster than one
 * regular expression with as many alternatives); the fuzz tests in test/hostile
 * hold it to the strict parser.
 */
export function isUnusual(text: string): boolean {
  if (SUSPECT.test(text) && (MACHINERY.test(text) || NULL_KEY.test(text))) return true;
  const n = text.length;
  let lineStart = 0;
  /** The flow collections open at this point, innermost last: `[` or `{`. */
  const flows: number[] = [];
  let quote = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Letters, digits and CJK text, the bulk of every file, say nothing by themselves.
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) continue;
    if (c > 0x9f) {
      if (c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
      continue;
    }
    if (c === LF) {
      if (quote > 0 || flows.length || i - lineStart > 1024) return true;
      quote = 0;
      lineStart = i + 1;
      continue;
    }
    if (c === 0x5c || c === TAB || (c < SPACE && c !== CR) || c >= 0x7f) return true;
    if (c === CR) {
      if (text.charCodeAt(i + 1) !== LF) return true;
      continue;
    }
    if (quote) {
      // Inside quotes only the closing quote counts (`''` is a quote inside single
      // quotes), and inside a comment (COMMENT) nothing but the characters above.
      if (c === quote) {
        if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
        else quote = 0;
      }
      continue;
    }
    const prev = i === lineStart ? LF : text.charCodeAt(i - 1);
    const boundary = prev === LF || prev === SPACE || prev === 0x5b || prev === 0x7b || prev === 0x2c;
    switch (c) {
      case 0x22: // " '
      case 0x27:
        if (boundary) quote = c;
        // Glued to a dash or a colon (`-'a`, `a:"b"`) a quote opens a string in some
        // places and not in others, and the two readers do not always agree where.
        else if (prev === 0x3a || prev === 0x2d) return true;
        break;
      case 0x26: // & an anchor, harmless where nothing refers to it (see plainAnchor)
        if (!plainAnchor(text, i, lineStart)) return true;
        i = skipSpaces(text, anchorNameEnd(text, i + 1)) - 1;
        break;
      case 0x2a: // * !
      case 0x21:
        if (boundary || prev === 0x3a || prev === 0x2d) return true;
        break;
      case 0x25: // %
        if (i === lineStart) return true;
        break;
      case 0x2e: // ...
        if (i === lineStart && text.startsWith('...', i)) return true;
        break;
      case 0x2d: {
        // ---, an empty item `- ` at a line end, or items nested on one line `- - `.
        if (i === lineStart && text.startsWith('---', i)) return true;
        if (!boundary) break;
        const j = skipSpaces(text, i + 1);
        const next = text.charCodeAt(j);
        if (j >= n || next === LF || next === CR || (j > i + 1 && next === 0x23)) return true;
        if (j > i + 1 && next === 0x2d && isBlank(text.charCodeAt(j + 1))) return true;
        break;
      }
      case 0x7c: // | > with keep chomping (`|+`, `>2+`): the readers keep different trailing lines.
      case 0x3e:
        if (boundary || prev === 0x3a) {
          const header = text.slice(i + 1, i + 3);
          if (header[0] === '+' || header[1] === '+') return true;
        }
        break;
      case 0x3c: // <<
        if (text.charCodeAt(i + 1) === 0x3c) return true;
        break;
      case 0x3f: // ?
        if (boundary && isBlank(text.charCodeAt(i + 1))) return true;
        break;
      case 0x7e: // ~: (or a bare ~ in braces, a key as well)
        if (boundary && (flows.length || text.charCodeAt(skipSpaces(text, i + 1)) === 0x3a)) return true;
        break;
      case 0x5b: // [ {, and a list or mapping as the key of a flow entry (`{a, []}`)
      case 0x7b: {
        let j = i - 1;
        while (text.charCodeAt(j) === SPACE) j--;
        const before = text.charCodeAt(j);
        // In a flow list the same place holds an entry, not a key: `[{name: a}, {name: b}]`
        // is how profiles write their partners.
        if (flows[flows.length - 1] === 0x7b && (before === 0x2c || before === 0x7b)) return true;
        flows.push(c);
        break;
      }
      case 0x5d: // ] } and a compound key `]:`
      case 0x7d:
        flows.pop();
        if (text.charCodeAt(skipSpaces(text, i + 1)) === 0x3a) return true;
        break;
      case 0x23: // a comment, or # glued to what precedes it
        if (prev !== LF && prev !== SPACE) return true;
        quote = COMMENT;
        break;
      case 0x3a: {
        // An empty key: `: value` at the start of a line or after `[`, `{`, `,`.
        const next = text.charCodeAt(i + 1);
        if (boundary && (isBlank(next) || next === 0x2c || next === 0x5d || next === 0x7d)) return true;
        break;
      }
    }
  }
  return quote > 0 || flows.length > 0 || n - lineStart > 1024;
}
