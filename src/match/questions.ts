import type { Facts } from '../application/schema.js';
import { hasChineseNumerals, type Prompter } from './prompt.js';
import { talentRuleOf, type Guideline } from '../guideline/model.js';
import { typeToPick } from '../guideline/type-to-pick.js';
import type { PlatformSpec, Predicate } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { pick, type Lang } from '../i18n/lang.js';
import { matchMessages } from '../i18n/messages/match.js';
import type { LineMatch } from './match-line.js';
import { intendedCountry, intendedDate } from '../application/intended.js';

interface AskContext {
  g: Guideline;
  lang: Lang;
  p: Prompter;
  /** The answers so far; a question adds its own. */
  facts: Facts;
  /** Answers of an earlier round, offered as defaults. */
  previous: Facts;
  /** Lines not (yet) ruled out. */
  open: LineMatch[];
  /** Which lines hang on this question, in words, shown after it. */
  concerns: string;
}

export interface Question {
  id: string;
  /** The facts it settles, as rule outcomes name them. */
  paths: string[];
  /** Deciding questions settle who-rules; the others only rank and fill in to-dos. */
  decides: boolean;
  /** Lines a ranking question matters to (deciding ones: the lines with an open path). */
  concerns?: (open: LineMatch[]) => LineMatch[];
  ask(c: AskContext): Promise<void>;
  /** The answer as the summary shows it. */
  answer(g: Guideline, facts: Facts, lang: Lang): string;
}

type Platform = { kind: string; level: string };

type YesNo = 'inGuilin' | 'talentLeader' | 'centralOrRegional' | 'commissioner' | 'mainImplementer' | 'ecoIndustry';

const messages = (lang: Lang) => msg(matchMessages, lang);

const yesNo = (v: boolean | undefined, lang: Lang) =>
  v === undefined ? messages(lang).none : v ? messages(lang).yes : messages(lang).no;
const ask = (c: AskContext, text: { ask: string }) => `${text.ask}${c.concerns}`;

function setApplicant(facts: Facts, values: NonNullable<Facts['applicant']>): void {
  facts.applicant = { ...facts.applicant, ...values };
}

/** Platform kinds any open line's rules or priorities name: the only ones worth offering. */
function platformKinds(c: AskContext): string[] {
  const named = new Set<string>();
  const addSpec = (s: PlatformSpec | undefined) => s?.kinds.forEach((k) => named.add(k));
  const addPredicate = (p: Predicate | undefined) => {
    addSpec(p?.platform);
    addSpec(p?.noPlatform);
  };
  for (const { line } of c.open) {
    for (const r of line.rules) {
      addPredicate(r.when);
      if (r.rule === 'platform') r.params.anyOf.forEach(addSpec);
      if (r.rule === 'priority') r.params.anyOf.forEach(addPredicate);
    }
  }
  return c.g.file.vocabulary.platformKinds.map((k) => k.id).filter((k) => named.has(k));
}

/** A yes or no, asked in the words of the question of the same id. */
function confirmQuestion(
  id: YesNo,
  path: string | string[],
  fallback: boolean,
  get: (f: Facts) => boolean | undefined,
  set: (f: Facts, v: boolean) => void,
): Question {
  return {
    id,
    paths: typeof path === 'string' ? [path] : path,
    decides: true,
    ask: async (c) =>
      set(
        c.facts,
        await c.p.confirm({ name: id, message: ask(c, messages(c.lang).q[id]), default: get(c.previous) ?? fallback }),
      ),
    answer: (_g, f, lang) => yesNo(get(f), lang),
  };
}

/**
 * Every fact a who-rule or a ranking needs, as one question each. Which of them are
 * asked, and in what order, follows from the rules (see `nextQuestion`); this order
 * only breaks ties.
 */
export const QUESTIONS: Question[] = [
  {
    // The guide makes residence no condition (the call notice does); only 8's and 13's content
    // addresses Guilin's units, so the answer ranks those two and decides nothing.
    ...confirmQuestion(
      'inGuilin',
      'applicant.inGuilin',
      true,
      (f) => f.applicant?.inGuilin,
      (f, v) => setApplicant(f, { inGuilin: v }),
    ),
    decides: false,
  },
  {
    id: 'type',
    paths: ['applicant.type'],
    decides: true,
    ask: async (c) => {
      const type = await c.p.select({
        name: 'type',
        message: ask(c, messages(c.lang).q.type),
        choices: c.g.file.vocabulary.applicantTypes.map((t) => ({
          value: t.id,
          name: typeToPick(c.g, t.id, c.lang),
          short: c.g.label('applicantTypes', t.id, c.lang),
        })),
        default: c.previous.applicant?.type ?? 'enterprise',
      });
      setApplicant(c.facts, { type });
    },
    answer: (g, f, lang) => g.label('applicantTypes', f.applicant?.type ?? '', lang),
  },
  {
    id: 'platforms',
    paths: ['applicant.platforms'],
    decides: true,
    ask: async (c) => {
      const before = (c.previous.applicant?.platforms ?? []) as Platform[];
      const kinds = await c.p.checkbox({
        name: 'platforms',
        message: ask(c, { ask: messages(c.lang).q.platforms[before.length ? 'again' : 'ask'] }),
        choices: platformKinds(c).map((k) => ({
          value: k,
          name: c.g.label('platformKinds', k, c.lang),
          checked: before.some((p) => p.kind === k),
        })),
      });
      const platforms: Platform[] = [];
      for (const kind of kinds) {
        const levels = c.g.file.vocabulary.platformLevels.map((l) => l.id);
        const level = await c.p.select({
          name: `platformLevel.${kind}`,
          message: messages(c.lang).q.platformLevel(c.g.label('platformKinds', kind, c.lang)),
          choices: levels.map((l) => ({ value: l, name: c.g.label('platformLevels', l, c.lang) })),
          default: before.find((p) => p.kind === kind)?.level ?? (levels.includes('guangxi') ? 'guangxi' : levels[0]),
        });
        platforms.push({ kind, level });
      }
      setApplicant(c.facts, { platforms });
    },
    answer: (g, f, lang) => {
      const list = (f.applicant?.platforms ?? []) as Platform[];
      const m = messages(lang);
      return list.length
        ? m.list(
            list.map((p) =>
              m.platformAt(g.label('platformKinds', p.kind, lang), g.label('platformLevels', p.level, lang)),
            ),
          )
        : m.none;
    },
  },
  {
    id: 'highTech',
    paths: ['applicant.highTech'],
    decides: true,
    ask: async (c) => {
      const m = messages(c.lang);
      const highTech = await c.p.select({
        name: 'highTech',
        message: ask(c, m.q.highTech),
        choices: (['valid', 'reserve', 'none'] as const).map((v) => ({ value: v, name: m.q.highTechChoice[v] })),
        default: c.previous.applicant?.highTech ?? 'none',
      });
      setApplicant(c.facts, { highTech });
    },
    answer: (_g, f, lang) => messages(lang).q.highTechChoice[f.applicant?.highTech ?? 'none'],
  },
  {
    id: 'talentRoute',
    paths: ['talent', 'talent.route'],
    decides: true,
    ask: async (c) => {
      const m = messages(c.lang);
      const route = await c.p.select<string>({
        name: 'talentRoute',
        message: ask(c, m.q.talentRoute),
        choices: [
          ...c.g.file.vocabulary.talentRoutes.map((r) => ({
            value: r.id,
            name: c.g.label('talentRoutes', r.id, c.lang),
            description: m.q.talentRouteHint[r.id],
          })),
          // A guide whose routes have no "none" still lets one answer it: then nothing is stated.
          ...(c.g.has('talentRoutes', 'none') ? [] : [{ value: '', name: m.q.talentNone }]),
        ],
        default: c.previous.talent?.route ?? (c.g.has('talentRoutes', 'none') ? 'none' : ''),
      });
      // "None" is an answer, kept and saved: it closes the lines that need such talent.
      if (route) c.facts.talent = { route };
    },
    answer: (g, f, lang) =>
      f.talent?.route ? g.label('talentRoutes', f.talent.route, lang) : messages(lang).q.talentNone,
  },
  confirmQuestion(
    'talentLeader',
    'talent.isLeader',
    true,
    (f) => f.talent?.isLeader,
    (f, v) => (f.talent = { ...f.talent, isLeader: v }),
  ),
  {
    id: 'talentDate',
    paths: ['talent.introducedOn'],
    decides: true,
    ask: async (c) => {
      const m = messages(c.lang);
      const introducedOn = await c.p.input({
        name: 'talentDate',
        message: ask(c, m.q.talentDate),
        default: c.previous.talent?.introducedOn,
        validate: (v) => (intendedDate(v) ? true : hasChineseNumerals(v) ? m.dateInDigits(v) : m.notDate),
        shown: (v) => intendedDate(v) ?? v,
      });
      c.facts.talent = { ...c.facts.talent, introducedOn: intendedDate(introducedOn)! };
    },
    answer: (_g, f) => f.talent?.introducedOn ?? '',
  },
  {
    id: 'talentCategory',
    paths: ['talent.category'],
    decides: true,
    ask: async (c) => {
      const m = messages(c.lang);
      const { numbers, source } = talentCategories(c.g);
      const category = await c.p.select({
        name: 'talentCategory',
        message: ask(c, source ? { ask: m.q.talentCategoryIn(pick(source, c.lang)) } : m.q.talentCategory),
        // 0 states "none of the five": the rule then rules the line out, as the guide does.
        choices: [...numbers.map((n) => ({ value: n, name: m.q.category(n) })), { value: 0, name: m.q.categoryNone }],
        default: c.previous.talent?.category ?? 1,
      });
      c.facts.talent = { ...c.facts.talent, category };
    },
    answer: (_g, f, lang) =>
      f.talent?.category ? messages(lang).q.category(f.talent.category) : messages(lang).q.categoryNone,
  },
  confirmQuestion(
    'centralOrRegional',
    'applicant.centralOrRegional',
    false,
    (f) => f.applicant?.centralOrRegional,
    (f, v) => setApplicant(f, { centralOrRegional: v }),
  ),
  {
    id: 'serviceRatio',
    paths: ['talent.serviceRatio'],
    decides: true,
    ask: async (c) => {
      const before = c.previous.talent?.serviceRatio;
      const percent = await c.p.number({
        name: 'serviceRatio',
        message: ask(c, messages(c.lang).q.serviceRatio),
        min: 0,
        max: 100,
        percent: true,
        default: before === undefined ? undefined : Math.round(before * 10000) / 100,
      });
      c.facts.talent = { ...c.facts.talent, serviceRatio: Math.round(percent * 100) / 10000 };
    },
    answer: (_g, f, lang) => messages(lang).percent(f.talent?.serviceRatio ?? 0),
  },
  confirmQuestion(
    'commissioner',
    ['commissioner', 'commissioner.dispatchedByApplicant'],
    false,
    (f) => f.commissioner?.dispatchedByApplicant,
    (f, v) => (f.commissioner = { ...f.commissioner, dispatchedByApplicant: v }),
  ),
  confirmQuestion(
    'mainImplementer',
    'commissioner.mainImplementer',
    true,
    (f) => f.commissioner?.mainImplementer,
    (f, v) => (f.commissioner = { ...f.commissioner, mainImplementer: v }),
  ),
  confirmQuestion(
    'ecoIndustry',
    'ecoIndustry',
    false,
    (f) => f.ecoIndustry,
    (f, v) => (f.ecoIndustry = v),
  ),
  {
    id: 'fields',
    paths: ['fields'],
    decides: false,
    // Every open line is ranked by how its fields fit.
    concerns: (open) => open,
    ask: async (c) => {
      const fields = await c.p.checkbox({
        name: 'fields',
        message: ask(c, messages(c.lang).q.fields),
        choices: c.g.file.vocabulary.fields.map((f) => ({
          value: f.id,
          name: c.g.label('fields', f.id, c.lang),
          checked: c.previous.fields?.includes(f.id) ?? false,
        })),
        required: true,
      });
      c.facts.fields = fields;
    },
    answer: (g, f, lang) => messages(lang).list((f.fields ?? []).map((x) => g.label('fields', x, lang))),
  },
  {
    id: 'partners',
    paths: ['partners'],
    decides: false,
    ask: async (c) => {
      const m = messages(c.lang);
      const before = c.previous.partners ?? [];
      const types = await c.p.checkbox({
        name: 'partners',
        message: ask(c, { ask: m.q.partners[before.length ? 'again' : 'ask'] }),
        choices: c.g.file.vocabulary.applicantTypes.map((t) => ({
          value: t.id,
          name: typeToPick(c.g, t.id, c.lang),
          short: c.g.label('applicantTypes', t.id, c.lang),
          checked: before.some((p) => p.type === t.id),
        })),
      });
      const partners: NonNullable<Facts['partners']> = [];
      for (const type of types) {
        const label = c.g.label('applicantTypes', type, c.lang);
        const earlier = before.filter((p) => p.type === type);
        // Several partners of one kind: each with its name and where it is (a foreign
        // partner's agreement needs a Chinese translation).
        for (let n = 0; ; n++) {
          const was = earlier[n];
          const name = await c.p.input({
            name: `partnerName.${type}`,
            message: m.q.partnerName(label),
            default: was?.name,
            validate: (v) => (v ? true : m.required),
          });
          const abroad = await c.p.select({
            name: `partnerCountry.${type}`,
            message: m.q.partnerCountry(name),
            choices: [
              { value: false, name: m.q.domestic },
              { value: true, name: m.q.abroad },
            ],
            default: was?.country !== undefined && was.country !== 'CN',
          });
          // A country as application.yaml takes it: a code in any case, or its Chinese name (德国 is DE).
          const country = abroad
            ? intendedCountry(
                await c.p.input({
                  name: `partnerCountryCode.${type}`,
                  message: m.q.countryCode.ask,
                  default: was?.country && was.country !== 'CN' ? was.country : undefined,
                  validate: (v) => (![undefined, 'CN'].includes(intendedCountry(v)) ? true : m.notCountry),
                  shown: (v) => intendedCountry(v) ?? v,
                }),
              )!
            : 'CN';
          partners.push({ name, type, country });
          if (
            !(await c.p.confirm({
              name: `morePartners.${type}`,
              message: m.q.morePartners(label),
              default: earlier.length > n + 1,
            }))
          )
            break;
        }
      }
      c.facts.partners = partners;
    },
    answer: (g, f, lang) => {
      const list = f.partners ?? [];
      const m = messages(lang);
      return list.length
        ? m.list(
            list.map((p) =>
              m.labelled(
                p.name,
                `${g.label('applicantTypes', p.type, lang)}${lang === 'zh' ? '，' : ', '}${p.country === undefined || p.country === 'CN' ? m.q.domestic : p.country}`,
              ),
            ),
          )
        : m.none;
    },
  },
];

/**
 * The categories the guide's talent rule admits (1–5 in 2019) and the document that
 * sets them out, read from the guideline, not assumed.
 */
function talentCategories(g: Guideline): { numbers: number[]; source?: { zh: string; en?: string } } {
  const rule = talentRuleOf(g);
  if (!rule) return { numbers: [] };
  const { min, max } = rule.params.categories;
  return {
    numbers: Array.from({ length: max - min + 1 }, (_, i) => min + i),
    ...(rule.params.categoriesIn ? { source: rule.params.categoriesIn } : {}),
  };
}
