import type { z } from 'zod';
import { COUNTRY_NAMES } from '../fix/intended.js';
import { labelsOf } from './schema.js';

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/** The schema under its optional/default wrappers, and whether a wrapper made it optional. */
function inner(s: z.ZodType): { node: z.ZodType; optional: boolean } {
  let node = s;
  let optional = false;
  for (let d = defOf(node); d.innerType; d = defOf(node)) {
    if (d.type === 'optional' || d.type === 'default') optional = true;
    node = d.innerType;
  }
  return { node, optional };
}

/**
 * What an application means before the schema judges it: an optional key left empty
 * (`creditCode: ~`, as the scaffold writes it) is absent, not a value to refuse; a
 * Chinese label (`type: 企业`, `inGuilin: 是`) is the id or the boolean it stands for,
 * as the schema would take it (`labelsOf`); a partner's country written by its Chinese
 * name (`country: 中国`) is its ISO code. A required key left empty stays, to be
 * reported as missing. The input is not changed: a copy is made where something is
 * dropped or rewritten.
 */
export function normalizeInput(schema: z.ZodType, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return labelsOf(schema)?.get(value) ?? value;
  const def = defOf(schema);
  if (Array.isArray(value)) {
    if (def.type !== 'array' || !def.element) return value;
    const element = inner(def.element).node;
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = normalizeInput(element, item);
      if (next !== item) (out ??= value.slice())[i] = next;
    });
    return out ?? value;
  }
  if (def.type !== 'object' || !def.shape) return value;
  const src = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(src)) {
    const field = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    if (!field) continue;
    const { node, optional } = inner(field);
    const v = src[key];
    let next = v;
    if (v === null && optional) {
      out ??= { ...src };
      delete out[key];
      continue;
    }
    if (key === 'country' && typeof v === 'string' && Object.hasOwn(COUNTRY_NAMES, v.trim()))
      next = COUNTRY_NAMES[v.trim()];
    else next = normalizeInput(node, v);
    if (next !== v) (out ??= { ...src })[key] = next;
  }
  return out ?? value;
}
