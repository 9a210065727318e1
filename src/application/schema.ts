import { z } from 'zod';
import type { Guideline, VocabularyName } from '../guideline/model.js';

export const FORMAT_V1 = 'guilin-grants/application@1';

export interface ShapeOptions {
  /**
   * Whether a Chinese label is taken for its id (the default). Without labels the
   * schema's output is its input, which is what lets `check` accept a file with a
   * validator compiled from it and skip zod (see fast-accept.ts).
   */
  labels?: boolean;
}

/**
 * An enumeration of the guideline's vocabulary that also accepts the Chinese label
 * (`type: 企业`) and hands on the id: applicants write what they read in the guide.
 */
function vocabEnum(g: Guideline, opts: ShapeOptions, name: VocabularyName) {
  const entries = g.file.vocabulary[name] as { id: string; zh: string }[];
  if (opts.labels === false) return z.enum(entries.map((e) => e.id) as [string, ...string[]]);
  const byLabel = new Map(entries.map((e) => [e.zh, e.id]));
  const accepted = [...new Set([...entries.map((e) => e.id), ...entries.map((e) => e.zh)])] as [string, ...string[]];
  return z.enum(accepted).transform((v) => byLabel.get(v) ?? v);
}

const year = z.number().int().min(1900).max(2100);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const amount = z.number().nonnegative();

function targetsShape(g: Guideline) {
  const shape: Record<string, z.ZodType> = {};
  for (const t of g.file.vocabulary.targets) {
    shape[t.id] =
      t.type === 'bool'
        ? z.boolean()
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
    name: z.string().min(1).optional(),
  });
  const partner = z.strictObject({
    name: z.string().min(1),
    type: vocabEnum(g, o, 'applicantTypes'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'ISO 3166 country code, e.g. CN')
      .optional(),
  });
  const attachment = z.strictObject({
    kind: vocabEnum(g, o, 'attachmentKinds'),
    file: z.string().min(1),
    by: vocabEnum(g, o, 'recommenders').optional(),
    partner: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
  });
  return {
    format: z.literal(FORMAT_V1).optional(),
    guideline: z.string().min(1).optional(),
    project: z.number().int().positive(),
    direction: z.number().int().positive().optional(),
    tier: vocabEnum(g, o, 'tiers').optional(),
    title: z.string().min(1),
    fields: z.array(vocabEnum(g, o, 'fields')).min(1),
    period: z.strictObject({ start: year, end: year }),
    // Unstated is 0, as the format says; `check` fills it in with the other defaults of
    // an application, so that no transform stands between the schema's input and output.
    funding: z.strictObject({ requested: z.number().positive(), matching: amount.optional().meta({ default: 0 }) }),
    applicant: z.strictObject({
      name: z.string().min(1),
      type: vocabEnum(g, o, 'applicantTypes'),
      inGuilin: z.boolean(),
      creditCode: z.string().optional(),
      highTech: z.enum(['valid', 'reserve', 'none']).optional(),
      smeNumber: z.string().min(1).optional(),
      centralOrRegional: z.boolean().optional(),
      platforms: z.array(platform).optional(),
    }),
    partners: z.array(partner).optional(),
    leader: z.strictObject({ name: z.string().min(1) }).optional(),
    talent: z
      .strictObject({
        route: vocabEnum(g, o, 'talentRoutes'),
        name: z.string().min(1).optional(),
        isLeader: z.boolean().optional(),
        introducedOn: date.optional(),
        category: z.number().int().optional(),
        serviceRatio: z.number().min(0).max(1).optional(),
      })
      .optional(),
    commissioner: z
      .strictObject({ name: z.string().min(1), dispatchedByApplicant: z.boolean(), mainImplementer: z.boolean() })
      .optional(),
    drug: z.strictObject({ stage: vocabEnum(g, o, 'drugStages') }).optional(),
    ecoIndustry: z.boolean().optional(),
    targets: z.strictObject(targetsShape(g)).partial().optional(),
    declarations: z
      .strictObject(Object.fromEntries(declarationKeys(g).map((k) => [k, z.boolean()])))
      .partial()
      .optional(),
    attachments: z.array(attachment).optional(),
  };
}

export function applicationSchema(g: Guideline, opts: ShapeOptions = {}) {
  return z.strictObject(buildApplicationShape(g, opts));
}

/** A profile: the same keys, every one optional (what an applicant knows of itself). */
export function profileSchema(g: Guideline) {
  const shape = buildApplicationShape(g);
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
