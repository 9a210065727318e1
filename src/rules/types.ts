import type { Facts } from '../application/schema.js';
import type { Guideline, Line } from '../guideline/model.js';
import type { Basis, Requirement, RuleKind, Severity, Tier } from '../guideline/schema.js';
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
  /** What stands at an attachment's path; absent when there is no folder to look in (a profile, stdin). */
  probeFile?: ((relative: string) => FileState) | undefined;
  /** A file of the same folder whose name is near a missing one's; never looks outside the application's folder. */
  nearFile?: ((relative: string, taken: readonly string[]) => string | undefined) | undefined;
}

export interface Outcome {
  ok: Truth;
  /** Where in the application the fact lives (`funding.matching`). */
  path: string;
  /** One sentence: what is wrong (ok false/null) or what is met (ok true). */
  message: string;
  /** Overrides the kind's nature for this outcome (high-tech: status vs. paperwork). */
  who?: boolean;
  severity?: Severity;
  /** Overrides the requirement's basis for this outcome (5-1: a platform its content suggests). */
  basis?: Basis;
}

/**
 * What an attachment path leads to. `outside`: it leaves the application's folder,
 * and nothing there is looked at; `not-file`: a folder, a device, a FIFO.
 */
export type FileState = 'ok' | 'missing' | 'empty' | 'not-file' | 'outside';

export type RequirementOf<K extends RuleKind> = Extract<Requirement, { rule: K }>;

/** A kind of rule, named by its key in the registry (registry.ts). */
export interface RuleKindDef<K extends RuleKind> {
  /**
   * `who`: a fact about who the applicant is; a broken one makes a line ineligible.
   * `arrangeable`: something the applicant can still arrange; it becomes a to-do.
   */
  nature: 'who' | 'arrangeable' | 'bonus';
  check: (ctx: RuleContext, req: RequirementOf<K>) => Outcome[];
}
