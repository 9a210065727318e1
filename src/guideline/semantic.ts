import { msg, type Lang } from '../i18n/index.js';
import { guidelineMessages } from '../i18n/messages/guideline.js';
import type { PathSegment } from '../yaml/problem.js';
import { allowedSeverities } from './severity.js';
import { closest } from '../util/closest.js';
import { lineCode, type VocabularyName } from './model.js';
import type { GuidelineFile, PlatformSpec, Predicate, Requirement } from './schema.js';

interface GuidelineProblem {
  path: PathSegment[];
  message: string;
}

/**
 * The checks a schema cannot express: codes unique and consistent, tiers and periods
 * ordered, and every value that names a vocabulary entry naming a defined one.
 */
export function checkGuidelineSemantics(g: GuidelineFile, lang: Lang): GuidelineProblem[] {
  const m = msg(guidelineMessages, lang);
  const out: GuidelineProblem[] = [];
  const vocab = Object.fromEntries(
    Object.entries(g.vocabulary).map(([name, entries]) => [name, new Set((entries ?? []).map((e) => e.id))]),
  ) as Record<VocabularyName, Set<string>>;
  // A value not in its vocabulary is most often a typo of one that is (`enterprize`).
  const undefinedValue = (v: string, name: VocabularyName) => {
    const near = closest(v, [...vocab[name]]);
    return `${m.undefinedValue(v, name)}${near ? m.didYouMean(near) : ''}`;
  };
  const need = (path: PathSegment[], name: VocabularyName, values: readonly string[] | undefined) => {
    values?.forEach((v, i) => {
      if (!vocab[name].has(v)) out.push({ path: [...path, i], message: undefinedValue(v, name) });
    });
  };
  const one = (path: PathSegment[], name: VocabularyName, v: string | null | undefined) => {
    if (v != null && !vocab[name].has(v)) out.push({ path, message: undefinedValue(v, name) });
  };

  const checkPlatform = (path: PathSegment[], p: PlatformSpec) => {
    need([...path, 'kinds'], 'platformKinds', p.kinds);
    one([...path, 'minLevel'], 'platformLevels', p.minLevel);
    need([...path, 'levels'], 'platformLevels', p.levels);
  };
  const checkPredicate = (path: PathSegment[], p: Predicate | undefined) => {
    if (!p) return;
    need([...path, 'leadType'], 'applicantTypes', p.leadType);
    need([...path, 'partnerType'], 'applicantTypes', p.partnerType);
    if (p.platform) checkPlatform([...path, 'platform'], p.platform);
    if (p.noPlatform) checkPlatform([...path, 'noPlatform'], p.noPlatform);
    need([...path, 'talentRoute'], 'talentRoutes', p.talentRoute);
    need([...path, 'drugStage'], 'drugStages', p.drugStage);
  };
  const checkRequirement = (path: PathSegment[], r: Requirement) => {
    checkPredicate([...path, 'when'], r.when);
    const allowed = allowedSeverities(r);
    if (r.severity && !allowed.includes(r.severity))
      out.push({ path: [...path, 'severity'], message: m.severityBasis(r.severity, r.basis, allowed.join(' / ')) });
    if (r.basis !== 'convention' && r.clause === null)
      out.push({ path: [...path, 'clause'], message: m.clauseNeeded(r.basis) });
    const params = [...path, 'params'];
    switch (r.rule) {
      case 'lead-type':
        need([...params, 'types'], 'applicantTypes', r.params.types);
        break;
      case 'target':
        r.params.all?.forEach((c, i) => one([...params, 'all', i, 'target'], 'targets', c.target));
        r.params.anyOf?.forEach((c, i) => one([...params, 'anyOf', i, 'target'], 'targets', c.target));
        break;
      case 'platform':
        r.params.anyOf.forEach((p, i) => checkPlatform([...params, 'anyOf', i], p));
        break;
      case 'attachment':
        one([...params, 'kind'], 'attachmentKinds', r.params.kind);
        one([...params, 'by'], 'recommenders', r.params.by);
        break;
      case 'partners':
        need([...params, 'types'], 'applicantTypes', r.params.types);
        break;
      case 'field':
        need([...params, 'anyOf'], 'fields', r.params.anyOf);
        break;
      case 'priority':
        r.params.anyOf.forEach((p, i) => checkPredicate([...params, 'anyOf', i], p));
        break;
    }
  };

  g.common.forEach((r, i) => checkRequirement(['common', i], r));
  const codes = new Set<string>();
  const projects = new Set<number>();
  g.sections.forEach((section, si) => {
    section.projects.forEach((project, pi) => {
      const pPath: PathSegment[] = ['sections', si, 'projects', pi];
      if (projects.has(project.number))
        out.push({ path: [...pPath, 'number'], message: m.duplicateProject(project.number) });
      projects.add(project.number);
      project.lines.forEach((line, li) => {
        const lPath: PathSegment[] = [...pPath, 'lines', li];
        if (codes.has(line.code)) out.push({ path: [...lPath, 'code'], message: m.duplicateCode(line.code) });
        codes.add(line.code);
        const expected = lineCode(project.number, line.direction);
        if (expected !== line.code)
          out.push({ path: [...lPath, 'code'], message: m.codeMismatch(line.code, expected) });
        if (line.period.start > line.period.end)
          out.push({ path: [...lPath, 'period'], message: m.periodOrder(line.period.start, line.period.end) });
        need([...lPath, 'fields'], 'fields', line.fields);
        one([...lPath, 'office'], 'offices', line.office);
        const tierNames = new Set<string | null>();
        line.tiers.forEach((tier, ti) => {
          const tPath: PathSegment[] = [...lPath, 'tiers', ti];
          if (tier.min !== null && tier.min > tier.max)
            out.push({ path: [...tPath, 'min'], message: m.tierMinMax(tier.min, tier.max) });
          if ((line.tiers.length === 1) !== (tier.tier === null))
            out.push({ path: [...tPath, 'tier'], message: m.tierNull });
          if (tierNames.has(tier.tier)) out.push({ path: [...tPath, 'tier'], message: m.tierNamed });
          tierNames.add(tier.tier);
          one([...tPath, 'tier'], 'tiers', tier.tier);
          one([...tPath, 'method'], 'fundingMethods', tier.method);
        });
        line.requirements.forEach((r, ri) => checkRequirement([...lPath, 'requirements', ri], r));
      });
    });
  });
  return out;
}
