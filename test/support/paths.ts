import { parseDotted } from './serialise.js';

/**
 * Dotted paths over plain data, as findings write them: `funding.matching`,
 * `partners[0].type` (also `partners.0.type`). Used to describe a mutation in one line.
 */

function parentOf(
  data: Record<string, unknown>,
  path: string,
  create: boolean,
): { parent: Record<string | number, unknown>; last: string | number } | undefined {
  const segments = parseDotted(path);
  const last = segments.pop();
  if (last === undefined) throw new Error('empty path');
  let node: Record<string | number, unknown> = data;
  for (const [i, seg] of segments.entries()) {
    let next = node[seg];
    if (next === undefined || next === null) {
      if (!create) return undefined;
      next = node[seg] = typeof (segments[i + 1] ?? last) === 'number' ? [] : {};
    }
    if (typeof next !== 'object') throw new Error(`${path}: ${String(seg)} is not a mapping or a list`);
    node = next as Record<string | number, unknown>;
  }
  return { parent: node, last };
}

/** Sets the value at `path`, creating the mappings and lists on the way. */
export function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const { parent, last } = parentOf(data, path, true)!;
  parent[last] = value;
}

/** Removes the key (or the list item) at `path`; nothing to do when it is not there. */
export function unsetPath(data: Record<string, unknown>, path: string): void {
  const found = parentOf(data, path, false);
  if (!found) return;
  if (Array.isArray(found.parent) && typeof found.last === 'number') found.parent.splice(found.last, 1);
  else delete found.parent[found.last];
}
