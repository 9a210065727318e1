import type { Facts } from '../application/schema.js';
import type { Guideline } from '../guideline/model.js';
import type { Lang } from '../i18n/lang.js';
import { matchLine, type LineMatch, type Status } from './match-line.js';
import { fitOf, scoreOf, type Fit } from './score.js';

export interface Ranked extends LineMatch {
  fit: Fit;
  score: number;
}

const STATUS_ORDER: Record<Status, number> = { eligible: 0, possible: 1, ineligible: 2 };

/** Every line of the guide, best first: by status, field fit, then by fit, then in the guide's order. */
export function rankLines(g: Guideline, facts: Facts, lang: Lang): Ranked[] {
  const ranked = g.lines.map((line, index) => {
    const match = matchLine(g, line, facts, lang);
    const fit = fitOf(g, facts, match);
    return { ...match, fit, score: scoreOf(match.status, fit, match.fieldFit), index };
  });
  // A line in none of the applicant's fields comes after every line of its status that is in one.
  const offField = (r: LineMatch) => (r.fieldFit === false ? 1 : 0);
  ranked.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      offField(a) - offField(b) ||
      b.fit.total - a.fit.total ||
      a.index - b.index,
  );
  return ranked.map(({ index: _index, ...r }) => r);
}

export function hasCandidates(ranked: readonly Ranked[]): boolean {
  return ranked.some((r) => r.status !== 'ineligible');
}

/** The lines as the table shows them: open ones by rank, then those off the applicant's fields, then closed ones by code. */
export function onScreen(g: Guideline, ranked: readonly Ranked[]) {
  const open = ranked.filter((r) => r.status !== 'ineligible' && r.fieldFit !== false);
  const offField = ranked.filter((r) => r.status !== 'ineligible' && r.fieldFit === false);
  const closed = g.lines.flatMap((l) => ranked.filter((r) => r.line === l && r.status === 'ineligible'));
  return { open, offField, closed };
}
