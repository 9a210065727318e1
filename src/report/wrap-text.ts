/** Ranges of characters that take two columns: CJK, Hangul, full-width forms. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];

const WIDE_FROM = WIDE.map(([lo]) => lo);
const WIDE_TO = WIDE.map(([, hi]) => hi);

/** A plain loop: this runs for every character of every table, mostly before the JIT has warmed up. */
function isWide(c: number): boolean {
  if (c < 0x1100) return false;
  for (let k = 0; k < WIDE_FROM.length; k++) if (c >= WIDE_FROM[k]! && c <= WIDE_TO[k]!) return true;
  return false;
}

/** Display width: CJK and full-width characters take two columns; colour codes none. */
export function displayWidth(text: string): number {
  const plain = text.includes('\x1b') ? text.replace(/\x1b\[[0-9;]*m/g, '') : text;
  let w = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    // A surrogate pair is one character, outside every range above.
    if (c >= 0xd800 && c <= 0xdbff) i++;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

const LONE_HIGH_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])/;

/** The columns a cell of several lines takes: its widest line's. */
export function cellWidth(text: string): number {
  return Math.max(...text.split('\n').map(displayWidth));
}

/** Punctuation that ends what comes before it, which typesetting never puts first on a line (English `:;!?` too). */
const CLOSING = /^[。，、；：！？）」』》〉】”’％:;!?]$/u;

/** Punctuation that opens what follows it, which Chinese typesetting never leaves at the end of a line. */
const OPENING = /^[（「『《〈【“‘]$/u;

/** A straight double quote after a space opens what follows it ("title: value"), as “ does. */
function straightOpening(chars: string[]): boolean {
  return chars.length > 1 && chars.at(-1) === '"' && /\s/.test(chars.at(-2)!);
}

/** The line's last character when it opens what the next line holds (and is not the line's only one). */
function openingAtEnd(line: string): string {
  const chars = [...line];
  const last = chars.at(-1) ?? '';
  return chars.length > 1 && (OPENING.test(last) || straightOpening(chars)) ? last : '';
}

/** A token that starts with '.', ',' or '-' right after text (not after a space) belongs to that text. */
const glued = (token: string, line: string) => /^[.,-]/.test(token) && /\S$/.test(line);

/**
 * What goes down to the next line with closing punctuation, on a line it does not start:
 * its last Chinese character, or its last word when the line ends in one (`1000。`, `capital”`).
 */
function lastCharacter(line: string): string {
  const chars = [...line];
  // An amount goes down whole: 1500 万元, never 1500 / 万元。, and ≤30 万元, never ≤ / 30 万元。
  const amount = /(?:≤?\d[\d.,–]* ?)?万元$/.exec(line)?.[0];
  if (amount && chars.length > [...amount].length) return amount;
  const word = /[A-Za-z0-9&'’().,\-–≤_`]+$/.exec(line)?.[0];
  if (word && line.slice(0, -word.length).trim()) return word;
  // Closing marks in a row（单位）。: what the first one closes goes down with them all.
  const run = /(?:[A-Za-z0-9&'’.,\-–≤_]+|[^\sA-Za-z0-9])[。，、；：！？）」』》〉】”’％]+$/u.exec(line)?.[0];
  if (run && [...run].length < chars.length) return run;
  const last = chars.at(-1) ?? '';
  if (straightOpening(chars)) return last;
  return chars.length > 1 && displayWidth(last) === 2 && !CLOSING.test(last) ? last : '';
}

/** A word cut into pieces no wider than `max` columns (the last may be narrower). */
function broken(word: string, max: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part && displayWidth(part + ch) > max) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  parts.push(part);
  return parts;
}

/**
 * A figure with its unit too wide for the column: parted between the two when the unit then
 * fits whole (≤30 / (10,000 CNY)), at every space otherwise.
 */
function parted(token: string, max: number): string[] {
  const unit = /\(10,000 CNY\)[.,;:]?\s*$/.exec(token)?.[0];
  if (unit && unit.length < token.length && displayWidth(unit.trimEnd()) <= max)
    return [token.slice(0, -unit.length), unit];
  return token.match(/\S+\s*/g)!;
}

/** Lines no wider than `max` columns: English breaks at spaces (a word wider than a line, anywhere), Chinese anywhere. */
export function wrapText(text: string, max: number): string {
  return text
    .split('\n')
    .map((paragraph) => {
      const out: string[] = [];
      let line = '';
      // Widths add up token by token, so the line's is kept rather than measured again at
      // every token. Not so for a colour code, cut into several tokens and no width until
      // whole, nor for a lone high surrogate, which takes the next character with it: a
      // paragraph with either is measured whole each time.
      const additive = !paragraph.includes('\x1b') && !LONE_HIGH_SURROGATE.test(paragraph);
      let width = 0;
      // 万元, the unit of every amount, is one word with its figure: never 万 / 元, nor
      // 120 / 万元 (nor ≤30 / 万元, nor ≤ / 30); so is its English, 120 (10,000 CNY), never (10,000 / CNY), and a count with
      // its noun, 177 applications, 1 file or 177 份, never 177 / applications (a figure
      // before a word that is no plural, the number 123 and, is no count). A colour code
      // is a token of no width, so that a line never ends in the middle of one.
      // In a column too narrow for it, such a word parts at its spaces rather than
      // anywhere, as the English unit did before it was one word.
      for (const token of (
        paragraph.match(
          /\x1b\[[0-9;]*m|≤?\d[\d.,–]* ?万元|(?:≤?\d[\d.,–]* )?\(10,000 CNY\)[.,;:]?\s*|(?<!\S)(?:1 [a-z]+|\d+ [a-z]+s)(?![a-z])\s*|≤?\d+ [份个项条处]\s*|[A-Za-z0-9&'’().,\-–≤_`]+\s*|万元|\s+|./gu,
        ) ?? []
      ).flatMap((t) => (/\S \S/.test(t) && displayWidth(t.trimEnd()) > max ? parted(t, max) : [t]))) {
        const trimmed = token.trimEnd();
        // Each token measured once with its trailing space and once without: this runs
        // for every character of Chinese text, cold.
        const trimmedWidth = displayWidth(trimmed);
        const tokenWidth = trimmed === token ? trimmedWidth : displayWidth(token);
        if ((additive ? width + trimmedWidth : displayWidth(line + trimmed)) > max && line) {
          // Chinese punctuation that closes (。，、」…) never starts a line: the character
          // before it goes down with it.
          // Opening punctuation (（「《…) never ends one: it goes down with what it opens.
          // A straight double quote right after text closes it ("…Exchange"), as ” does.
          // So does a file's extension glued to its name (申报书 / .docx), or a '-' or ',' glued to what it follows.
          const closes = CLOSING.test(token) || (trimmed === '"' && !/\s$/.test(line)) || glued(token, line);
          let last = closes ? lastCharacter(line) : openingAtEnd(line);
          if (displayWidth(last + trimmed) > max) last = '';
          out.push(line.slice(0, line.length - last.length).trimEnd());
          line = last;
          width = displayWidth(last);
        }
        const piece = tokenWidth > max ? trimmed : token;
        const pieceWidth = piece === token ? tokenWidth : trimmedWidth;
        if (pieceWidth > max && !line) {
          // A word wider than the column is broken rather than cut off: none of it is lost.
          const parts = broken(piece, max);
          out.push(...parts.slice(0, -1));
          // What followed the word (a space) stays, for the next word to start after it.
          line = parts.at(-1)! + token.slice(piece.length);
          width = displayWidth(line);
          continue;
        }
        line += piece;
        width += pieceWidth;
      }
      out.push(line.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}

/**
 * A paragraph under a prefix (a mark, an indent): wrapped to the columns left, its
 * other lines indented as far as the prefix reaches (a hanging indent), each line
 * styled on its own so that a colour never spans a line break.
 */
export function indentWrapped(
  prefix: string,
  text: string,
  width: number,
  style: (s: string) => string = (x) => x,
): string[] {
  const hang = displayWidth(prefix);
  return wrapText(text, Math.max(10, width - hang))
    .split('\n')
    .map((l, i) => `${i === 0 ? prefix : ' '.repeat(hang)}${style(l)}`);
}

/**
 * The columns to lay text out in: the terminal's, or, when the output is piped,
 * `COLUMNS` if the user set it; undefined when neither says.
 */
export function outputColumns(stream: { isTTY?: boolean; columns?: number } = process.stdout): number | undefined {
  if (stream.isTTY && stream.columns) return stream.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : undefined;
}

/**
 * The widest word of a text as the wrapper cuts it (a Chinese character is a word of its
 * own), or a short bracketed unit such as （万元）, which no break can leave whole.
 */
export function longestWord(text: string): number {
  const words = text.match(
    /[（「《][^\s（）「」《》]{1,4}[）」》]|≤?\d[\d.,–]* ?万元|(?:≤?\d[\d.,–]* )?\(10,000 CNY\)[.,;:]?|[A-Za-z0-9&'’().,\-–≤_`]+|\S/gu,
  );
  return Math.max(0, ...(words ?? []).map(displayWidth));
}

/**
 * Text laid out for a terminal line by line: a line too wide is wrapped under a
 * hanging indent, as deep as its leading spaces and its lead-in (a bullet, a tag such
 * as `[错误] `, or a label followed by two spaces), so that a list keeps its shape.
 */
export function wrapLines(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const lead =
        /^(\s*)((?:\x1b\[[0-9;]*m)*(?:\[[^\]]{1,20}\]|[·•✓✗?→★-]|\S[^\n]{0,16}?(?=\s{2}))(?:\x1b\[[0-9;]*m)*\s+)?/.exec(
          line,
        )!;
      const prefix = lead[2] && displayWidth(lead[0]) <= width / 3 ? lead[0] : lead[1]!;
      return indentWrapped(prefix, line.slice(prefix.length), width).join('\n');
    })
    .join('\n');
}
