import { buildApplicationShape } from '../application/schema.js';
import type { Guideline, VocabularyName } from '../guideline/model.js';
import type { ApplicationFacts } from '../report/file-result.js';

type Raw = Record<string, unknown>;

function object(v: unknown): Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

function number(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A vocabulary value as its id, whether the file wrote the id or the Chinese label. */
function vocabId(g: Guideline, name: VocabularyName, v: unknown): string | null {
  if (typeof v !== 'string') return null;
  if (g.has(name, v)) return v;
  const entry = (g.file.vocabulary[name] as { id: string; zh: string }[]).find((e) => e.zh === v);
  return entry?.id ?? null;
}

/**
 * The register's facts of one file (the spec's `application`), read from the parsed
 * document whether or not the schema accepted it: a reviewer wants the applicant and
 * the amount of a failing application too. A fact that is missing or of the wrong
 * type is `null`, never a guess.
 */
export function applicationFacts(
  raw: Raw | object,
  g: Guideline,
  line: { office: string } | undefined,
): ApplicationFacts {
  const doc = raw as Raw;
  const applicant = object(doc.applicant);
  const funding = object(doc.funding);
  const period = doc.period !== undefined ? object(doc.period) : undefined;
  const year = (v: unknown) => (Number.isInteger(v) ? (v as number) : null);
  return {
    applicant: text(applicant.name),
    creditCode: text(applicant.creditCode),
    applicantType: vocabId(g, 'applicantTypes', applicant.type),
    title: text(doc.title),
    tier: vocabId(g, 'tiers', doc.tier),
    requested: number(funding.requested),
    matching: number(funding.matching),
    office: line?.office ?? null,
    period: period ? { start: year(period.start), end: year(period.end) } : null,
  };
}

const shapes = new WeakMap<Guideline, Set<string>>();

/**
 * A saved profile or a guideline file left among the applications: recognised from
 * its content, and only when nothing in it says "application". A guideline has its
 * `sections` and `vocabulary`; a profile (what `match --save-profile` writes) has only
 * keys of the application format and none that only an application has (`project`,
 * `title`, `period`, `direction`, `tier`, `attachments`, `format`). An application
 * with a misspelled key still has its title or period, and is judged.
 */
export function notAnApplication(doc: Raw, g: Guideline): 'profile' | 'guideline' | undefined {
  if ('project' in doc) return undefined;
  if (doc.sections !== undefined && doc.vocabulary !== undefined && 'id' in doc) return 'guideline';
  for (const k of ['title', 'period', 'direction', 'tier', 'attachments', 'format']) if (k in doc) return undefined;
  let keys = shapes.get(g);
  if (!keys) shapes.set(g, (keys = new Set(Object.keys(buildApplicationShape(g)))));
  const present = Object.keys(doc);
  if (present.length === 0 || !present.every((k) => keys.has(k))) return undefined;
  // What the questionnaire always asks: who the applicant is.
  return 'applicant' in doc ? 'profile' : undefined;
}
