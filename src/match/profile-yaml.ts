import { stringify } from 'yaml';
import { buildApplicationShape, type Facts } from '../application/schema.js';
import type { Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { matchMessages } from '../i18n/messages/match.js';

/** Keys in the order the format documents them, so a saved profile reads like the spec. */
function ordered(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of [...keys, ...Object.keys(value)]) if (value[k] !== undefined && !(k in out)) out[k] = value[k];
  return out;
}

export function profileYaml(g: Guideline, facts: Facts, lang: Lang): string {
  const shape = buildApplicationShape(g);
  const doc: Record<string, unknown> = ordered({ ...facts, guideline: g.id }, Object.keys(shape));
  if (facts.applicant) doc.applicant = ordered(facts.applicant, Object.keys(shape.applicant.shape));
  if (facts.talent) doc.talent = ordered(facts.talent, Object.keys(shape.talent.unwrap().shape));
  if (facts.commissioner)
    doc.commissioner = ordered(facts.commissioner, Object.keys(shape.commissioner.unwrap().shape));
  return `# ${msg(matchMessages, lang).profileHeader}\n${stringify(doc, { lineWidth: 0 })}`;
}
