import type { Guideline, Line } from '../guideline/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import { DEFAULT_SEVERITY } from '../rules/default-severity.js';

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
  requirements: { rule: string; severity: string; text: string; clause: string }[];
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
      severity: r.severity ?? DEFAULT_SEVERITY[r.rule],
      text: r.text ? pick(r.text, lang) : r.clause,
      clause: r.clause,
    })),
  };
}
