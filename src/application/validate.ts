import { z } from 'zod';

export type Validation<T> = { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[] };

/**
 * zod's verdict on `data`, through `parse` rather than `safeParse`, whose refusals
 * zod 4.6 keeps alive until a full collection, which a batch never runs
 * (docs/PERFORMANCE.md, "Memory"). A thrown ZodError holds the same issues.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  ctx?: z.core.ParseContext<z.core.$ZodIssue>,
): Validation<z.output<S>> {
  try {
    return { success: true, data: schema.parse(data, ctx) };
  } catch (e) {
    if (e instanceof z.ZodError) return { success: false, issues: e.issues };
    throw e;
  }
}
