import type { PlanCheck, ProfilePlan } from './profile-plan.js';

/** Stands for "not accepted here": zod then reads the data again and words every problem. */
const REFUSED = Symbol('refused');
const regexes = new Map<string, RegExp>();
function regex(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = regexes.get(key);
  if (!re) regexes.set(key, (re = new RegExp(source, flags)));
  return re;
}

function passes(value: string | number | unknown[], checks: readonly PlanCheck[]): boolean {
  for (const c of checks) {
    switch (c.check) {
      case 'min_length':
        if ((value as string | unknown[]).length < c.value) return false;
        break;
      case 'max_length':
        if ((value as string | unknown[]).length > c.value) return false;
        break;
      case 'greater_than':
        if (c.inclusive ? !((value as number) >= c.value) : !((value as number) > c.value)) return false;
        break;
      case 'less_than':
        if (c.inclusive ? !((value as number) <= c.value) : !((value as number) < c.value)) return false;
        break;
      case 'safeint':
        if (!Number.isSafeInteger(value)) return false;
        break;
      case 'regex':
        if (typeof value !== 'string' || !regex(c.source, c.flags).test(value)) return false;
        break;
    }
  }
  return true;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function apply(plan: ProfilePlan, value: unknown): unknown {
  switch (plan.kind) {
    case 'object': {
      if (!isMapping(value)) return REFUSED;
      for (const k of Object.keys(value)) if (!Object.hasOwn(plan.shape, k)) return REFUSED;
      // In the schema's order of keys, as zod gives them.
      const out: Record<string, unknown> = {};
      for (const [k, p] of Object.entries(plan.shape)) {
        if (!Object.hasOwn(value, k)) {
          if (p.kind === 'default') out[k] = p.value;
          else if (p.kind !== 'optional') return REFUSED;
          continue;
        }
        // No YAML document holds `undefined`; what zod makes of it is left to zod.
        if (value[k] === undefined) return REFUSED;
        const v = apply(p, value[k]);
        if (v === REFUSED) return REFUSED;
        out[k] = v;
      }
      return out;
    }
    case 'optional':
      return value === undefined ? undefined : apply(plan.of, value);
    case 'default':
      return value === undefined ? plan.value : apply(plan.of, value);
    case 'choice': {
      for (const [input, output] of plan.pairs) if (input === value) return output;
      return REFUSED;
    }
    case 'string':
      return typeof value === 'string' && passes(value, plan.checks) ? value : REFUSED;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && passes(value, plan.checks) ? value : REFUSED;
    case 'boolean':
      return typeof value === 'boolean' ? value : REFUSED;
    case 'array': {
      if (!Array.isArray(value) || !passes(value, plan.checks)) return REFUSED;
      const out: unknown[] = [];
      for (const item of value) {
        const v = apply(plan.of, item);
        if (v === REFUSED) return REFUSED;
        out.push(v);
      }
      return out;
    }
  }
}

/**
 * What the planned schema makes of `data`, when it accepts it; `undefined` for
 * anything it refuses (or might), which then goes to zod itself for its messages.
 */
export function applyPlan(plan: ProfilePlan, data: unknown): { data: unknown } | undefined {
  const out = apply(plan, data);
  return out === REFUSED ? undefined : { data: out };
}
