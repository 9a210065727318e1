import type { Facts } from '../application/schema.js';
import type { Guideline } from '../guideline/model.js';
import type { LineMatch, Status } from './match-line.js';

export interface Fit {
  /** How much of the line's content is the applicant's fields (0 when none is shared). */
  field: number;
  /** How closely the line is meant for applicants like this one (see `aimFit`). */
  aim: number;
  /** 1 when the applicant meets one of the line's 优先/鼓励 clauses, 0 when it meets none, ½ when not known or there is none. */
  priority: number;
  /** The line's money and number of awards, against the guide's other lines. */
  money: number;
  /** 1 when nothing the applicant stated conflicts with an arrangeable requirement. */
  readiness: number;
  total: number;
}

const WEIGHTS = { field: 0.45, aim: 0.15, priority: 0.15, money: 0.15, readiness: 0.1 };

/**
 * Scores lie in disjoint bands per status, so that sorting by score alone already
 * puts eligible before possible before ineligible.
 */
const BANDS: Record<Status, { base: number; width: number }> = {
  eligible: { base: 0.67, width: 0.33 },
  possible: { base: 0.34, width: 0.32 },
  ineligible: { base: 0, width: 0.33 },
};

function fieldFit(applicant: readonly string[] | undefined, line: readonly string[]): number {
  if (applicant === undefined || applicant.length === 0) return 0.5;
  const shared = applicant.filter((f) => line.includes(f)).length;
  if (!shared) return 0;
  // A line whose content is mostly the applicant's field beats one open to every field.
  return 0.3 + 0.3 * (shared / applicant.length) + 0.4 * (shared / line.length);
}

/**
 * A line reserved for what the applicant is: 1 when it holds what the line asks of
 * few (a platform, a commissioner, a talent, high-tech status), 1/n when it is one of
 * the n kinds of unit that may lead; 0 when the line is open to anyone.
 */
function aimFit(match: Pick<LineMatch, 'line' | 'reasons'>): number {
  let aim = 0;
  for (const r of match.line.rules) {
    if (r.when) continue;
    const reasons = match.reasons.filter((x) => x.rule === r.rule && x.nature === 'who' && !x.common);
    if (!reasons.length || !reasons.every((x) => x.ok === true)) continue;
    aim = Math.max(aim, r.rule === 'lead-type' ? 1 / r.params.types.length : 1);
  }
  return aim;
}

function logShare(value: number, lo: number, hi: number): number {
  return hi === lo ? 0.5 : (Math.log(value) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
}

function moneyFit(g: Guideline, match: Pick<LineMatch, 'line' | 'funding'>): number {
  const maxes = g.lines.flatMap((l) => l.tiers.map((t) => t.max));
  const awards = g.lines.map((l) => l.maxAwards);
  const amount = logShare(match.funding.max, Math.min(...maxes), Math.max(...maxes));
  const chances = logShare(match.line.maxAwards, Math.min(...awards), Math.max(...awards));
  return 0.6 * amount + 0.4 * chances;
}

export function fitOf(g: Guideline, facts: Facts, match: LineMatch): Fit {
  const bonus = match.reasons.filter((r) => r.nature === 'bonus');
  // Only a met priority is a reason (a merit); one not met is no mark against the line.
  const priority = bonus.some((r) => r.ok === true) ? 1 : 0.5;
  const broken = match.todos.filter((t) => t.broken && t.severity === 'error').length;
  const parts = {
    field: fieldFit(facts.fields, match.line.fields),
    aim: aimFit(match),
    priority,
    money: moneyFit(g, match),
    readiness: 1 - Math.min(1, broken / 3),
  };
  const total = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce((sum, k) => sum + parts[k] * WEIGHTS[k], 0);
  return { ...parts, total };
}

/**
 * Within its status band, a line none of whose fields is the applicant's scores below
 * every line that shares one (the lower 40% of the band), as it ranks.
 */
export function scoreOf(status: Status, fit: Fit, fieldFit: boolean | null = null): number {
  const band = BANDS[status];
  const within = fieldFit === false ? 0.4 * fit.total : 0.4 + 0.6 * fit.total;
  return Math.floor((band.base + band.width * within) * 100) / 100;
}
