import { z } from 'zod';

export type Validation<T> = { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[] };

/**
 * zod's verdict on `data`, through `parse` rather than `safeParse`: zod 4.6 hands a
 * refusal back through an object literal with a getter and setter made for each call,
 * so each such object gets a hidden class of its own, and those live in the old
 * generation until a full collection, holding the closures and the ZodError with them.
 * A batch never runs a full collection: each refused file left its error behind
 * (docs/PERFORMANCE.md, "Memory"). A thrown ZodError holds the same issues, read
 * with the same `ctx`, and nothing else.
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
