import { clauseOf } from '../guideline/model.js';
import type { Requirement } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { pick } from '../i18n/lang.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { describePredicate } from '../rules/predicates.js';
import type { ScaffoldInput } from './scaffold-input.js';

interface RequirementText {
  /** 要求 / 内容所指 / 鼓励 / 优先支持 / 工具校验: what the requirement rests on, in the guide's word. */
  tag: string;
  text: string;
  /** The guide's words; null for the tool's own check, which names its reference instead. */
  clause: string | null;
  reference: string | null;
  /** When the requirement applies only in some cases: which. */
  when: string | null;
}

export function requirementText(input: ScaffoldInput, r: Requirement): RequirementText {
  const m = msg(scaffoldMessages, input.lang);
  return {
    tag: m.tag[tagOf(r)],
    text: r.text ? pick(r.text, input.lang) : (clauseOf(input.line, r) ?? r.rule),
    clause: clauseOf(input.line, r),
    reference: r.reference ?? null,
    when: r.when ? describePredicate(input.g, r.when, input.lang) : null,
  };
}

/** The word of a rule's basis; a 优先支持 and a 鼓励 each as the guide words it. */
function tagOf(r: Requirement): 'requirement' | 'content' | 'priority' | 'encouraged' | 'convention' {
  if (r.basis !== 'encouraged') return r.basis;
  if (r.rule === 'priority') return r.params.word ?? 'priority';
  return r.clause?.includes('优先') ? 'priority' : 'encouraged';
}

/** Where a requirement comes from: the guide's words, or for the tool's own check, what it rests on. */
export function quoteLine(input: ScaffoldInput, t: RequirementText): string {
  const m = msg(scaffoldMessages, input.lang);
  return t.clause === null ? m.conventionLine(t.reference) : m.clauseLine(t.clause);
}

/** The comment lines (without `# `) that put a requirement next to the key it is about. */
export function requirementLines(input: ScaffoldInput, r: Requirement, opts: { when?: boolean } = {}): string[] {
  const m = msg(scaffoldMessages, input.lang);
  const t = requirementText(input, r);
  return [
    m.requirementLine(t.tag, t.text),
    quoteLine(input, t),
    ...(t.when && opts.when !== false ? [m.whenLine(t.when)] : []),
  ];
}
