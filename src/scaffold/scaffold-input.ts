import type { Facts } from '../application/schema.js';
import type { Guideline, Line, VocabularyName } from '../guideline/model.js';
import type { Requirement, Tier } from '../guideline/schema.js';
import { msg, type Lang } from '../i18n/index.js';
import { pick } from '../i18n/lang.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { typeToPick } from '../guideline/type-to-pick.js';

/** Everything a scaffold is made from: the line, its tier, what the applicant stated. */
export interface ScaffoldInput {
  g: Guideline;
  line: Line;
  tier: Tier;
  /** What the applicant stated (a profile); `{}` when nothing. */
  profile: Facts;
  lang: Lang;
}

export function rulesOf<K extends Requirement['rule']>(
  input: ScaffoldInput,
  kind: K,
): Extract<Requirement, { rule: K }>[] {
  return input.line.rules.filter((r): r is Extract<Requirement, { rule: K }> => r.rule === kind);
}

/** `项目5 课题方向2 广西重点实验室培育（重大项目）`: how the documents name the line. */
export function lineName(input: ScaffoldInput): string {
  const m = msg(scaffoldMessages, input.lang);
  const { g, line, tier, lang } = input;
  return m.lineName(
    line.project,
    line.direction,
    line.directionLabel?.zh,
    pick(line.title, lang),
    tier.tier ? g.label('tiers', tier.tier, lang) : null,
  );
}

/** `enterprise（企业）、university（高校）`: ids to write, with what they mean. */
export function options(input: ScaffoldInput, vocabulary: VocabularyName, ids?: readonly string[]): string {
  const m = msg(scaffoldMessages, input.lang);
  const all = (input.g.file.vocabulary[vocabulary] as { id: string }[]).map((e) => e.id);
  const label = (id: string) =>
    vocabulary === 'applicantTypes' ? typeToPick(input.g, id, input.lang) : input.g.label(vocabulary, id, input.lang);
  return m.list((ids ?? all).map((id) => m.option(id, label(id))));
}

export function amountRange(input: ScaffoldInput): string {
  const m = msg(scaffoldMessages, input.lang);
  const { g, tier, lang } = input;
  return m.amountRange(tier.min, tier.max, tier.tier ? g.label('tiers', tier.tier, lang) : null);
}

/** Outcomes the guide writes per tier (`重大项目应…`) are kept only for the chosen tier. */
export function outcomesOf(input: ScaffoldInput): string[] {
  const { g, line, tier } = input;
  const others = line.tiers.filter((t) => t.tier && t.tier !== tier.tier).map((t) => g.label('tiers', t.tier!, 'zh'));
  return (line.outcomes ?? []).filter((o) => !others.some((label) => o.startsWith(label)));
}
