import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { GuidelineFile, LineFile, Requirement } from './schema.js';

type Vocabulary = GuidelineFile['vocabulary'];
export type VocabularyName = keyof Vocabulary;

/** A funding line with what it inherits from its project, section and the common rules. */
export interface Line extends LineFile {
  project: number;
  projectTitle: GuidelineFile['sections'][number]['projects'][number]['title'];
  section: GuidelineFile['sections'][number];
  /**
   * The guideline's common requirements, then the line's own; a line's own rule of a
   * common kind takes that rule's place (line 8's in-guilin rests on its content).
   */
  rules: Requirement[];
}

export interface Guideline {
  file: GuidelineFile;
  id: string;
  /** Where it was loaded from: a path, or `built-in`. */
  source: string;
  lines: Line[];
  line(code: string): Line | undefined;
  label(vocabulary: VocabularyName, id: string, lang: Lang): string;
  has(vocabulary: VocabularyName, id: string): boolean;
  levelRank(level: string): number;
}

export function buildGuideline(file: GuidelineFile, source: string): Guideline {
  const lines: Line[] = [];
  for (const section of file.sections) {
    for (const project of section.projects) {
      for (const line of project.lines) {
        lines.push({
          ...line,
          project: project.number,
          projectTitle: project.title,
          section,
          rules: rulesOf(file.common, line.requirements),
        });
      }
    }
  }
  const byCode = new Map(lines.map((l) => [l.code, l]));
  const vocab = new Map<string, Map<string, { zh: string; en: string; rank?: number }>>();
  for (const [name, entries] of Object.entries(file.vocabulary)) {
    vocab.set(name, new Map(((entries ?? []) as { id: string; zh: string; en: string }[]).map((e) => [e.id, e])));
  }
  return {
    file,
    id: file.id,
    source,
    lines,
    line: (code) => byCode.get(normalizeCode(code) ?? ''),
    label: (name, id, lang) => {
      const entry = vocab.get(name)?.get(id);
      return entry ? pick(entry, lang) : id;
    },
    has: (name, id) => vocab.get(name)?.has(id) ?? false,
    levelRank: (level) => vocab.get('platformLevels')?.get(level)?.rank ?? 0,
  };
}

function rulesOf(common: Requirement[], own: Requirement[]): Requirement[] {
  const replaced = common.map((c) => own.find((r) => r.rule === c.rule) ?? c);
  return [...replaced, ...own.filter((r) => !replaced.includes(r))];
}

/**
 * The period most of a guide's lines run over (the first of them, on a tie): the years
 * an example of a period is written with where the line is not known.
 */
export function yearsOf(g: Pick<Guideline, 'lines'>): { start: number; end: number } {
  const count = new Map<string, number>();
  let best = g.lines[0]!;
  for (const l of g.lines) {
    const key = `${l.period.start}-${l.period.end}`;
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    if (n > (count.get(`${best.period.start}-${best.period.end}`) ?? 0)) best = l;
  }
  return { ...best.period };
}

/**
 * The guide's talent rule, where its categories are read (the questionnaire's choices,
 * the schema's words); the first line's that has one, as every line shares it.
 */
export function talentRuleOf(g: Pick<Guideline, 'lines'>): Extract<Requirement, { rule: 'talent' }> | undefined {
  for (const l of g.lines) for (const r of l.rules) if (r.rule === 'talent') return r;
  return undefined;
}

/** Whether the guide's number of awards is a ceiling (不超过3项) rather than a count. */
export function awardsAtMost(line: Pick<LineFile, 'awardsClause'>): boolean {
  return line.awardsClause.includes('不超过');
}

/**
 * The words a rule quotes on a line: its clause, and for the line's years and money
 * the line's own text with its value (`实施年限：2019-2021年`), which is what the
 * guide says of that line. Null for a convention, which quotes nothing.
 */
export function clauseOf(line: Pick<LineFile, 'periodClause' | 'fundingClause'>, r: Requirement): string | null {
  if (r.clause === null) return null;
  if (r.rule === 'period') return `${r.clause}：${line.periodClause}`;
  if (r.rule === 'funding-range') return `${r.clause}：${line.fundingClause}`;
  return r.clause;
}

const FULL_WIDTH = /[０-９]/g;

/** `5-2`, `5.2`, `5/2`, `5_2` and full-width digits all name line 5-2. */
function normalizeCode(input: string): string | undefined {
  const s = input.trim().replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = /^(?:项目)?(\d{1,3})(?:\s*[-./_－—、]\s*(\d{1,2}))?$/.exec(s);
  if (!m) return undefined;
  return m[2] ? `${Number(m[1])}-${Number(m[2])}` : String(Number(m[1]));
}

/**
 * The word the guide heads each of a project's directions with, where they share one
 * (undefined: none given, the guide's usual 课题方向), or null where they differ (15-1 is a
 * 课题方向, 15-2 and 15-3 支持方向), so that a sentence about all of them names none.
 */
export function sharedDirectionLabel(lines: readonly Pick<LineFile, 'directionLabel'>[]): string | undefined | null {
  const words = new Set(lines.map((l) => l.directionLabel?.zh));
  return words.size === 1 ? [...words][0] : null;
}

export function lineCode(project: number, direction: number | null | undefined): string {
  return direction == null ? String(project) : `${project}-${direction}`;
}
