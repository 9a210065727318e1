import { clauseOf, type Guideline, type Line } from '../guideline/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import { severityOf } from '../guideline/severity.js';

/** The spec's JSON of a funding line (`list --json`, `show --json`). */
export interface LineJson {
  code: string;
  project: number;
  direction: number | null;
  title: string;
  category: string;
  period: { start: number; end: number };
  maxAwards: number;
  tiers: { tier: string | null; min: number | null; max: number; method: string }[];
  office: string;
  fields: string[];
  /** `basis` (v1.1) says what each rests on; `reference` only for a convention that names one. */
  requirements: {
    rule: string;
    severity: string;
    basis: string;
    text: string;
    clause: string | null;
    reference?: string;
  }[];
}

export function lineJson(g: Guideline, line: Line, lang: Lang): LineJson {
  return {
    code: line.code,
    project: line.project,
    direction: line.direction,
    title: pick(line.title, lang),
    category: pick(line.section.title, lang),
    period: { ...line.period },
    maxAwards: line.maxAwards,
    tiers: line.tiers.map((t) => ({ tier: t.tier, min: t.min, max: t.max, method: t.method })),
    office: g.label('offices', line.office, lang),
    fields: [...line.fields],
    requirements: line.rules.map((r) => ({
      rule: r.rule,
      severity: severityOf(r),
      basis: r.basis,
      text: r.text ? pick(r.text, lang) : (clauseOf(line, r) ?? r.rule),
      clause: clauseOf(line, r),
      ...(r.reference ? { reference: r.reference } : {}),
    })),
  };
}
