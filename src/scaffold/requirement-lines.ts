import type { Requirement } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { pick } from '../i18n/lang.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { DEFAULT_SEVERITY } from '../rules/default-severity.js';
import { describePredicate } from '../rules/predicates.js';
import type { ScaffoldInput } from './scaffold-input.js';

export interface RequirementText {
  /** 要求 / 建议 / 提示, by the requirement's weight. */
  tag: string;
  text: string;
  clause: string;
  /** When the requirement applies only in some cases: which. */
  when: string | null;
}

export function requirementText(input: ScaffoldInput, r: Requirement): RequirementText {
  const m = msg(scaffoldMessages, input.lang);
  return {
    tag: m.tag[r.severity ?? DEFAULT_SEVERITY[r.rule]],
    text: r.text ? pick(r.text, input.lang) : r.clause,
    clause: r.clause,
    when: r.when ? describePredicate(input.g, r.when, input.lang) : null,
  };
}

/** The comment lines (without `# `) that put a requirement next to the key it is about. */
export function requirementLines(input: ScaffoldInput, r: Requirement, opts: { when?: boolean } = {}): string[] {
  const m = msg(scaffoldMessages, input.lang);
  const t = requirementText(input, r);
  return [
    m.requirementLine(t.tag, t.text),
    m.clauseLine(t.clause),
    ...(t.when && opts.when !== false ? [m.whenLine(t.when)] : []),
  ];
}
