import type { Outcome, Truth } from './types.js';

export function outcome(ok: Truth, path: string, message: string, extra: Partial<Outcome> = {}): Outcome {
  return { ok, path, message, ...extra };
}
