import { linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { buildApplicationShape, type Facts } from '../application/schema.js';
import { UsageError } from '../cli/errors.js';
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
  if (facts.commissioner) doc.commissioner = ordered(facts.commissioner, Object.keys(shape.commissioner.unwrap().shape));
  return `# ${msg(matchMessages, lang).profileHeader}\n${stringify(doc, { lineWidth: 0 })}`;
}

/**
 * Written whole or not at all (temporary file, then rename); without `force` an
 * existing file is never replaced, even one that appeared while we were asking.
 */
export function writeProfile(file: string, text: string, force: boolean, lang: Lang): void {
  const m = msg(matchMessages, lang);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    if (force) renameSync(temp, file);
    else {
      linkSync(temp, file);
      unlinkSync(temp);
    }
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was left behind.
    }
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(err.code === 'EEXIST' && err.path === file ? m.saveExists(file) : m.saveFailed(file, err.message));
  }
}
