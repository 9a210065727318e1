import type { Guideline } from '../guideline/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { Ranked } from './rank.js';

/** The spec's `match --json`: every line, best first. */
export function matchJson(g: Guideline, ranked: readonly Ranked[], lang: Lang) {
  return {
    guideline: g.id,
    results: ranked.map((r) => ({
      code: r.line.code,
      title: pick(r.line.title, lang),
      status: r.status,
      score: r.score,
      fieldFit: r.fieldFit,
      reasons: r.reasons.map(({ rule, ok, message, clause, basis }) => ({ rule, ok, message, clause, basis })),
      todo: r.todos.map(({ rule, message, clause, basis }) => ({ rule, message, clause, basis })),
      funding: { ...r.funding },
    })),
  };
}
