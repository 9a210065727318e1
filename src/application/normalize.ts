import type { z } from 'zod';
import { COUNTRY_NAMES } from './intended.js';
import { idOfLabel, labelsOf } from './schema.js';

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/**
 * A schema as normalisation sees it: under its optional/default wrappers, whether one
 * made it optional, its labels; an object's keys and a list's element, found on the
 * first file that has them.
 */
interface Field {
  node: z.ZodType;
  optional: boolean;
  labels: ReadonlyMap<unknown, unknown> | undefined;
  keys?: ReadonlyMap<string, Field>;
  element?: Field;
}

/** Worked out once per schema: every file of a batch walks the same ones. */
const fields = new WeakMap<z.ZodType, Field>();

function fieldOf(s: z.ZodType): Field {
  let field = fields.get(s);
  if (!field) {
    let node = s;
    let optional = false;
    for (let d = defOf(node); d.innerType; d = defOf(node)) {
      if (d.type === 'optional' || d.type === 'default') optional = true;
      node = d.innerType;
    }
    field = { node, optional, labels: labelsOf(node) };
    fields.set(s, field);
  }
  return field;
}

/**
 * What an application means before the schema judges it: an optional key left empty
 * (`creditCode: ~`, as the scaffold writes it) is absent, not a value to refuse; a
 * Chinese label (`type: 企业`, `inGuilin: 是`), or an English one in any case (`type:
 * Enterprise`), is the id or the boolean it stands for,
 * as the schema would take it (`labelsOf`); a partner's country written by its Chinese
 * name (`country: 中国`) is its ISO code. A required key left empty stays, to be
 * reported as missing. The input is not changed: a copy is made where something is
 * dropped or rewritten.
 */
export function normalizeInput(schema: z.ZodType, value: unknown): unknown {
  return normalized(fieldOf(schema), value, true);
}

/**
 * The labels only, for a profile that the compiled validator refused: a Chinese or an
 * English label is its id, as in `check`; the rest is left to the profile's schema as it
 * was (`~` and a country's name included).
 */
export function labelsAsIds(schema: z.ZodType, value: unknown): unknown {
  return normalized(fieldOf(schema), value, false);
}

function normalized(field: Field, value: unknown, all: boolean): unknown {
  if (value === null || typeof value !== 'object') return (field.labels && idOfLabel(field.labels, value)) ?? value;
  const def = defOf(field.node);
  if (Array.isArray(value)) {
    if (def.type !== 'array' || !def.element) return value;
    const element = (field.element ??= fieldOf(def.element));
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = normalized(element, value[i], all);
      if (next !== value[i]) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  if (def.type !== 'object' || !def.shape) return value;
  const keys = (field.keys ??= new Map(Object.entries(def.shape).map(([k, s]) => [k, fieldOf(s)])));
  const src = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(src)) {
    const f = keys.get(key);
    if (!f) continue;
    const v = src[key];
    if (v === null && f.optional && all) {
      out ??= { ...src };
      delete out[key];
      continue;
    }
    const next =
      all && key === 'country' && typeof v === 'string' && Object.hasOwn(COUNTRY_NAMES, v.trim())
        ? COUNTRY_NAMES[v.trim()]
        : normalized(f, v, all);
    if (next !== v) (out ??= { ...src })[key] = next;
  }
  return out ?? value;
}
