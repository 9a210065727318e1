import type { Facts } from '../application/schema.js';
import type { Requirement } from '../guideline/schema.js';
import { msg, type Lang } from '../i18n/index.js';
import { ruleMessages } from '../i18n/messages/rules.js';

/**
 * A requirement that holds only under a yes/no the application does not state (line
 * 16: 生态产业项目需企业牵头, and `ecoIndustry` left out) cannot be judged: the reviewer
 * is asked to have it stated, as a warning, rather than told it passed or failed.
 */
export function askToState(facts: Facts, r: Requirement, lang: Lang): { path: string; message: string } | undefined {
  const flag = r.when?.flag;
  if (flag === undefined || typeof (facts as Record<string, unknown>)[flag] === 'boolean') return undefined;
  const m = msg(ruleMessages, lang);
  return { path: flag, message: m.convention(m.stateFlag(flag, r.clause ?? ''), null) };
}
