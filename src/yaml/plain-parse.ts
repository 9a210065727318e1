import { coreScalar, UNREAD } from './core-scalar.js';
import type { TreeNode } from './node-tree.js';
import { MAX_DEPTH } from './problem.js';

/**
 * A reader for the YAML that application files are made of, and nothing more: block
 * mappings and lists, one-line flow lists and mappings, plain and quoted one-line
 * scalars, comments. It reads such a file several times faster than js-yaml and
 * records, as it goes, the same tree of nodes that `locateInTree` walks for
 * positions. Anything else (block scalars, a scalar continued on the next line,
 * quoted keys, a key that is not a string…) it declines, and js-yaml or the strict
 * parser reads the file instead. It runs only on text that `isUnusual` passed (no
 * tabs, escapes, anchors, tags, directives, open quotes at a line end…).
 */
export interface PlainParsed {
  data: unknown;
  root: TreeNode;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const SINGLE = 0x27;
const DOUBLE = 0x22;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_MAP = 0x7b;
const CLOSE_MAP = 0x7d;

/** Thrown wherever the file leaves this reader's subset; caught once, at the top. */
const DECLINE = new Error('not plain');

/** The first character of a plain scalar that cannot start one here: indicators. */
function isIndicator(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return (
    c === DASH ||
    c === 0x3f ||
    c === COLON ||
    c === COMMA ||
    c === OPEN_LIST ||
    c === CLOSE_LIST ||
    c === OPEN_MAP ||
    c === CLOSE_MAP ||
    c === HASH ||
    c === 0x26 ||
    c === 0x2a ||
    c === 0x21 ||
    c === 0x7c ||
    c === 0x3e ||
    c === SINGLE ||
    c === DOUBLE ||
    c === 0x25 ||
    c === 0x40 ||
    c === 0x60
  );
}

function node(open: number, kind: string | null, result: unknown): TreeNode {
  return { open, kind, result, children: [] };
}

class Reader {
  /** Where reading resumes: a line's start, or a place within the line after `- `. */
  private pos = 0;
  private lineStart = 0;
  /** The next line with content, as `peek` found it: its first character, the column of it, and where its text ends. */
  private at = -1;
  private indent = 0;
  private end = 0;

  constructor(private readonly text: string) {}

  /** Finds the next content (past spaces, blank lines and comment lines); false at the end. */
  private peek(): boolean {
    const t = this.text;
    let i = this.pos;
    for (;;) {
      while (t.charCodeAt(i) === SPACE) i++;
      if (i >= t.length) return false;
      const c = t.charCodeAt(i);
      if (c === LF || c === CR || c === HASH) {
        const lf = t.indexOf('\n', i);
        if (lf < 0) return false;
        i = this.lineStart = lf + 1;
        continue;
      }
      const lf = t.indexOf('\n', i);
      const stop = lf < 0 ? t.length : lf;
      this.at = i;
      this.indent = i - this.lineStart;
      this.end = t.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
      this.pos = i;
      return true;
    }
  }

  /** On to the line after the current one. */
  private nextLine(): void {
    const lf = this.text.indexOf('\n', this.at);
    this.pos = this.lineStart = lf < 0 ? this.text.length : lf + 1;
  }

  /** Only spaces or a comment may follow a value on its line. */
  private endOfLine(from: number): void {
    let i = from;
    while (this.text.charCodeAt(i) === SPACE) i++;
    if (i < this.end && !(this.text.charCodeAt(i) === HASH && this.text.charCodeAt(i - 1) === SPACE)) throw DECLINE;
    this.nextLine();
  }

  private isItem(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) return false;
    const c = this.text.charCodeAt(at + 1);
    return c === SPACE || at + 1 >= this.end;
  }

  document(): PlainParsed {
    if (!this.peek()) throw DECLINE;
    const root = this.block(0);
    if (this.peek()) throw DECLINE;
    root.open = 0;
    return { data: root.result, root };
  }

  /** A mapping or a list starting at the current content. */
  private block(depth: number): TreeNode {
    if (depth > MAX_DEPTH - 2) throw DECLINE;
    return this.isItem(this.at) ? this.list(this.indent, depth) : this.mapping(this.indent, depth);
  }

  private mapping(indent: number, depth: number): TreeNode {
    const t = this.text;
    const result: Record<string, unknown> = {};
    const map = node(this.at, 'mapping', result);
    while (this.peek() && this.indent >= indent) {
      if (this.indent > indent || this.isItem(this.at)) throw DECLINE;
      const keyAt = this.at;
      if (isIndicator(t.charCodeAt(keyAt))) throw DECLINE;
      let colon = keyAt;
      for (;;) {
        colon = t.indexOf(':', colon + 1);
        if (colon < 0 || colon >= this.end) throw DECLINE;
        const after = t.charCodeAt(colon + 1);
        if (after === SPACE || colon + 1 >= this.end) break;
      }
      const raw = t.slice(keyAt, trimEnd(t, keyAt, colon));
      // A comment inside what would be the key, or a key that reads as a number, boolean or null.
      if (raw.includes(' #') || coreScalar(raw) !== raw || Object.hasOwn(result, raw)) throw DECLINE;
      const key = node(keyAt, 'scalar', raw);
      let i = colon + 1;
      while (t.charCodeAt(i) === SPACE) i++;
      let value: TreeNode;
      if (i >= this.end || t.charCodeAt(i) === HASH) {
        this.nextLine();
        // A value on the lines below: more indented, or a list at the key's own indent.
        if (this.peek() && (this.indent > indent || (this.indent === indent && this.isItem(this.at)))) {
          value = this.block(depth + 1);
        } else value = node(colon + 1, null, null);
        value.open = colon + 1;
      } else {
        value = this.inline(i, depth + 1, false);
        value.open = colon + 1;
        this.endOfLine(this.pos);
        // A scalar continued on the next line, or a key indented under a scalar.
        if (this.peek() && this.indent > indent) throw DECLINE;
      }
      result[raw] = value.result;
      map.children.push(key, value);
    }
    return map;
  }

  private list(indent: number, depth: number): TreeNode {
    const t = this.text;
    const result: unknown[] = [];
    const seq = node(this.at, 'sequence', result);
    while (this.peek() && this.indent >= indent) {
      if (this.indent > indent) throw DECLINE;
      if (!this.isItem(this.at)) break;
      const dash = this.at;
      let i = dash + 1;
      while (t.charCodeAt(i) === SPACE) i++;
      if (i >= this.end || t.charCodeAt(i) === HASH) throw DECLINE;
      let item: TreeNode;
      if (this.startsKey(i)) {
        // `- name: x`: a mapping whose keys line up under its first one.
        this.pos = i;
        this.peek();
        item = this.mapping(i - this.lineStart, depth + 1);
      } else {
        item = this.inline(i, depth + 1, false);
        this.endOfLine(this.pos);
        if (this.peek() && this.indent > indent) throw DECLINE;
      }
      item.open = dash + 1;
      result.push(item.result);
      seq.children.push(item);
    }
    return seq;
  }

  /** Whether a plain key and its `: ` start at `i` on the current line. */
  private startsKey(i: number): boolean {
    const t = this.text;
    if (isIndicator(t.charCodeAt(i))) return false;
    for (let j = i; j < this.end; j++) {
      if (t.charCodeAt(j) === COLON && (t.charCodeAt(j + 1) === SPACE || j + 1 >= this.end)) return true;
    }
    return false;
  }

  /** A value on one line: quoted, a flow list or mapping, or plain. Leaves `pos` just past it. */
  private inline(i: number, depth: number, flow: boolean): TreeNode {
    if (depth > MAX_DEPTH - 2) throw DECLINE;
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === DOUBLE) {
      const close = t.indexOf('"', i + 1);
      if (close < 0 || close >= this.end) throw DECLINE;
      this.pos = close + 1;
      return node(i, 'scalar', t.slice(i + 1, close));
    }
    if (c === SINGLE) {
      let out = '';
      let from = i + 1;
      for (;;) {
        const q = t.indexOf("'", from);
        if (q < 0 || q >= this.end) throw DECLINE;
        out += t.slice(from, q);
        if (t.charCodeAt(q + 1) !== SINGLE) {
          this.pos = q + 1;
          return node(i, 'scalar', out);
        }
        out += "'";
        from = q + 2;
      }
    }
    if (c === OPEN_LIST) return this.flowList(i, depth);
    if (c === OPEN_MAP) return this.flowMap(i, depth);
    // `-5` is a plain scalar; `-`, `- x` and `[-]` are list items where none may be.
    if (
      isIndicator(c) &&
      !(
        c === DASH &&
        i + 1 < this.end &&
        t.charCodeAt(i + 1) !== SPACE &&
        !isFlowEnd(t.charCodeAt(i + 1)) &&
        t.charCodeAt(i + 1) !== OPEN_LIST &&
        t.charCodeAt(i + 1) !== OPEN_MAP
      )
    )
      throw DECLINE;
    let j = i;
    for (; j < this.end; j++) {
      const d = t.charCodeAt(j);
      if (d === HASH && t.charCodeAt(j - 1) === SPACE) break;
      if (
        d === COLON &&
        (t.charCodeAt(j + 1) === SPACE || j + 1 >= this.end || (flow && isFlowEnd(t.charCodeAt(j + 1))))
      )
        throw DECLINE;
      if (flow && (isFlowEnd(d) || d === OPEN_LIST || d === OPEN_MAP)) break;
    }
    const raw = t.slice(i, trimEnd(t, i, j));
    const value = coreScalar(raw);
    if (value === UNREAD || raw === '') throw DECLINE;
    this.pos = j;
    return node(i, 'scalar', value);
  }

  private flowList(open: number, depth: number): TreeNode {
    const result: unknown[] = [];
    const seq = node(open, 'sequence', result);
    let i = this.skip(open + 1);
    if (this.text.charCodeAt(i) === CLOSE_LIST) {
      this.pos = i + 1;
      return seq;
    }
    for (;;) {
      const item = this.inline(i, depth + 1, true);
      result.push(item.result);
      seq.children.push(item);
      i = this.skip(this.pos);
      const c = this.text.charCodeAt(i);
      if (c === CLOSE_LIST) {
        this.pos = i + 1;
        return seq;
      }
      if (c !== COMMA) throw DECLINE;
      i = this.skip(i + 1);
      // `[a, ]` and `[a,,b]` are read differently by different parsers: not here.
      if (i >= this.end || isFlowEnd(this.text.charCodeAt(i))) throw DECLINE;
    }
  }

  private flowMap(open: number, depth: number): TreeNode {
    const t = this.text;
    const result: Record<string, unknown> = {};
    const map = node(open, 'mapping', result);
    let i = this.skip(open + 1);
    if (t.charCodeAt(i) === CLOSE_MAP) {
      this.pos = i + 1;
      return map;
    }
    for (;;) {
      if (isIndicator(t.charCodeAt(i))) throw DECLINE;
      let colon = i;
      while (colon < this.end && t.charCodeAt(colon) !== COLON && !isFlowEnd(t.charCodeAt(colon))) colon++;
      if (t.charCodeAt(colon) !== COLON || t.charCodeAt(colon + 1) !== SPACE) throw DECLINE;
      const raw = t.slice(i, trimEnd(t, i, colon));
      if (raw.includes(' #') || coreScalar(raw) !== raw || Object.hasOwn(result, raw)) throw DECLINE;
      const key = node(i, 'scalar', raw);
      const valueAt = this.skip(colon + 1);
      if (valueAt >= this.end || isFlowEnd(t.charCodeAt(valueAt))) throw DECLINE;
      const value = this.inline(valueAt, depth + 1, true);
      result[raw] = value.result;
      map.children.push(key, value);
      i = this.skip(this.pos);
      const c = t.charCodeAt(i);
      if (c === CLOSE_MAP) {
        this.pos = i + 1;
        return map;
      }
      if (c !== COMMA) throw DECLINE;
      i = this.skip(i + 1);
      if (i >= this.end || isFlowEnd(t.charCodeAt(i))) throw DECLINE;
    }
  }

  private skip(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }
}

/** Where text ends before trailing spaces: YAML trims only spaces (tabs never get here), not U+3000. */
function trimEnd(t: string, from: number, to: number): number {
  let j = to;
  while (j > from && t.charCodeAt(j - 1) === SPACE) j--;
  return j;
}

function isFlowEnd(c: number): boolean {
  return c === COMMA || c === CLOSE_LIST || c === CLOSE_MAP;
}

/** The document's data and node tree, or `undefined` when it is not written in the plain subset. */
export function plainParse(text: string): PlainParsed | undefined {
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}
