import type { Facts } from '../application/schema.js';
import type { Guideline, Line } from '../guideline/model.js';
import type { Requirement, RuleKind, Severity, Tier } from '../guideline/schema.js';
import type { Lang } from '../i18n/lang.js';

/** Three values: met, broken, or not known from what was stated. */
export type Truth = boolean | null;

export interface RuleContext {
  guideline: Guideline;
  line: Line;
  facts: Facts;
  /** The tier the application names (or the only one), if it can be told. */
  tier: Tier | undefined;
  lang: Lang;
  /** Whether an attachment file exists; null when there is no folder to look in. */
  fileExists: (relative: string) => boolean | null;
}

export interface Outcome {
  ok: Truth;
  /** Where in the application the fact lives (`funding.matching`). */
  path: string;
  /** One sentence: what is wrong (ok false/null) or what is met (ok true). */
  message: string;
  /** For things an applicant can arrange: what it would take, with the numbers. */
  todo?: string;
  /** Overrides the kind's nature for this outcome (high-tech: status vs. paperwork). */
  who?: boolean;
  severity?: Severity;
}

export type RequirementOf<K extends RuleKind> = Extract<Requirement, { rule: K }>;

export interface RuleKindDef<K extends RuleKind> {
  rule: K;
  /**
   * `who`: a fact about who the applicant is; a broken one makes a line ineligible.
   * `arrangeable`: something the applicant can still arrange; it becomes a to-do.
   */
  nature: 'who' | 'arrangeable' | 'bonus';
  check: (ctx: RuleContext, req: RequirementOf<K>) => Outcome[];
}
