import type { z } from 'zod';

/** A zod schema, looked into through its definition. */
export type Walkable = z.core.$ZodType;

/** The schemas that judge the value at a path (each option of a union). */
export type SchemaAt = (path: (string | number)[]) => Walkable[];

export function schemaAtOf(schema: Walkable): SchemaAt {
  return (path) => {
    let nodes = unwrap(schema);
    for (const seg of path) nodes = nodes.flatMap((n) => child(n, seg));
    return nodes;
  };
}

/** The schemas a node stands for once wrappers (optional, default, pipe…) are looked through. */
function unwrap(schema: Walkable): Walkable[] {
  const def = schema._zod.def as unknown as {
    type: string;
    innerType?: Walkable;
    in?: Walkable;
    options?: Walkable[];
    getter?: () => Walkable;
  };
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

function child(schema: Walkable, segment: string | number): Walkable[] {
  const def = schema._zod.def as unknown as { type: string; shape?: Record<string, Walkable>; element?: Walkable };
  if (def.type === 'object' && typeof segment === 'string' && def.shape && Object.hasOwn(def.shape, segment))
    return unwrap(def.shape[segment]!);
  if (def.type === 'array' && typeof segment === 'number' && def.element) return unwrap(def.element);
  return [];
}

/**
 * The keys a schema allows at a path (every option of a union counted), so that an
 * unknown key can be answered with the key that was probably meant.
 */
export function knownKeysOf(schema: Walkable): (path: (string | number)[]) => string[] {
  const at = schemaAtOf(schema);
  return (path) => {
    const nodes = at(path);
    const keys = nodes.flatMap((n) => Object.keys((n._zod.def as unknown as { shape?: object }).shape ?? {}));
    return [...new Set(keys)];
  };
}
