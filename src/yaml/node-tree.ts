import type { Position } from './problem.js';
import { skipSpaces } from './unusual.js';

/**
 * The shape of a document as js-yaml composes it, recorded through its listener: one
 * node per composed value, children in document order (a mapping's children are
 * key, value, key, value…). It gives the fast path positions without building the
 * yaml package's full document, which costs far more than the parse (docs/PERFORMANCE.md).
 */
export interface TreeNode {
  open: number;
  kind: string | null;
  result: unknown;
  children: TreeNode[];
  /** A mapping's keys and where each is among its children, once looked up (`keyIndex`). */
  keys: Map<string, number> | null | undefined;
}

export function recorder(): {
  listener: (event: string, state: { position: number; kind: string | null; result: unknown }) => void;
  root: () => TreeNode | undefined;
} {
  const top: TreeNode = { open: 0, kind: null, result: undefined, children: [], keys: undefined };
  const stack: TreeNode[] = [top];
  return {
    listener: (event, state) => {
      if (event === 'open') {
        const node: TreeNode = { open: state.position, kind: null, result: undefined, children: [], keys: undefined };
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      } else {
        const node = stack.pop()!;
        node.kind = state.kind;
        node.result = state.result;
      }
    },
    root: () => top.children[0],
  };
}

/** Past spaces, line breaks, comments and an anchor (`&name`): where the node's own text begins. */
function contentStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35) while (i < text.length && text.charCodeAt(i) !== 10) i++;
    else if (c === 38) while (i < text.length && !/\s/.test(text[i]!)) i++;
    else break;
  }
  return i;
}

/**
 * The start of the node at `path` (or of its key, for an unknown key), or of the
 * nearest ancestor present, as `locate` in parse.ts gives it. `undefined` when the
 * recorded tree does not match the data (a shape this walker does not know): the
 * caller then asks the strict parser.
 */
export function locateInTree(
  text: string,
  lineStarts: number[],
  root: TreeNode,
  path: readonly (string | number)[],
  key = false,
): Position | undefined | null {
  let node = root;
  let at = node.open;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (node.kind === 'mapping') {
      const kids = node.children;
      const index = keyIndex(node);
      if (!index) return null;
      const found = index.get(String(seg)) ?? -1;
      if (found < 0) break;
      if (key && i === path.length - 1) return position(lineStarts, kids[found]!.open);
      const value = kids[found + 1]!;
      // An empty value (`title:`) is placed where it would be written: after the colon
      // and any spaces, as the strict parser places it.
      if (value.kind === null) return position(lineStarts, skipSpaces(text, value.open));
      node = value;
      at = node.open;
    } else if (node.kind === 'sequence' && typeof seg === 'number') {
      if (!Array.isArray(node.result) || node.children.length !== node.result.length) return null;
      const item = node.children[seg];
      if (!item) break;
      node = item;
      at = node.open;
    } else break;
  }
  return position(lineStarts, contentStart(text, at));
}

/**
 * The key index of a mapping node, or null when the record does not match the data.
 * One pass per mapping, so that locating a hundred of its 50,000 keys is not a
 * hundred passes over them. Kept on the node, to go with it: in a WeakMap it was
 * copied by each young-generation collection after its file was done (V8 keeps a
 * WeakMap's values through those collections whether their keys live or not).
 */
function keyIndex(node: TreeNode): Map<string, number> | null {
  if (node.keys !== undefined) return node.keys;
  const kids = node.children;
  const entries = node.result !== null && typeof node.result === 'object' ? Object.keys(node.result).length : -1;
  let index: Map<string, number> | null = null;
  if (kids.length === entries * 2) {
    index = new Map();
    // The last of equal keys, as reading keeps it.
    for (let k = 0; k < kids.length; k += 2) index.set(String(kids[k]!.result), k);
  }
  node.keys = index;
  return index;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based index of the line holding `offset`, by bisection. */
export function lineIndex(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The 1-based line and column of `offset`. */
export function position(lineStarts: readonly number[], offset: number): Position {
  const lo = lineIndex(lineStarts, offset);
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}
