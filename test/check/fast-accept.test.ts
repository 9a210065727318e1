import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ACCEPT_AJV_OPTIONS, acceptJsonSchema } from '../../src/application/accept-schema.js';
import type { Accept } from '../../src/application/fast-accept.js';
import { normalizeInput } from '../../src/application/normalize.js';
import { salvage } from '../../src/application/salvage.js';
import { applicationSchema, profileSchema } from '../../src/application/schema.js';
import { checkText } from '../../src/check/check-text.js';
import { stringify } from 'yaml';
import { mutatedApplication } from '../hostile/helpers/yamlish.js';
import { guideline } from '../support/guideline.js';
import { LINE_CODES, validApplication, type ApplicationData } from '../support/valid-application.js';

/**
 * `check` lets a validator compiled from the ids-only JSON Schema accept a file
 * without zod, once `normalizeInput` has read its labels as ids. That is sound only
 * if whatever it accepts, zod accepts too and hands on unchanged, and zod reads the
 * file's labels as the normalisation did; these tests hold them together, on the
 * valid applications of every line, written with ids or labels, and on random
 * damage done to them.
 */
const g = guideline('zh');
const zod = applicationSchema(g);
const profile = profileSchema(g);
const accept: Accept = new Ajv2020(ACCEPT_AJV_OPTIONS).compile(acceptJsonSchema(g));
const acceptProfile: Accept = new Ajv2020(ACCEPT_AJV_OPTIONS).compile(acceptJsonSchema(g, 'profile'));

const VARIANTS: [string, string | undefined][] = LINE_CODES.flatMap((code): [string, string | undefined][] =>
  code === '15-3'
    ? [
        [code, 'general'],
        [code, 'key'],
      ]
    : code === '16'
      ? [
          [code, 'general'],
          [code, 'major'],
        ]
      : [[code, undefined]],
);
const valid = () => VARIANTS.map(([code, tier]) => validApplication(code, tier));

/** Every id and every Chinese label of the vocabulary: the values a mutation is most likely to get half right. */
const VOCAB = Object.values(g.file.vocabulary).flatMap((entries) =>
  (entries as { id: string; zh: string }[]).flatMap((e) => [e.id, e.zh]),
);

/** Each id's Chinese labels, and 是/否 for true/false: a file written the way the guide's forms read. */
const LABELS = new Map<unknown, string[]>([
  [true, ['是']],
  [false, ['否']],
]);
for (const entries of Object.values(g.file.vocabulary))
  for (const e of entries as { id: string; zh: string }[]) LABELS.set(e.id, [...(LABELS.get(e.id) ?? []), e.zh]);

/** Every id and boolean below `data` written as a label (the `pick`-th one, where an id has several). */
function labelled(data: unknown, pick: number): unknown {
  if (Array.isArray(data)) return data.map((v) => labelled(v, pick));
  if (data !== null && typeof data === 'object')
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, labelled(v, pick)]));
  const labels = LABELS.get(data);
  return labels ? labels[pick % labels.length] : data;
}

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...VOCAB),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    '',
    ' ',
    'CN',
    'cn',
    'CHN',
    '2020-01-01',
    '2020-1-1',
    'guilin-grants/application@1',
    'guilin-grants/application@2',
  ),
  fc.integer({ min: -3, max: 3000 }),
  fc.constantFrom(0, -0, 0.5, 1.5, 2019, 2.5e9, 9007199254740991, 9007199254740992, NaN, Infinity, -Infinity, 1e400),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.constantFrom(...VOCAB), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('kind', 'level', 'name', 'type', 'file', 'by', 'x'),
    fc.constantFrom(...VOCAB, 'a', 1, true),
    { maxKeys: 3 },
  ),
);

/** Every place in the data a mutation can reach: objects' keys and arrays' items, at any depth. */
function places(data: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (data === null || typeof data !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  return [
    at,
    ...keys.flatMap((k) => [[...at, k], ...places((data as Record<string | number, unknown>)[k], [...at, k])]),
  ];
}

type Edit = { pick: number; kind: 'set' | 'delete' | 'add'; value: unknown; key: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('set', 'set', 'delete', 'add'),
  value: anyValue,
  key: fc.constantFrom(
    'x',
    'titel',
    'matching',
    'name',
    'country',
    'by',
    'partner',
    'isLeader',
    'category',
    '__proto__',
    'constructor',
  ),
});

function applyEdit(app: ApplicationData, edit: Edit): void {
  // A fresh copy: fast-check hands the same object to many runs.
  const e = {
    ...edit,
    value: edit.value !== null && typeof edit.value === 'object' ? structuredClone(edit.value) : edit.value,
  };
  const all = places(app);
  const path = all[e.pick % all.length]!;
  if (e.kind === 'add' || path.length === 0) {
    let target: unknown = app;
    for (const k of path) target = (target as Record<string | number, unknown>)[k];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, e.key, { value: e.value, enumerable: true, configurable: true, writable: true });
    return;
  }
  let parent: Record<string | number, unknown> = app;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = e.value;
}

/**
 * Whatever `accept` says yes to, once `read`, damaged (and labelled) as it may be, `zod`
 * accepts and hands on unchanged; zod's own reading of the labels is `read`'s.
 */
function acceptsOnlyWhatZodKeeps(
  accept: Accept,
  zod: z.ZodType,
  read: (written: unknown) => unknown,
  maxEdits: number,
) {
  let accepted = 0;
  let acceptedLabelled = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...VARIANTS),
      fc.option(fc.nat(), { nil: undefined }),
      fc.array(edit, { minLength: 1, maxLength: maxEdits }),
      ([code, tier], labels, edits) => {
        const app = validApplication(code, tier);
        const written = (labels === undefined ? app : labelled(app, labels)) as ApplicationData;
        for (const e of edits) applyEdit(written, e);
        const data = read(written);
        if (!accept(data)) return;
        accepted++;
        if (labels !== undefined) acceptedLabelled++;
        const parsed = zod.safeParse(data);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(parsed.data).toEqual(data);
        const asWritten = zod.safeParse(written);
        if (asWritten.success) expect(asWritten.data).toEqual(data);
      },
    ),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 4000) },
  );
  return { accepted, acceptedLabelled };
}

/** A valid application of some line, written with ids or (with `labels`) with labels, then damaged. */
const damaged = fc
  .tuple(
    fc.constantFrom(...VARIANTS),
    fc.option(fc.nat(), { nil: undefined }),
    fc.array(edit, { minLength: 1, maxLength: 3 }),
  )
  .map(([[code, tier], labels, edits]) => {
    const app = validApplication(code, tier);
    const written = (labels === undefined ? app : labelled(app, labels)) as ApplicationData;
    for (const e of edits) applyEdit(written, e);
    return { written, labels };
  });

describe('the compiled validator and zod', () => {
  it('both accept the valid application of every line, and zod hands it on unchanged', () => {
    for (const app of valid()) {
      expect(accept(app), String(app.project)).toBe(true);
      const z = zod.safeParse(app);
      expect(z.success).toBe(true);
      expect(z.data).toEqual(app);
    }
  });

  it('accepts a file written with Chinese labels once they are read as the ids zod takes them for', () => {
    for (const app of valid()) {
      const written = labelled(app, 0);
      expect(accept(written)).toBe(false);
      const read = normalizeInput(zod, written);
      expect(read).toEqual(app);
      expect(accept(read), String(app.project)).toBe(true);
      expect(zod.safeParse(written).data).toEqual(app);
    }
  });

  it('accepts nothing that zod refuses or would change, whatever the damage, with ids or labels', () => {
    // What check hands the validator, and zod when the validator says no.
    const { accepted, acceptedLabelled } = acceptsOnlyWhatZodKeeps(
      accept,
      zod,
      (written) => normalizeInput(zod, written),
      3,
    );
    // The property says something only if damaged files that stay valid were tried too, labelled ones among them.
    expect(accepted).toBeGreaterThan(100);
    expect(acceptedLabelled).toBeGreaterThan(50);
  });

  it('leaves salvage what zod alone would leave it, when a validator accepts a refused file once its refused values are left out', () => {
    let spared = 0;
    let sparedAsProfile = 0;
    const counted: Accept = (data) => {
      const yes = accept(data);
      if (yes) spared++;
      return yes;
    };
    const countedProfile: Accept = (data) => {
      const yes = acceptProfile(data);
      if (yes) sparedAsProfile++;
      return yes;
    };
    fc.assert(
      fc.property(damaged, ({ written }) => {
        const read = normalizeInput(zod, written) as Record<string, unknown>;
        const refused = zod.safeParse(read);
        if (refused.success) return;
        const alone = salvage(profile, read, refused.error.issues);
        // Equal but for the order of keys, which no rule reads.
        expect(salvage(profile, read, refused.error.issues, counted, countedProfile)).toEqual(alone);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
    // Files whose leftover the validator accepts, sparing zod's second parse, were among those tried.
    expect(spared).toBeGreaterThan(50);
    expect(sparedAsProfile).toBeGreaterThan(50);
  });

  it('is what the build compiled into dist/guidelines, the file check loads', async () => {
    const built = (await import('../../dist/guidelines/guilin-2019.accept.js' as string)) as { default: Accept };
    for (const app of valid()) expect(built.default(app)).toBe(true);
    expect(built.default({ ...validApplication('1'), titel: 'x' })).toBe(false);
    expect(built.default({ ...validApplication('1'), fields: ['电子信息'] })).toBe(false);
  });

  it('gives check the same findings with the validator as with zod alone', () => {
    const opts = { guideline: g, lang: 'zh' as const, baseDir: '/nowhere', exists: () => 'missing' as const };
    for (const app of valid()) {
      const text = stringify(app);
      expect(checkText(text, 'a.yaml', { ...opts, accept })).toEqual(checkText(text, 'a.yaml', opts));
    }
    fc.assert(
      fc.property(mutatedApplication, (text) => {
        expect(checkText(text, 'a.yaml', { ...opts, accept })).toEqual(checkText(text, 'a.yaml', opts));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
  });
});

/**
 * `match` (and `init`, `export`) read a profile the same way: what the compiled
 * profile validator accepts is taken without zod, so it too must be something zod
 * accepts and hands on unchanged (but for the order of keys, which only a saved
 * profile shows, and profile-yaml.ts orders).
 */
describe('the compiled profile validator and zod', () => {
  const zodProfile = profileSchema(g);

  it('both accept every application and a profile that states nothing, unchanged', () => {
    for (const app of [...valid(), {}]) {
      expect(acceptProfile(app)).toBe(true);
      expect(zodProfile.safeParse(app).data).toEqual(app);
    }
  });

  it('hands Chinese labels and 是/否 to zod', () => {
    for (const profile of [{ applicant: { type: '企业' } }, { ecoIndustry: '否' }, { fields: ['电子信息'] }]) {
      expect(acceptProfile(profile)).toBe(false);
      expect(zodProfile.safeParse(profile).success).toBe(true);
    }
  });

  it('accepts nothing that zod refuses or would change, whatever the damage', () => {
    // A profile is read as written: a labelled one goes to zod. More edits than for an
    // application, since a profile leaves out what it does not know.
    const { accepted } = acceptsOnlyWhatZodKeeps(acceptProfile, zodProfile, (written) => written, 5);
    expect(accepted).toBeGreaterThan(50);
  });

  it('is what the build compiled into dist/guidelines, the file match loads', async () => {
    const built = (await import('../../dist/guidelines/guilin-2019.profile.accept.js' as string)) as {
      default: Accept;
    };
    for (const app of valid()) expect(built.default(app)).toBe(true);
    expect(built.default({ applicant: { type: 'enterprise' } })).toBe(true);
    expect(built.default({ applicant: { type: 'enterprise', naem: 'x' } })).toBe(false);
    expect(built.default({ applicant: { type: '企业' } })).toBe(false);
  });
});
