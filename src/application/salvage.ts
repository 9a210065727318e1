import type { z } from 'zod';
import type { Accept } from './fast-accept.js';
import type { Facts } from './schema.js';
import { validate } from './validate.js';
import { formatPath, valueAt } from '../yaml/path.js';

type Path = (string | number)[];

/** Rounds of leaving out: a refused value may leave its parent refused in turn (a partner without its type). */
const ROUNDS = 4;

/**
 * What is well-formed in an application the schema refused: the refused values (and
 * unknown keys) left out, the rest read by the profile schema, where every key is
 * optional. `broken` names what was left out (of a mapping's unknown keys, the first),
 * so that a rule resting on it can be held back; a list that loses an item is named
 * whole, as its items' places have moved. What is left is read without zod when a
 * compiled validator accepts it, as a whole application (`accept`: a misspelled key
 * left out) or as a profile (`acceptProfile`): the profile schema would hand it on
 * unchanged but for the order of keys, which no rule reads.
 */
export function salvage(
  profile: z.ZodType,
  raw: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  accept?: Accept,
  acceptProfile?: Accept,
): { facts: Facts; broken: string[] } | undefined {
  const broken = new Set<string>();
  // Unknown keys are left out as the data is copied: cloning 50,000 of them only to
  // delete each one cost more than the rest of salvaging.
  const unknown = new Map<object, Set<string>>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = pathOf(issue);
    const at = valueAt(raw, path);
    if (at === null || typeof at !== 'object') continue;
    unknown.set(at, new Set([...(unknown.get(at) ?? []), ...issue.keys]));
    // A rule reads no unknown key: what one may rest on is the mapping the key is in,
    // for which its first unknown key stands as well as all of them would.
    broken.add(formatPath([...path, issue.keys[0]!]));
  }
  const data = copyWithout(raw, unknown) as Record<string, unknown>;
  let todo: readonly z.core.$ZodIssue[] = issues.filter((issue) => issue.code !== 'unrecognized_keys');
  for (let round = 0; round < ROUNDS; round++) {
    for (const issue of todo) {
      const path = pathOf(issue);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) leaveOut(data, [...path, key], broken);
        continue;
      }
      // A value missing where it is required: its parent cannot stand without it.
      leaveOut(data, valueAt(data, path) === undefined && round > 0 ? path.slice(0, -1) : path, broken);
    }
    if (accept?.(data) || acceptProfile?.(data)) return { facts: data as Facts, broken: [...broken] };
    const result = validate(profile, data);
    if (result.success) return { facts: result.data as Facts, broken: [...broken] };
    todo = result.issues;
  }
  return undefined;
}

function pathOf(issue: z.core.$ZodIssue): Path {
  return issue.path.filter((p): p is string | number => typeof p !== 'symbol');
}

/** A copy of parsed data (mappings, lists, scalars) without the keys `leave` names for each mapping. */
function copyWithout(value: unknown, leave: Map<object, Set<string>>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => copyWithout(item, leave));
  const left = leave.get(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    if (!left?.has(key)) out[key] = copyWithout((value as Record<string, unknown>)[key], leave);
  return out;
}

function leaveOut(data: Record<string, unknown>, path: Path, broken: Set<string>): void {
  if (path.length === 0) return;
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') {
    parent.splice(last, 1);
    broken.add(formatPath(path.slice(0, -1)));
    return;
  }
  if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[last as string];
  broken.add(formatPath(path));
}
