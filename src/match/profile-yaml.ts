import { stringify } from 'yaml';
import { z } from 'zod';
import { profileSchema, type Facts } from '../application/schema.js';
import type { Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { matchMessages } from '../i18n/messages/match.js';

/**
 * `value` with the keys of every mapping, at any depth, in the schema's order (the
 * order the format documents them), so a saved profile reads like the spec whatever
 * order the profile it came from was written in.
 */
function ordered(value: unknown, schema: z.ZodType): unknown {
  if (schema instanceof z.ZodOptional) return ordered(value, schema.unwrap() as z.ZodType);
  if (Array.isArray(value) && schema instanceof z.ZodArray)
    return value.map((v) => ordered(v, schema.element as z.ZodType));
  if (value === null || typeof value !== 'object' || !(schema instanceof z.ZodObject)) return value;
  const shape = schema.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const k of [...Object.keys(shape), ...Object.keys(value)]) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined && !(k in out)) out[k] = shape[k] ? ordered(v, shape[k]) : v;
  }
  return out;
}

export function profileYaml(g: Guideline, facts: Facts, lang: Lang): string {
  const doc = ordered({ ...facts, guideline: g.id }, profileSchema(g, { labels: false }));
  return `# ${msg(matchMessages, lang).profileHeader}\n${stringify(doc, { lineWidth: 0 })}`;
}
