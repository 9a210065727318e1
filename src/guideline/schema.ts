import { z } from 'zod';

/**
 * The guideline file format. It is the contract between whoever encodes a year's
 * guide and the program: everything the tool knows about projects, money and
 * requirements comes from a file of this shape, never from code.
 */

const text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).optional() });
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower_snake_case id');
const label = z.strictObject({ id, zh: z.string().min(1), en: z.string().min(1) });

export const severity = z.enum(['error', 'warning', 'info']);

/**
 * How binding a rule is (application-format.md, Rules): a sentence of the line's
 * 申报要求 or its own facts; what its content addresses; a 优先支持/鼓励; or no
 * sentence of the guide at all (a national standard, the tool's own sanity check).
 */
export const basis = z.enum(['requirement', 'content', 'encouraged', 'convention']);

const platformSpec = z.strictObject({
  kinds: z.array(id).min(1),
  /** Lowest accepted level: the level and every level ranked above it. */
  minLevel: id.optional(),
  /** Exactly these levels (where the guide names them, e.g. "国家/部委"). */
  levels: z.array(id).min(1).optional(),
});

/** A statement about the applicant, used in `when`, priorities and conditions. */
const predicate = z.strictObject({
  leadType: z.array(id).min(1).optional(),
  partnerType: z.array(id).min(1).optional(),
  platform: platformSpec.optional(),
  noPlatform: platformSpec.optional(),
  talentRoute: z.array(id).min(1).optional(),
  drugStage: z.array(id).min(1).optional(),
  /** A boolean flag of the application that must be true (e.g. `ecoIndustry`). */
  flag: z.string().min(1).optional(),
});

/** Target ids are the application's `targets` keys, camelCase as the format spells them. */
const targetId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'camelCase id');

const targetCondition = z.strictObject({
  target: targetId,
  min: z.number().optional(),
  max: z.number().optional(),
  equals: z.union([z.boolean(), z.number()]).optional(),
  /** The value only has to be stated (the guide asks for the figure, not a threshold). */
  stated: z.literal(true).optional(),
  /** value ≤ period.start + N: "计划在N年内…". */
  withinYearsOfStart: z.number().int().nonnegative().optional(),
});

const base = {
  basis,
  /** Default: what the basis weighs (`severityOf`); a contradicting one is refused. */
  severity: severity.optional(),
  /** The guide's whole sentence; null only for a `convention`, which quotes nothing. */
  clause: z.string().min(1).nullable(),
  /** What a `convention` rests on instead (`GB 32100-2015`). */
  reference: z.string().min(1).optional(),
  text: text.optional(),
  when: predicate.optional(),
};

const empty = z.strictObject({}).optional();

const requirementSchema = z.discriminatedUnion(
  'rule',
  [
    z.strictObject({ ...base, rule: z.literal('in-guilin'), params: empty }),
    z.strictObject({ ...base, rule: z.literal('period'), params: empty }),
    z.strictObject({ ...base, rule: z.literal('funding-range'), params: empty }),
    z.strictObject({ ...base, rule: z.literal('credit-code'), params: empty }),
    /** Every listed attachment's file: there, not empty, a regular file inside the application's folder. */
    z.strictObject({ ...base, rule: z.literal('attachment-file'), params: empty }),
    z.strictObject({ ...base, rule: z.literal('lead-type'), params: z.strictObject({ types: z.array(id).min(1) }) }),
    z.strictObject({
      ...base,
      rule: z.literal('matching-ratio'),
      params: z.strictObject({ ratio: z.number().positive() }),
    }),
    z.strictObject({
      ...base,
      rule: z.literal('target'),
      params: z
        .strictObject({
          all: z.array(targetCondition).min(1).optional(),
          anyOf: z.array(targetCondition).min(2).optional(),
        })
        .refine((p) => p.all || p.anyOf, 'a target rule needs `all` or `anyOf`'),
    }),
    z.strictObject({
      ...base,
      rule: z.literal('platform'),
      params: z.strictObject({
        anyOf: z.array(platformSpec).min(1),
        /** Platforms the content suggests but the requirement does not name: a warning to confirm. */
        confirm: z.array(platformSpec).min(1).optional(),
      }),
    }),
    z.strictObject({
      ...base,
      rule: z.literal('attachment'),
      params: z.strictObject({
        kind: id,
        by: id.optional(),
        /** Other recommenders still accepted (an earlier reading of the guide). */
        alsoBy: z.array(id).min(1).optional(),
        /** One attachment per partner, or per partner outside China. */
        per: z.enum(['partner', 'foreign_partner']).optional(),
      }),
    }),
    z.strictObject({
      ...base,
      rule: z.literal('partners'),
      params: z.strictObject({
        min: z.number().int().nonnegative().optional(),
        max: z.number().int().nonnegative().optional(),
        types: z.array(id).min(1).optional(),
      }),
    }),
    z.strictObject({
      ...base,
      rule: z.literal('talent'),
      params: z.strictObject({
        introducedSince: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        categories: z.strictObject({ min: z.number().int(), max: z.number().int() }),
        centralOrRegionalCategories: z.strictObject({ min: z.number().int(), max: z.number().int() }),
        /** Where the categories are set out (市办发〔2017〕6号第四条): named when the category is asked. */
        categoriesIn: text.optional(),
        minServiceRatio: z.number().min(0).max(1),
      }),
    }),
    z.strictObject({
      ...base,
      rule: z.literal('high-tech'),
      params: z.strictObject({
        statuses: z.array(z.enum(['valid', 'reserve'])).min(1),
        reserveApplicationYears: z.array(z.number().int()).min(1),
        validWithoutSmeNumber: severity,
      }),
    }),
    z.strictObject({ ...base, rule: z.literal('field'), params: z.strictObject({ anyOf: z.array(id).min(1) }) }),
    z.strictObject({
      ...base,
      rule: z.literal('commissioner'),
      params: z.strictObject({ require: z.array(z.enum(['dispatchedByApplicant', 'mainImplementer'])).min(1) }),
    }),
    z.strictObject({ ...base, rule: z.literal('declaration'), params: z.strictObject({ key: z.string().min(1) }) }),
    z.strictObject({
      ...base,
      rule: z.literal('priority'),
      params: z.strictObject({
        anyOf: z.array(predicate).min(1),
        /** The guide's word: 优先支持 (`priority`, the default) or 鼓励 (`encouraged`). */
        word: z.enum(['priority', 'encouraged']).optional(),
      }),
    }),
    /** Reminders: always shown, as info, on the line's applications; nothing is demanded. */
    z.strictObject({ ...base, rule: z.literal('no-duplicate-subsidy'), params: empty }),
    z.strictObject({ ...base, rule: z.literal('ethics'), params: empty }),
    /** A requirement no rule can check; shown and quoted, never evaluated. */
    z.strictObject({ ...base, rule: z.literal('note'), params: empty }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'unknown-rule' : undefined) },
);

const tierSchema = z.strictObject({
  tier: id.nullable(),
  min: z.number().nonnegative().nullable(),
  max: z.number().positive(),
  method: id,
});

const lineSchema = z.strictObject({
  code: z.string().regex(/^\d+(-\d+)?$/),
  direction: z.number().int().positive().nullable(),
  title: text,
  /** 研究内容 or 支持方向: the guide uses both headings. */
  contentLabel: text,
  /**
   * The word the guide heads this direction with where it is not 课题方向 (15-2 and 15-3
   * are 支持方向2/3); English says direction for both.
   */
  directionLabel: text.optional(),
  content: text,
  fields: z.array(id).min(1),
  period: z.strictObject({ start: z.number().int(), end: z.number().int() }),
  maxAwards: z.number().int().positive(),
  awardsClause: z.string().min(1),
  /** The guide's 实施年限 value (`2019-2021年`): the `period` rule quotes it. */
  periodClause: z.string().min(1),
  fundingClause: z.string().min(1),
  methodClause: z.string().min(1),
  tiers: z.array(tierSchema).min(1),
  office: id,
  /** What the guide asks of the outcomes (考核指标), used by the proposal outline. */
  outcomes: z.array(z.string().min(1)).optional(),
  requirements: z.array(requirementSchema),
});

const projectSchema = z.strictObject({
  number: z.number().int().positive(),
  title: text,
  lines: z.array(lineSchema).min(1),
});

const sectionSchema = z.strictObject({
  id: z.string().min(1),
  numeral: z.string().nullable(),
  title: text,
  intro: text,
  projects: z.array(projectSchema).min(1),
});

const targetLabel = label.extend({
  id: targetId,
  type: z.enum(['count', 'bool', 'amount', 'ratio', 'year']),
  unit: z.strictObject({ zh: z.string(), en: z.string() }).optional(),
});

const vocabularySchema = z.strictObject({
  applicantTypes: z.array(label).min(1),
  platformKinds: z.array(label).min(1),
  platformLevels: z.array(label.extend({ rank: z.number().int() })).min(1),
  fields: z.array(label.extend({ highTech: z.boolean().optional() })).min(1),
  attachmentKinds: z.array(label).min(1),
  recommenders: z.array(label).min(1),
  tiers: z.array(label).min(1),
  fundingMethods: z.array(label).min(1),
  offices: z.array(label).min(1),
  targets: z.array(targetLabel).min(1),
  talentRoutes: z.array(label).min(1),
  drugStages: z.array(label).min(1),
  /**
   * Keys an application may state under `declarations` (camelCase, as the format spells
   * them), whether or not a rule demands them: line 12's is accepted, never demanded.
   */
  declarations: z.array(label.extend({ id: targetId })).optional(),
});

export const guidelineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  year: z.number().int(),
  title: text,
  /** Amounts in the file are in this unit. */
  unit: z.strictObject({ zh: z.string(), en: z.string() }),
  preamble: text,
  goal: text,
  vocabulary: vocabularySchema,
  /**
   * Requirements every line carries (in-guilin, period, funding range, credit code,
   * attachment files); a line's own requirement of the same rule replaces the common one.
   */
  common: z.array(requirementSchema),
  sections: z.array(sectionSchema).min(1),
});

export type GuidelineFile = z.infer<typeof guidelineSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type RuleKind = Requirement['rule'];
export type Predicate = z.infer<typeof predicate>;
export type PlatformSpec = z.infer<typeof platformSpec>;
export type TargetCondition = z.infer<typeof targetCondition>;
export type LineFile = z.infer<typeof lineSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Severity = z.infer<typeof severity>;
export type Basis = z.infer<typeof basis>;
