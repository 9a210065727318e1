import type { Requirement } from '../guideline/schema.js';
import { awardsAtMost } from '../guideline/model.js';
import { msg } from '../i18n/index.js';
import { type Lang, pick } from '../i18n/lang.js';
import { type ScaffoldMessages, scaffoldMessages } from '../i18n/messages/scaffold.js';
import { matchingNeeded } from '../rules/kinds/matching-ratio.js';
import { describeTarget } from '../rules/kinds/target.js';
import { severityOf } from '../guideline/severity.js';
import { anchorOf } from './anchor-of.js';
import { outlineMd, readOutline, type OutlineBlock } from './outline.js';
import { attachmentList } from './attachment-list.js';
import { partnerEntries, partnersAllowed } from './partner-entries.js';
import { fillTemplate, type Slots } from './render-template.js';
import { requirementText } from './requirement-lines.js';
import { amountRange, lineName, outcomesOf, rulesOf, type ScaffoldInput } from './scaffold-input.js';
import { targetGroups } from './target-groups.js';

/** A table cell: one line, no column break. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const OTHER_BASES = ['content', 'encouraged', 'convention'] as const;

const ABOUT_THE_APPLICANT = /^(applicant\.|talent$|commissioner$|fields$)/;

/** The 申报书 outline of the line: its blocks, and what its cover says. */
export interface ProposalOutline {
  blocks: OutlineBlock[];
  /** The document's title (`2019年桂林市科技计划项目申报书`). */
  title: string;
  /** The guide's title. */
  guide: string;
  /** What is known of the cover's fields; null: left to fill in. */
  cover: { title: string | null; applicant: string | null; leader: string | null; line: string; category: string };
}

/** proposal.md: the 申报书 outline of the line, with its own requirements, indicators, money and years. */
export function proposalMd(input: ScaffoldInput): string {
  return outlineMd(proposalOutline(input).blocks);
}

/** The outline both proposal.md and 申报书.docx are rendered from (templates/LANG/proposal.md, filled). */
export function proposalOutline(input: ScaffoldInput): ProposalOutline {
  const { g, line, tier, profile: p, lang } = input;
  const m = msg(scaffoldMessages, lang);
  const fill = m.fillIn;
  const item = (r: Requirement) => {
    const t = requirementText(input, r);
    // The texts of conditional requirements name their case (`生态产业项目的…`); the proposal needs no flag name.
    return `- ${t.clause === null ? m.conventionItem(t.tag, t.text, t.reference) : m.requirementItem(t.tag, t.text, t.clause)}`;
  };
  const ratioRule = rulesOf(input, 'matching-ratio')[0];
  const ratio = ratioRule?.params.ratio;
  const requested = p.funding?.requested;
  const matching = p.funding?.matching;
  // The note on co-funding reckons with the amount requested or, none stated, the tier's least.
  const reckoned = requested ?? tier.min ?? tier.max;
  const leadRule = rulesOf(input, 'lead-type').find((r) => !r.when);
  const leadTypes = leadRule?.params.types;
  const label = (vocab: Parameters<typeof g.label>[0], ids: readonly string[]) =>
    m.list(ids.map((id) => g.label(vocab, id, lang)));
  const flags = new Set(line.rules.flatMap((r) => (r.when?.flag ? [r.when.flag] : [])));
  const aboutApplicant = line.rules.filter((r) => ABOUT_THE_APPLICANT.test(anchorOf(r)) || flags.has(anchorOf(r)));
  const eligibility = aboutApplicant.filter((r) => r.basis === 'requirement');
  const entries = partnerEntries(input);
  const attachments = attachmentList(input);
  const first = p.period?.start ?? line.period.start;
  const last = Math.max(first, p.period?.end ?? line.period.end);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const outcomes = outcomesOf(input);
  const groups = targetGroups(input).filter((grp) => grp.rules.some((r) => r.rule === 'target'));
  const vocab = new Map(g.file.vocabulary.targets.map((t) => [t.id, t]));
  const targetLabel = (id: string) => {
    const unit = vocab.get(id)?.unit;
    return unit ? m.withUnit(g.label('targets', id, lang), pick(unit, lang)) : g.label('targets', id, lang);
  };
  const method = g.label('fundingMethods', tier.method, lang);
  const agreementFor = (name: string | null) =>
    attachments.find((a) => a.kind === 'cooperation_agreement' && a.partner === name && !a.example)?.file;

  const slots: Slots = {
    year: g.file.year,
    lineName: lineName(input),
    guidelineTitle: pick(g.file.title, lang),
    title: p.title ?? fill,
    sectionTitle: `${line.section.numeral ? m.numeral(line.section.numeral) : ''}${pick(line.section.title, lang)}`,
    tier: tier.tier !== null,
    tierLabel: tier.tier ? g.label('tiers', tier.tier, lang) : '',
    fields: p.fields?.length ? label('fields', p.fields) : m.fillInWithHint(m.fieldsHint(label('fields', line.fields))),
    period: m.years(years[0]!, years[years.length - 1]!),
    requested: m.amount(requested ?? null, m.perGuide(amountRange(input))),
    matching: m.amount(matching ?? null, ratio ? m.ratioShort(ratio) : null),
    method,
    awards: m.awards(line.awardsClause, line.maxAwards, awardsAtMost(line)),
    office: g.label('offices', line.office, lang),
    applicantName: p.applicant?.name ?? fill,
    leaderName: p.leader?.name ?? fill,
    partnerNames: !partnersAllowed(input)
      ? m.noPartnersAllowed
      : entries.length
        ? m.list(entries.map((e) => e.name ?? fill))
        : m.fillInWithHint(m.noneIfNone),
    creditCode: p.applicant?.creditCode ?? fill,
    applicantType: p.applicant?.type
      ? g.label('applicantTypes', p.applicant.type, lang)
      : leadTypes
        ? m.fillInWithHint(
            (leadRule?.basis === 'content' ? m.contentFor : m.mustBe)(label('applicantTypes', leadTypes)),
          )
        : fill,
    // Under 申报资格 only what the guide's 申报要求 ask; the rest apart, each as what it is.
    eligibility: eligibility.length
      ? eligibility.map(item)
      : [line.requirements.some((r) => r.basis === 'requirement') ? m.noEligibility : m.noOwnRequirements],
    notRequirements: m.notRequirements,
    eligibilityOther: OTHER_BASES.flatMap((basis) => {
      const rules = aboutApplicant.filter((r) => r.basis === basis);
      return rules.length ? [`**${m.otherGroup[basis]}**`, '', ...rules.map(item), ''] : [];
    }),
    callNotice: m.callNotice,
    people: [
      ...(rulesOf(input, 'talent').length ? [`- ${m.peopleTalent}`] : []),
      ...(rulesOf(input, 'commissioner').length ? [`- ${m.peopleCommissioner(p.commissioner?.name ?? fill)}`] : []),
    ],
    sectionIntro: pick(line.section.intro, lang).trim().replace(/\n/g, '\n> '),
    contentLabel: pick(line.contentLabel, lang),
    content: pick(line.content, lang).trim().replace(/\n/g, '\n> '),
    outcomesIntro: outcomes.length ? m.outcomesIntro : m.noOutcomes,
    outcomes: outcomes.map((o) => `- 「${o}」`),
    targetRows: groups.flatMap((grp) =>
      grp.keys.map((k) => {
        const wanted = m.list([
          ...new Set(k.conditions.map((c) => describeTarget({ guideline: g, facts: p, lang }, c))),
        ]);
        const names = (conditions: { target: string }[] | undefined) =>
          (conditions ?? []).some((c) => c.target === k.id);
        const asking = grp.rules.filter((r) => r.rule === 'target' && (names(r.params.all) || names(r.params.anyOf)));
        const anyOf = asking.some((r) => r.rule === 'target' && names(r.params.anyOf));
        // A target only some projects of the line owe (2's drug stages) names them: the others owe none.
        const cases = asking.every((r) => r.when) ? asking.map((r) => requirementText(input, r).when!) : [];
        const said = anyOf ? m.oneOfThese(wanted) : wanted;
        const value = (p.targets as Record<string, unknown> | undefined)?.[k.id];
        return `| ${cell(targetLabel(k.id))} | ${cell(cases.length ? m.onlyWhen(said, m.either(cases)) : said)} | ${value === undefined ? fill : String(value)} |`;
      }),
    ),
    targetClauses: groups.flatMap((grp) => grp.rules.map(item)),
    requestedAmount: requested === undefined ? fill : String(requested),
    requestedNote: cell(m.requestedNote(amountRange(input), method, line.fundingClause)),
    matchingAmount: matching === undefined ? fill : String(matching),
    matchingNote: ratio ? m.ratioShort(ratio) : m.noRatioShort,
    totalAmount: requested !== undefined && matching !== undefined ? String(requested + matching) : fill,
    ratioNote: ratioRule
      ? m.ratioNote(
          ratioRule.clause ?? '',
          ratioRule.params.ratio,
          reckoned,
          matchingNeeded(reckoned, ratioRule.params.ratio),
          requested !== undefined,
        )
      : m.noRatio,
    installments: tier.method === 'annual_installments',
    tierParen: tier.tier ? m.paren(g.label('tiers', tier.tier, lang)) : '',
    yearRows: years.map((y) => `| ${m.year(y)} | | | |`),
    periodYears: m.years(line.period.start, line.period.end),
    periodClause: `${line.period.start}-${line.period.end}${m.yearSuffix}`,
    scheduleRows: years.map((y, i) => `| ${m.year(y)} | ${i === years.length - 1 ? m.lastYearWork : fill} | ${fill} |`),
    partnersIntro: partnersAllowed(input)
      ? [
          ...line.rules
            .filter((r) => anchorOf(r) === 'partners' || (r.rule === 'attachment' && r.params.per))
            .map(item),
          ...(rulesOf(input, 'partners').length ? [] : [m.partnersOptional]),
        ]
      : [...rulesOf(input, 'partners').map(item), m.partnersForbidden],
    partnersTable: partnersAllowed(input),
    partnerRows: (entries.length ? entries : [{ name: null, type: null, country: undefined }]).map((e) => {
      // A named partner without a country is in China.
      const country = e.country ?? (e.name === null ? null : 'CN');
      return `| ${cell(e.name ?? fill)} | ${e.type ? g.label('applicantTypes', e.type, lang) : fill} | ${country ? countryName(country, lang) : fill} | ${fill} | ${agreementFor(e.name) ?? m.ifAny} |`;
    }),
    attachmentItems: attachments.length
      ? attachments.map((a, i) => {
          const t = requirementText(input, a.rule);
          return `${i + 1}. ${m.attachmentItem(a.label, a.file, a.example ? m.whenForeign(a.rule.params.per === 'foreign_partner') : m.need[severityOf(a.rule)], t.clause ?? m.conventionLine(t.reference), t.when)}`;
        })
      : [m.noAttachmentsProposal],
    declarations: rulesOf(input, 'declaration').length > 0,
    declarationItems: rulesOf(input, 'declaration').flatMap((r) => [item(r), `- ${m.pledge}`]),
    selfCheckRows: line.rules.map((r, i) => {
      const t = requirementText(input, r);
      const anchor = anchorOf(r);
      // What no rule can check (`notes`) has no key in application.yaml.
      const key = anchor === 'notes' ? null : anchor;
      return `| ${i + 1} | ${cell(m.requirementLine(t.tag, t.text))} | ${cell(t.clause === null ? m.conventionLine(t.reference) : `「${t.clause}」`)} | ${cell(m.where(m.section[sectionOf(anchor, flags)], key))} | □ |`;
    }),
  };
  const blocks = readOutline(fillTemplate(lang, 'proposal.md', slots));
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return {
    blocks,
    title: title?.kind === 'heading' ? title.text : '',
    guide: String(slots.guidelineTitle),
    cover: {
      title: p.title ?? null,
      applicant: p.applicant?.name ?? null,
      leader: p.leader?.name ?? null,
      line: String(slots.lineName),
      category: tier.tier ? String(slots.tierLabel) : pick(line.section.title, lang),
    },
  };
}

/** The parts of the 申报书 a requirement is answered in: those the catalogue has a heading for. */
type SectionId = keyof ScaffoldMessages['section'];

/** Which part of the proposal answers a requirement shown at `anchor`. */
function sectionOf(anchor: string, flags: Set<string>): SectionId {
  if (anchor === 'fields') return 'basics';
  if (anchor.startsWith('applicant.') || flags.has(anchor)) return 'applicant';
  if (anchor === 'talent' || anchor === 'commissioner') return 'people';
  if (anchor === 'period') return 'schedule';
  if (anchor.startsWith('funding.')) return 'budget';
  if (anchor === 'partners' || anchor === 'targets' || anchor === 'attachments' || anchor === 'declarations')
    return anchor;
  return 'body';
}

/** A partner's country as the document's reader names it (中国, Germany); the application keeps its code. */
function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
