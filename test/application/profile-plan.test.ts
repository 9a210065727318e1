import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyPlan } from '../../src/application/apply-plan.js';
import { planOf, type ProfilePlan } from '../../src/application/profile-plan.js';
import { profileSchema } from '../../src/application/schema.js';
import { guideline } from '../support/guideline.js';

/**
 * `match --profile` accepts a valid profile of the built-in guide by the plan the
 * build reads off the zod schema, and hands everything else to zod. The plan must
 * accept exactly what zod accepts and give exactly what zod gives, keys in zod's order.
 */
const g = guideline();
const schema = profileSchema(g);
const plan = planOf(schema);

function sameAsZod(data: unknown): boolean {
  const strict = schema.safeParse(data);
  const planned = applyPlan(plan, data);
  expect(planned !== undefined, JSON.stringify(data)).toBe(strict.success);
  if (planned && strict.success) {
    expect(planned.data).toStrictEqual(strict.data);
    expect(JSON.stringify(planned.data)).toBe(JSON.stringify(strict.data));
  }
  return strict.success;
}

const WRONG = fc.constantFrom<unknown>(null, '', 'x', 0, 1, true, [], {}, [1], { x: 1 });
const STRINGS = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a',
    '桂林电子科技大学',
    'CN',
    'cn',
    'CHN',
    'DE',
    '2019-01-01',
    '2019-1-1',
    '91450300MA5KXXXX0X',
    'enterprise',
    '企业',
  ),
  fc.string({ maxLength: 4 }),
);
const NUMBERS = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0.5, 1, 2, 5, 16, 100, 2019, 2020) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      0,
      -0,
      1,
      -1,
      0.5,
      1.5,
      2,
      5,
      16,
      17,
      100,
      150,
      1899,
      1900,
      2019,
      2100,
      2101,
      2 ** 53,
      -(2 ** 53),
      Infinity,
      -Infinity,
      NaN,
      1e-9,
    ),
  },
  fc.integer({ min: -10, max: 3000 }),
  fc.double(),
);

/** Values of the plan's own shape, near its bounds and choices, with a wrong one now and then. */
function arbitrary(p: ProfilePlan): fc.Arbitrary<unknown> {
  const right = ((): fc.Arbitrary<unknown> => {
    switch (p.kind) {
      case 'object': {
        // A few keys at a time, so that a good share of profiles is valid throughout.
        const entries = fc
          .uniqueArray(fc.constantFrom(...Object.keys(p.shape)), { maxLength: 3 })
          .chain((keys) => fc.tuple(...keys.map((k) => arbitrary(p.shape[k]!).map((x) => [k, x] as const))));
        const extra = fc.option(fc.constantFrom(['titel', 'x'], ['Applicant', {}], ['__unknown', 1]), {
          nil: undefined,
          freq: 12,
        });
        return fc.tuple(entries, extra, fc.boolean()).map(([kept, more, reversed]) => {
          const pairs = [...kept] as [string, unknown][];
          if (more) pairs.push(more as [string, unknown]);
          // Keys in another order than the schema's: the output still follows the schema.
          return Object.fromEntries(reversed ? pairs.reverse() : pairs);
        });
      }
      case 'optional':
      case 'default':
        return arbitrary(p.of);
      case 'choice': {
        const inputs = p.pairs.map(([input]) => input);
        return fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...inputs) },
          { weight: 1, arbitrary: fc.constantFrom(...inputs).map((s) => (typeof s === 'string' ? ` ${s}` : s)) },
        );
      }
      case 'string':
        return STRINGS;
      case 'number':
        return NUMBERS;
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(arbitrary(p.of), { maxLength: 3 });
    }
  })();
  return fc.oneof({ weight: 30, arbitrary: right }, { weight: 1, arbitrary: WRONG });
}

describe('the profile plan accepts what zod accepts and gives what zod gives', () => {
  it('on generated profiles, valid and not', () => {
    let valid = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbitrary(plan), (data) => {
        if (sameAsZod(data)) valid++;
        else refused++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 4000) },
    );
    // Both answers must be common, or the property says nothing about one of them.
    expect(valid).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it.each<[string, unknown]>([
    [
      'a Chinese label, read as its id',
      { applicant: { type: '企业' }, fields: ['电子信息'], partners: [{ name: '桂林电子科技大学', type: '高校' }] },
    ],
    ['an empty profile', {}],
    [
      'the benchmark profile',
      {
        applicant: { type: 'enterprise', inGuilin: true, highTech: 'valid' },
        fields: ['electronic_information'],
        partners: [{ name: '桂林电子科技大学', type: 'university' }],
      },
    ],
    ['funding without its co-funding', { funding: { requested: 100 } }],
  ])('accepts %s as zod does', (_, data) => {
    expect(sameAsZod(data)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a misspelled key', { titel: '某项目' }],
    ['a misspelled nested key', { applicant: { inGuillin: true } }],
    ['a number written as text', { funding: { requested: '150万元' } }],
    ['a key with no value', { applicant: null }],
    ['a project that is no whole number', { project: 1.5 }],
    ['a project 0', { project: 0 }],
    ['a year out of range', { period: { start: 1899 } }],
    ['an empty list of fields', { fields: [] }],
    ['a country in lower case', { partners: [{ name: 'x', type: 'university', country: 'de' }] }],
    ['a list where a mapping belongs', { applicant: [] }],
  ])('hands %s to zod, which refuses it', (_, data) => {
    expect(applyPlan(plan, data)).toBeUndefined();
    expect(schema.safeParse(data).success).toBe(false);
  });
});

describe('the plan is the schema', () => {
  it('the build wrote the plan of the built-in guide’s profile schema', () => {
    const built = JSON.parse(
      readFileSync(new URL('../../dist/guidelines/guilin-2019.profile.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(built).toEqual(plan);
  });

  it.each<[string, z.ZodType]>([
    ['a format it does not know', z.strictObject({ mail: z.email() })],
    ['a whole number by format', z.int()],
    ['a union', z.union([z.string(), z.number()])],
    ['an object that keeps unknown keys', z.object({ a: z.string() })],
    ['a refinement', z.string().refine((s) => s.length > 1)],
    ['a transform of an open set', z.string().transform((s) => s.trim())],
  ])('refuses %s, so that the build fails rather than accept what zod would not', (_, s) => {
    expect(() => planOf(s)).toThrow();
  });
});
