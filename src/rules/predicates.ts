import type { Facts } from '../application/schema.js';
import type { Guideline } from '../guideline/model.js';
import type { PlatformSpec, Predicate } from '../guideline/schema.js';
import { msg, type Lang } from '../i18n/index.js';
import { ruleMessages } from '../i18n/messages/rules.js';
import type { Truth } from './types.js';

/** Kleene AND: false wins, then unknown. */
function and(values: Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

/** Kleene OR: true wins, then unknown. */
export function or(values: Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes(null) ? null : false;
}

function not(value: Truth): Truth {
  return value === null ? null : !value;
}

type Platform = { kind: string; level: string; name?: string | undefined };

export function platformMatches(g: Guideline, p: Platform, spec: PlatformSpec): boolean {
  if (!spec.kinds.includes(p.kind)) return false;
  if (spec.levels && !spec.levels.includes(p.level)) return false;
  if (spec.minLevel && g.levelRank(p.level) < g.levelRank(spec.minLevel)) return false;
  return true;
}

function holdsPlatform(g: Guideline, facts: Facts, spec: PlatformSpec): Truth {
  const platforms = facts.applicant?.platforms as Platform[] | undefined;
  if (platforms === undefined) return null;
  return platforms.some((p) => platformMatches(g, p, spec));
}

function inList(value: unknown, list: readonly string[]): Truth {
  return value === undefined || value === null ? null : list.includes(String(value));
}

/** Every key the predicate names must hold; an unstated fact leaves it unknown. */
export function evaluatePredicate(g: Guideline, facts: Facts, p: Predicate): Truth {
  const parts: Truth[] = [];
  if (p.leadType) parts.push(inList(facts.applicant?.type, p.leadType));
  if (p.partnerType) {
    const partners = facts.partners as { type: string }[] | undefined;
    parts.push(partners === undefined ? null : partners.some((x) => p.partnerType!.includes(x.type)));
  }
  if (p.platform) parts.push(holdsPlatform(g, facts, p.platform));
  if (p.noPlatform) parts.push(not(holdsPlatform(g, facts, p.noPlatform)));
  if (p.talentRoute) parts.push(inList(facts.talent?.route, p.talentRoute));
  if (p.drugStage) parts.push(inList(facts.drug?.stage, p.drugStage));
  if (p.flag) {
    const v = (facts as Record<string, unknown>)[p.flag];
    parts.push(typeof v === 'boolean' ? v : null);
  }
  return and(parts);
}

export function describePlatform(g: Guideline, spec: PlatformSpec, lang: Lang): string {
  const m = msg(ruleMessages, lang);
  const kinds = m.or(spec.kinds.map((k) => g.label('platformKinds', k, lang)));
  const levels = spec.levels
    ? m.or(spec.levels.map((l) => g.label('platformLevels', l, lang)))
    : spec.minLevel
      ? m.levelAtLeast(g.label('platformLevels', spec.minLevel, lang))
      : '';
  return levels ? m.platformSpec(kinds, levels) : kinds;
}

export function describePredicate(g: Guideline, p: Predicate, lang: Lang): string {
  const m = msg(ruleMessages, lang);
  const labels = (name: Parameters<Guideline['label']>[0], ids: string[]) =>
    m.or(ids.map((id) => g.label(name, id, lang)));
  const parts: string[] = [];
  if (p.leadType) parts.push(m.predLeadType(labels('applicantTypes', p.leadType)));
  if (p.partnerType) parts.push(m.predPartnerType(labels('applicantTypes', p.partnerType)));
  if (p.platform) parts.push(m.predPlatform(describePlatform(g, p.platform, lang)));
  if (p.noPlatform) parts.push(m.predNoPlatform(describePlatform(g, p.noPlatform, lang)));
  if (p.talentRoute) parts.push(m.predTalentRoute(labels('talentRoutes', p.talentRoute)));
  if (p.drugStage) parts.push(m.predDrugStage(labels('drugStages', p.drugStage)));
  if (p.flag) parts.push(m.predFlag(p.flag));
  return m.and(parts);
}

/**
 * Alternatives in words, what they all ask said once before them: 第一申报单位为企业，且持有
 * 院士工作站或人才途径为可持续发展智库专家, where each alternative said in full repeated
 * the enterprise and ran the two together.
 */
export function describeAnyOf(g: Guideline, anyOf: Predicate[], lang: Lang): string {
  const m = msg(ruleMessages, lang);
  const first = anyOf[0];
  const same = (k: keyof Predicate) => anyOf.every((p) => JSON.stringify(p[k]) === JSON.stringify(first?.[k]));
  const shared = anyOf.length > 1 && first ? (Object.keys(first) as (keyof Predicate)[]).filter(same) : [];
  const rest = anyOf.map((p) =>
    Object.fromEntries(Object.entries(p).filter(([k]) => !shared.includes(k as keyof Predicate))),
  ) as Predicate[];
  if (!shared.length || rest.some((p) => Object.keys(p).length === 0))
    return m.or(anyOf.map((p) => describePredicate(g, p, lang)));
  const common = Object.fromEntries(shared.map((k) => [k, first![k]])) as Predicate;
  return m.and([describePredicate(g, common, lang), m.or(rest.map((p) => describePredicate(g, p, lang)))]);
}
