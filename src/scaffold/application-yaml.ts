import type { Requirement } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { pick } from '../i18n/lang.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { anchorOf, KEY_ANCHORS } from './anchor-of.js';
import { attachmentEntry } from '../rules/attachment-entry.js';
import { attachmentList } from './attachment-list.js';
import { asksCountry, partnerEntries, partnersAllowed } from './partner-entries.js';
import { fillTemplate, type Slots } from './render-template.js';
import { requirementLines, quoteLine, requirementText } from './requirement-lines.js';
import { amountRange, lineName, options, rulesOf, type ScaffoldInput } from './scaffold-input.js';
import { targetGroups } from './target-groups.js';
import { yamlValue } from '../yaml/yaml-value.js';

const comment = (lines: string[]) => lines.map((l) => `# ${l}`);

/** application.yaml for the line: every key its rules need, each beside the requirement it answers. */
export function applicationYaml(input: ScaffoldInput): string {
  const { g, line, tier, profile: p, lang } = input;
  const m = msg(scaffoldMessages, lang);
  const byAnchor = new Map<string, Requirement[]>();
  for (const r of line.rules) byAnchor.set(anchorOf(r), [...(byAnchor.get(anchorOf(r)) ?? []), r]);
  // Beside a flag, "applies when the flag is true" would only repeat the question.
  const commentsAt = (anchor: string, when = true) =>
    comment((byAnchor.get(anchor) ?? []).flatMap((r) => requirementLines(input, r, { when })));
  const talentRule = rulesOf(input, 'talent')[0];
  const central = talentRule?.params.centralOrRegionalCategories;
  // Only a requirement narrows the types offered; whom a line's content addresses (5-2, 8, 9, 13)
  // is said in the comment beside the key, and any type may still apply.
  const leadTypes = rulesOf(input, 'lead-type').find((r) => !r.when && r.basis === 'requirement')?.params.types;
  const flags = flagsOf(line.rules);

  const slots: Slots = {
    lineName: lineName(input),
    guidelineTitle: pick(g.file.title, lang),
    notes: (byAnchor.get('notes') ?? []).flatMap((r) => {
      const t = requirementText(input, r);
      return [`# - ${m.requirementLine(t.tag, t.text)}`, `#   ${quoteLine(input, t)}`];
    }),
    guideline: g.id,
    projectLabel: pick(line.projectTitle, lang),
    project: line.project,
    direction: line.direction ?? false,
    directionHeading: m.directionHeading(line.directionLabel?.zh),
    directionLabel: pick(line.title, lang),
    tier: tier.tier ?? false,
    tierLabel: tier.tier ? m.option(tier.tier, g.label('tiers', tier.tier, lang)) : '',
    title: yamlValue(p.title),
    fieldExample: line.fields[0]!,
    fieldOptions: options(input, 'fields', line.fields),
    fields: yamlValue(p.fields),
    periodYears: m.years(line.period.start, line.period.end),
    periodStart: p.period?.start ?? line.period.start,
    periodEnd: p.period?.end ?? line.period.end,
    fundingRange: amountRange(input),
    fundingMethod: g.label('fundingMethods', tier.method, lang),
    requested: yamlValue(p.funding?.requested),
    matching: yamlValue(p.funding?.matching),
    'applicant.name': yamlValue(p.applicant?.name),
    typeOptions: options(input, 'applicantTypes', leadTypes),
    // A value with one allowed choice is filled in: nothing is left to decide.
    'applicant.type': yamlValue(p.applicant?.type ?? (leadTypes?.length === 1 ? leadTypes[0] : undefined)),
    'applicant.inGuilin': yamlValue(p.applicant?.inGuilin),
    'applicant.creditCode': yamlValue(p.applicant?.creditCode),
    highTech: rulesOf(input, 'high-tech').length > 0,
    'applicant.highTech': yamlValue(p.applicant?.highTech),
    'applicant.smeNumber': yamlValue(p.applicant?.smeNumber),
    centralOrRegional: talentRule !== undefined,
    centralNote: central ? m.centralNote(central.min, central.max) : '',
    'applicant.centralOrRegional': yamlValue(p.applicant?.centralOrRegional),
    platforms: byAnchor.has('applicant.platforms'),
    platformKindOptions: options(input, 'platformKinds', platformKinds(input)),
    platformLevelOptions: options(input, 'platformLevels'),
    platformsBlock: platformsBlock(input),
    'leader.name': yamlValue(p.leader?.name),
    partnersBlock: partnersBlock(input),
    talent: talentRule !== undefined,
    talentRouteOptions: options(input, 'talentRoutes'),
    'talent.route': yamlValue(p.talent?.route),
    'talent.name': yamlValue(p.talent?.name),
    talentIntroduced: p.talent?.route === undefined || p.talent.route === 'introduced',
    'talent.isLeader': yamlValue(p.talent?.isLeader),
    'talent.introducedOn': yamlValue(p.talent?.introducedOn),
    introducedSince: talentRule?.params.introducedSince ?? '',
    talentCategories: talentRule ? m.talentCategories(talentRule.params.categories, central!) : '',
    'talent.category': yamlValue(p.talent?.category),
    minServiceRatio: talentRule?.params.minServiceRatio ?? '',
    'talent.serviceRatio': yamlValue(p.talent?.serviceRatio),
    commissioner: rulesOf(input, 'commissioner').length > 0,
    'commissioner.name': yamlValue(p.commissioner?.name),
    'commissioner.dispatchedByApplicant': yamlValue(p.commissioner?.dispatchedByApplicant),
    'commissioner.mainImplementer': yamlValue(p.commissioner?.mainImplementer),
    drug: line.rules.some((r) => r.when?.drugStage),
    drugStageOptions: options(input, 'drugStages'),
    // Not every project of line 2 is a drug (devices, dressings, equipment): no stage is forced on it.
    drugLines: p.drug?.stage
      ? ['drug:', `  stage: ${yamlValue(p.drug.stage)}`]
      : [`# ${m.drugOptional}`, '# drug:', '#   stage: ~'],
    flagsBlock: flags.flatMap((flag) => [
      '',
      `# ${m.flagQuestion(flag)}`,
      ...commentsAt(flag, false),
      `${flag}: ${yamlValue((p as Record<string, unknown>)[flag])}`,
    ]),
    targets: targetGroups(input).length > 0,
    targetsBlock: targetsBlock(input),
    declarations: rulesOf(input, 'declaration').length > 0,
    declarationsBlock: rulesOf(input, 'declaration').flatMap((r) => [
      ...comment(requirementLines(input, r)),
      `# ${m.declarationHint}`,
      `${r.params.key}: ${yamlValue((p.declarations as Record<string, unknown> | undefined)?.[r.params.key])}`,
    ]),
    attachmentsBlock: attachmentsBlock(input),
  };
  for (const anchor of KEY_ANCHORS) slots[`rules.${anchor}`] = commentsAt(anchor);
  return `${fillTemplate(lang, 'application.yaml', slots).trimEnd()}\n`;
}

/** Flags of the application (`ecoIndustry`) that decide whether a requirement applies. */
function flagsOf(rules: Requirement[]): string[] {
  const flags = new Set<string>();
  for (const r of rules) {
    if (r.when?.flag) flags.add(r.when.flag);
    if (r.rule === 'priority') for (const p of r.params.anyOf) if (p.flag) flags.add(p.flag);
  }
  return [...flags];
}

function platformKinds(input: ScaffoldInput): string[] | undefined {
  const kinds = rulesOf(input, 'platform').flatMap((r) => r.params.anyOf.flatMap((s) => s.kinds));
  return kinds.length ? [...new Set(kinds)] : undefined;
}

function platformsBlock(input: ScaffoldInput): string[] {
  const stated = input.profile.applicant?.platforms ?? [];
  if (stated.length)
    return ['platforms:', ...stated.map((x) => `  - ${yamlValue({ kind: x.kind, level: x.level, name: x.name })}`)];
  if (rulesOf(input, 'platform').length)
    return ['platforms:', `  - ${yamlValue({ kind: null, level: null, name: null })}`];
  return [`# ${msg(scaffoldMessages, input.lang).noneYet}`, 'platforms: []'];
}

function partnersBlock(input: ScaffoldInput): string[] {
  const m = msg(scaffoldMessages, input.lang);
  if (!partnersAllowed(input)) return ['partners: []'];
  const types = rulesOf(input, 'partners').find((r) => r.params.types)?.params.types;
  const howTo = m.partnerHowTo(options(input, 'applicantTypes', types), asksCountry(input));
  const entries = partnerEntries(input);
  if (!entries.length) return [`# ${m.partnersNone}`, `# ${howTo}`, 'partners: []'];
  return [
    `# ${howTo}`,
    'partners:',
    ...entries.map((e) => `  - ${yamlValue({ name: e.name, type: e.type, country: e.country })}`),
  ];
}

function targetsBlock(input: ScaffoldInput): string[] {
  const { g, lang, profile } = input;
  const m = msg(scaffoldMessages, lang);
  const vocab = new Map(g.file.vocabulary.targets.map((t) => [t.id, t]));
  const out: string[] = [];
  for (const group of targetGroups(input)) {
    if (out.length) out.push('');
    for (const r of group.rules) {
      if (r.rule === 'high-tech') out.push(`# ${m.hteYearNote(r.params.reserveApplicationYears)}`);
      else out.push(...comment(requirementLines(input, r)));
      if (r.rule === 'target' && r.params.anyOf) out.push(`# ${m.anyOfHint}`);
    }
    if (group.rules.every((r) => r.when)) out.push(`# ${m.conditionalHint}`);
    for (const key of group.keys) {
      const t = vocab.get(key.id);
      const unit = t?.unit ? pick(t.unit, lang) : null;
      out.push(`# ${m.targetKey(g.label('targets', key.id, lang), t?.type ?? 'count', unit)}`);
      out.push(`${key.id}: ${yamlValue((profile.targets as Record<string, unknown> | undefined)?.[key.id])}`);
    }
  }
  return out;
}

function attachmentsBlock(input: ScaffoldInput): string[] {
  const m = msg(scaffoldMessages, input.lang);
  const items = attachmentList(input);
  if (!items.length) return [`# ${m.noAttachments}`, 'attachments: []'];
  const out = ['attachments:'];
  let previous: unknown;
  for (const item of items) {
    if (item.rule !== previous) out.push(...comment(requirementLines(input, item.rule)).map((l) => `  ${l}`));
    previous = item.rule;
    const entry = attachmentEntry(item);
    if (item.example) out.push(`  # ${m.exampleEntry(item.rule.params.per === 'foreign_partner')}`, `  # ${entry}`);
    else out.push(`  ${entry}`);
  }
  // Only examples (line 8 without partners yet): an empty list, the examples commented beneath it.
  if (items.every((i) => i.example)) out[0] = 'attachments: []';
  return out;
}
