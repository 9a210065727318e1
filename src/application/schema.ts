import { z } from 'zod';
import type { Guideline, VocabularyName } from '../guideline/model.js';

const FORMAT_V1 = 'guilin-grants/application@1';

interface ShapeOptions {
  /**
   * Whether a Chinese label is taken for its id (the default). Without labels the
   * schema's output is its input, which is what lets `check` (and a profile's reader)
   * accept a file with a validator compiled from it and skip zod (see fast-accept.ts).
   */
  labels?: boolean;
}

/**
 * An enumeration of the guideline's vocabulary that also accepts the Chinese label
 * (`type: 企业`) and hands on the id: applicants write what they read in the guide.
 * The English label the guide gives beside it (`type: Enterprise`, in any case), what
 * `--lang en` shows, is read as the id too, by `normalizeInput` ahead of the schema
 * (`labelsOf`): the enumeration itself, and the JSON Schema editors get from it, keep
 * the ids and the Chinese labels.
 */
function vocabEnum(g: Guideline, opts: ShapeOptions, name: VocabularyName) {
  const entries = g.file.vocabulary[name] as VocabularyEntry[];
  if (opts.labels === false) return remember(z.enum(entries.map((e) => e.id) as [string, ...string[]]), entries);
  const byLabel = new Map(entries.map((e) => [e.zh, e.id]));
  const accepted = [...new Set([...entries.map((e) => e.id), ...entries.map((e) => e.zh)])] as [string, ...string[]];
  const schema = remember(z.enum(accepted), entries).transform((v) => byLabel.get(v) ?? v);
  // An id reads as itself at the first look, so a file written with ids costs one lookup a
  // value, as before; an English label is looked up in lower case (caseless below).
  const ids = new Set(entries.map((e) => e.id));
  const english = entries.flatMap((e) => {
    const label = e.en.toLowerCase();
    return ids.has(label) ? [] : [[label, e.id] as const];
  });
  return takesLabels(schema, new Map([...entries.map((e) => [e.id, e.id] as const), ...byLabel, ...english]));
}

/** What each label stands for, by the schema that takes labels (a vocabulary's enumeration, a yes/no). */
const labelled = new WeakMap<object, ReadonlyMap<unknown, unknown>>();

function takesLabels<T extends z.ZodType>(schema: T, labels: ReadonlyMap<unknown, unknown>): T {
  labelled.set(schema, labels);
  return schema;
}

/**
 * The labels a schema takes for its values, if it takes any: `normalizeInput` writes
 * the values in their place, so that a file written with labels reads as one written
 * with ids, which the compiled validator can accept (fast-accept.ts).
 */
export function labelsOf(schema: object): ReadonlyMap<unknown, unknown> | undefined {
  return labelled.get(schema);
}

/** What a value stands for by `labels`: a Chinese label as written, an English one in any case. */
export function idOfLabel(labels: ReadonlyMap<unknown, unknown>, value: unknown): unknown {
  const exact = labels.get(value);
  return exact !== undefined || typeof value !== 'string' ? exact : labels.get(value.toLowerCase());
}

export interface VocabularyEntry {
  id: string;
  zh: string;
  en: string;
}

/** Each enumeration's vocabulary, so that a refused value is answered with the id and label it was near. */
const vocabularies = new WeakMap<object, VocabularyEntry[]>();

function remember<T extends z.ZodType>(schema: T, entries: VocabularyEntry[]): T {
  vocabularies.set(schema, entries);
  return schema;
}

/** The vocabulary an enumeration of the application schema was built from. */
export function vocabularyOf(schema: object): VocabularyEntry[] | undefined {
  return vocabularies.get(schema);
}

const YES_NO: ReadonlyMap<unknown, boolean> = new Map([
  ['是', true],
  ['否', false],
]);

/**
 * true/false, and 是/否 as the guide's forms ask (like a vocabulary's Chinese label);
 * ids only without labels, so that the schema's output stays its input.
 */
function flag(opts: ShapeOptions) {
  if (opts.labels === false) return z.boolean();
  const schema = z.literal([true, false, '是', '否']).transform((v) => YES_NO.get(v) ?? v === true);
  return takesLabels(schema, YES_NO);
}

const year = z.number().int().min(1900).max(2100);

/** A key that holds a calendar year (a period's start or end, a year target): its messages and fixes read a month as that year. */
export function isYear(schema: object): boolean {
  return schema === year;
}
/** The two formats a message explains by name (describe-issue.ts): compared by their source. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
const date = z.string().regex(DATE_PATTERN, 'YYYY-MM-DD');
/** A key that holds a date (a talent's introducedOn): a number there is a date typed with dots (2018.3). */
export function isDate(schema: object): boolean {
  return schema === date;
}
/** Text that says something: `""` and a title of spaces are both still to be filled in. */
export const FILLED_PATTERN = /\S/;
const filled = z.string().regex(FILLED_PATTERN);
/** Free text (a title, a name, a file's path): a `#` in it is a character the applicant may mean. */
export function isFreeText(schema: object): boolean {
  return schema === filled;
}
/** An id or a code written by hand (the guide's id, an SME number): filled the same way, but never free text. */
const code = z.string().regex(FILLED_PATTERN);
const amount = z.number().nonnegative();

function targetsShape(g: Guideline, o: ShapeOptions) {
  const shape: Record<string, z.ZodType> = {};
  for (const t of g.file.vocabulary.targets) {
    shape[t.id] =
      t.type === 'bool'
        ? flag(o)
        : t.type === 'ratio'
          ? z.number().min(0).max(1)
          : t.type === 'year'
            ? year
            : t.type === 'count'
              ? z.number().int().nonnegative()
              : amount;
  }
  return shape;
}

function declarationKeys(g: Guideline): string[] {
  const keys = new Set<string>();
  for (const d of g.file.vocabulary.declarations ?? []) keys.add(d.id);
  for (const line of g.lines) for (const r of line.rules) if (r.rule === 'declaration') keys.add(r.params.key);
  return [...keys];
}

/**
 * Built from the guideline, so next year's vocabulary needs no code change. Strict at
 * every level: a misspelled key is an error, never silently dropped.
 */
export function buildApplicationShape(g: Guideline, o: ShapeOptions = {}) {
  const platform = z.strictObject({
    kind: vocabEnum(g, o, 'platformKinds'),
    level: vocabEnum(g, o, 'platformLevels'),
    name: filled.optional(),
  });
  const partner = z.strictObject({
    name: filled,
    type: vocabEnum(g, o, 'applicantTypes'),
    country: z.string().regex(COUNTRY_PATTERN, 'ISO 3166').optional(),
  });
  const attachment = z.strictObject({
    kind: vocabEnum(g, o, 'attachmentKinds'),
    file: filled,
    by: vocabEnum(g, o, 'recommenders').optional(),
    partner: filled.optional(),
    name: filled.optional(),
  });
  return {
    format: z.literal(FORMAT_V1).optional(),
    guideline: code.optional(),
    project: z.number().int().positive(),
    direction: z.number().int().positive().optional(),
    tier: vocabEnum(g, o, 'tiers').optional(),
    title: filled,
    fields: z.array(vocabEnum(g, o, 'fields')).min(1),
    period: z.strictObject({ start: year, end: year }),
    // Unstated is 0, as the format says; `check` fills it in with the other defaults of
    // an application, so that no transform stands between the schema's input and output.
    funding: z.strictObject({ requested: z.number().positive(), matching: amount.optional().meta({ default: 0 }) }),
    applicant: z.strictObject({
      name: filled,
      type: vocabEnum(g, o, 'applicantTypes'),
      inGuilin: flag(o),
      creditCode: z.string().optional(),
      highTech: z.enum(['valid', 'reserve', 'none']).optional(),
      smeNumber: code.optional(),
      centralOrRegional: flag(o).optional(),
      platforms: z.array(platform).optional(),
    }),
    partners: z.array(partner).optional(),
    leader: z.strictObject({ name: filled }).optional(),
    talent: z
      .strictObject({
        route: vocabEnum(g, o, 'talentRoutes'),
        name: filled.optional(),
        isLeader: flag(o).optional(),
        introducedOn: date.optional(),
        category: z.number().int().optional(),
        serviceRatio: z.number().min(0).max(1).optional(),
      })
      .optional(),
    commissioner: z.strictObject({ name: filled, dispatchedByApplicant: flag(o), mainImplementer: flag(o) }).optional(),
    drug: z.strictObject({ stage: vocabEnum(g, o, 'drugStages') }).optional(),
    ecoIndustry: flag(o).optional(),
    targets: z.strictObject(targetsShape(g, o)).partial().optional(),
    declarations: z
      .strictObject(Object.fromEntries(declarationKeys(g).map((k) => [k, flag(o)])))
      .partial()
      .optional(),
    attachments: z.array(attachment).optional(),
  };
}

export function applicationSchema(g: Guideline, opts: ShapeOptions = {}) {
  return z.strictObject(buildApplicationShape(g, opts));
}

/** A profile: the same keys, every one optional (what an applicant knows of itself). */
export function profileSchema(g: Guideline, opts: ShapeOptions = {}) {
  const shape = buildApplicationShape(g, opts);
  return z.strictObject({
    ...Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, (v as z.ZodType).optional()])),
    period: shape.period.partial().optional(),
    funding: z.strictObject({ requested: z.number().positive(), matching: amount }).partial().optional(),
    applicant: shape.applicant.partial().optional(),
    talent: shape.talent.unwrap().partial().optional(),
    commissioner: shape.commissioner.unwrap().partial().optional(),
    leader: shape.leader.unwrap().partial().optional(),
  });
}

export type Application = z.output<ReturnType<typeof applicationSchema>>;
/** What the rules see: an application, or a profile where anything may be missing. */
export type Facts = {
  [K in keyof Application]?: Application[K] extends object | undefined
    ? Application[K] extends unknown[] | undefined
      ? Application[K]
      : Partial<NonNullable<Application[K]>>
    : Application[K];
};
