import { z } from 'zod';
import type { Guideline } from '../guideline/model.js';
import { applicationSchema, profileSchema } from './schema.js';

type JsonSchema = Record<string, unknown>;

/** What a compiled validator accepts: an application (`check`) or a profile (`match`, `init`). */
export const ACCEPTED = { application: applicationSchema, profile: profileSchema } as const;
export type Accepted = keyof typeof ACCEPTED;

/**
 * The JSON Schema of an application (or a profile) written with ids only, from which
 * the build compiles each built-in guide's fast validators. Without labels the zod
 * schema has no transform, so a file this schema accepts is one zod accepts unchanged.
 */
export function acceptJsonSchema(g: Guideline, kind: Accepted = 'application'): JsonSchema {
  const schema = z.toJSONSchema(ACCEPTED[kind](g, { labels: false }), {
    io: 'input',
    unrepresentable: 'throw',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return hoistObjects(schema);
}

/**
 * Every nested object schema moved into `$defs` and referred to: with `inlineRefs`
 * off, ajv then compiles one small function per object instead of one large one,
 * and the optimiser compiles only those that files exercise (most have no `drug`
 * or `talent`).
 */
function hoistObjects(root: JsonSchema): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const visit = (schema: JsonSchema, name: string): JsonSchema => {
    const out: JsonSchema = { ...schema };
    if (schema.properties) {
      out.properties = Object.fromEntries(
        Object.entries(schema.properties as Record<string, JsonSchema>).map(([k, v]) => [
          k,
          nested(v, name ? `${name}.${k}` : k),
        ]),
      );
    }
    if (schema.items) out.items = nested(schema.items as JsonSchema, `${name}.item`);
    return out;
  };
  const nested = (schema: JsonSchema, name: string): JsonSchema => {
    const inner = visit(schema, name);
    if (schema.type !== 'object') return inner;
    defs[name] = inner;
    return { $ref: `#/$defs/${name}` };
  };
  const top = visit(root, '');
  return { ...top, $defs: defs };
}

/** Ajv's options for that validator, the same at build time and in the tests that hold it to zod. */
export const ACCEPT_AJV_OPTIONS = {
  strict: true,
  allErrors: false,
  messages: false,
  inlineRefs: false,
  code: { source: true, esm: true, optimize: true },
} as const;
