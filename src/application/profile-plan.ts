import type { z } from 'zod';

/**
 * What a zod schema accepts and what it makes of it, as plain data: the build writes
 * the profile schema's plan beside the built-in guide so that `match --profile` can
 * accept a valid profile without loading zod (`applyPlan`). The plan is read off the
 * schema, never written by hand, so zod stays the one definition of a profile.
 */
export type PlanCheck =
  | { check: 'min_length' | 'max_length'; value: number }
  | { check: 'greater_than' | 'less_than'; value: number; inclusive: boolean }
  | { check: 'safeint' }
  | { check: 'regex'; source: string; flags: string };

export type ProfilePlan =
  | { kind: 'object'; shape: Record<string, ProfilePlan> }
  | { kind: 'optional'; of: ProfilePlan }
  | { kind: 'default'; of: ProfilePlan; value: string | number | boolean }
  /** A closed set of inputs (enum, literal, or an enum piped into a transform), each with what it becomes. */
  | { kind: 'choice'; pairs: [string | number | boolean, unknown][] }
  | { kind: 'string' | 'number' | 'boolean'; checks: PlanCheck[] }
  | { kind: 'array'; of: ProfilePlan; checks: PlanCheck[] };

type Def = { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as z.ZodType)._zod.def as unknown as Def;

/** A schema construct the plan cannot express: the build fails rather than accept less, or more, than zod. */
class Unplannable extends Error {}

function checksOf(def: Def, where: string): PlanCheck[] {
  return (def.checks ?? []).map(({ _zod: { def: c } }) => {
    if ((c.check === 'min_length' || c.check === 'max_length') && typeof (c.minimum ?? c.maximum) === 'number') {
      return { check: c.check, value: (c.minimum ?? c.maximum) as number };
    }
    if ((c.check === 'greater_than' || c.check === 'less_than') && typeof c.value === 'number') {
      return { check: c.check, value: c.value, inclusive: c.inclusive === true };
    }
    if (c.check === 'number_format' && c.format === 'safeint') return { check: 'safeint' };
    if (
      c.check === 'string_format' &&
      c.format === 'regex' &&
      c.pattern instanceof RegExp &&
      !/[gy]/.test(c.pattern.flags)
    ) {
      return { check: 'regex', source: c.pattern.source, flags: c.pattern.flags };
    }
    throw new Unplannable(`${where}: check ${String(c.check)} ${String(c.format ?? '')}`);
  });
}

/** A closed set of inputs run through the schema itself: what each becomes is zod's answer. */
function choice(schema: z.ZodType, inputs: readonly unknown[], where: string): ProfilePlan {
  const pairs = inputs.map((input): [string | number | boolean, unknown] => {
    if (!['string', 'number', 'boolean'].includes(typeof input))
      throw new Unplannable(`${where}: choice ${String(input)}`);
    const out = schema.safeParse(input);
    if (!out.success) throw new Unplannable(`${where}: ${String(input)} is refused by its own schema`);
    return [input as string | number | boolean, out.data];
  });
  return { kind: 'choice', pairs };
}

function plan(schema: z.ZodType, where: string): ProfilePlan {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (defOf(def.catchall).type !== 'never' || def.checks?.length)
        throw new Unplannable(`${where}: only strict objects`);
      const shape = def.shape as Record<string, z.ZodType>;
      return {
        kind: 'object',
        shape: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, plan(v, `${where}.${k}`)])),
      };
    }
    case 'optional': {
      // A profile makes every key optional, some twice over: once is the same.
      const inner = plan(def.innerType as z.ZodType, where);
      // zod fills a default even under `.optional()`; the plan keeps to the simple case.
      if (inner.kind === 'default') throw new Unplannable(`${where}: optional default`);
      return inner.kind === 'optional' ? inner : { kind: 'optional', of: inner };
    }
    case 'default': {
      const value = def.defaultValue;
      if (!['string', 'number', 'boolean'].includes(typeof value))
        throw new Unplannable(`${where}: default ${String(value)}`);
      return {
        kind: 'default',
        of: plan(def.innerType as z.ZodType, where),
        value: value as string | number | boolean,
      };
    }
    case 'enum':
      if (def.checks?.length) throw new Unplannable(`${where}: checks on an enum`);
      return choice(schema, Object.values(def.entries as Record<string, unknown>), where);
    case 'literal':
      return choice(schema, def.values as unknown[], where);
    case 'pipe': {
      const from = defOf(def.in);
      if ((from.type !== 'enum' && from.type !== 'literal') || from.checks?.length)
        throw new Unplannable(`${where}: pipe from ${from.type}`);
      return choice(
        schema,
        from.type === 'enum' ? Object.values(from.entries as Record<string, unknown>) : (from.values as unknown[]),
        where,
      );
    }
    case 'string':
    case 'number':
    case 'boolean':
      // `z.email()`, `z.int()`, coercion: what is more than the type and its checks is not planned.
      if (Object.keys(def).some((k) => k !== 'type' && k !== 'checks'))
        throw new Unplannable(`${where}: ${def.type} with ${Object.keys(def).join(', ')}`);
      return { kind: def.type, checks: checksOf(def, where) };
    case 'array':
      if (Object.keys(def).some((k) => k !== 'type' && k !== 'checks' && k !== 'element'))
        throw new Unplannable(`${where}: array with ${Object.keys(def).join(', ')}`);
      return { kind: 'array', of: plan(def.element as z.ZodType, `${where}[]`), checks: checksOf(def, where) };
    default:
      throw new Unplannable(`${where}: ${def.type}`);
  }
}

/** The plan of a schema, or an error naming the first construct it cannot express. */
export function planOf(schema: z.ZodType): ProfilePlan {
  return plan(schema, '');
}
