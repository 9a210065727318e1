import { z } from 'zod';
import type { Guideline } from '../guideline/model.js';
import { applicationSchema } from './schema.js';

/**
 * The JSON Schema of an application written with ids only, from which the build
 * compiles each built-in guide's fast validator. Without labels the zod schema has
 * no transform, so a file this schema accepts is one zod accepts unchanged.
 */
export function acceptJsonSchema(g: Guideline): Record<string, unknown> {
  return z.toJSONSchema(applicationSchema(g, { labels: false }), { io: 'input', unrepresentable: 'throw', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Ajv's options for that validator, the same at build time and in the tests that hold it to zod. */
export const ACCEPT_AJV_OPTIONS = { strict: true, allErrors: false, messages: false, code: { source: true, esm: true, optimize: true } } as const;
