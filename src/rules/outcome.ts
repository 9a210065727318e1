import type { Outcome, Truth } from './types.js';

/**
 * Every outcome has the same keys, the optional ones undefined when not given: the
 * engine then reads one object shape over a whole batch, which the optimiser keeps.
 */
export function outcome(ok: Truth, path: string, message: string, extra: Partial<Outcome> = {}): Outcome {
  return { ok, path, message, who: extra.who, severity: extra.severity, basis: extra.basis };
}
