import type { Facts } from '../application/schema.js';
import type { Guideline } from '../guideline/model.js';
import type { LineMatch, Status } from './match-line.js';

export interface Fit {
  /** How well the line's fields cover the applicant's (0 when none is shared). */
  field: number;
  /** 1 when the applicant meets one of the line's 优先/鼓励 clauses, 0 when it meets none, ½ when not known or there is none. */
  priority: number;
  /** The line's money and number of awards, against the guide's other lines. */
  money: number;
  /** 1 when nothing the applicant stated conflicts with an arrangeable requirement. */
  readiness: number;
  total: number;
}

const WEIGHTS = { field: 0.5, priority: 0.2, money: 0.2, readiness: 0.1 };

/**
 * Scores lie in disjoint bands per status, so that sorting by score alone already
 * puts eligible before possible before ineligible.
 */
const BANDS: Record<Status, { base: number; width: number }> = {
  eligible: { base: 0.67, width: 0.33 },
  possible: { base: 0.34, width: 0.32 },
  ineligible: { base: 0, width: 0.33 },
};

export function fieldFit(applicant: readonly string[] | undefined, line: readonly string[]): number {
  if (applicant === undefined || applicant.length === 0) return 0.5;
  const shared = applicant.filter((f) => line.includes(f)).length;
  if (!shared) return 0;
  // Covering the applicant's work matters most; a line focused on it beats one open to every field.
  return 0.5 + 0.3 * (shared / applicant.length) + 0.2 * (shared / line.length);
}

function logShare(value: number, lo: number, hi: number): number {
  return hi === lo ? 0.5 : (Math.log(value) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
}

export function moneyFit(g: Guideline, match: Pick<LineMatch, 'line' | 'funding'>): number {
  const maxes = g.lines.flatMap((l) => l.tiers.map((t) => t.max));
  const awards = g.lines.map((l) => l.maxAwards);
  const amount = logShare(match.funding.max, Math.min(...maxes), Math.max(...maxes));
  const chances = logShare(match.line.maxAwards, Math.min(...awards), Math.max(...awards));
  return 0.6 * amount + 0.4 * chances;
}

export function fitOf(g: Guideline, facts: Facts, match: LineMatch): Fit {
  const bonus = match.reasons.filter((r) => r.nature === 'bonus');
  const priority = bonus.some((r) => r.ok === true) ? 1 : bonus.length && bonus.every((r) => r.ok === false) ? 0 : 0.5;
  const broken = match.todos.filter((t) => t.broken && t.severity === 'error').length;
  const parts = {
    field: fieldFit(facts.fields, match.line.fields),
    priority,
    money: moneyFit(g, match),
    readiness: 1 - Math.min(1, broken / 3),
  };
  const total = parts.field * WEIGHTS.field + parts.priority * WEIGHTS.priority + parts.money * WEIGHTS.money + parts.readiness * WEIGHTS.readiness;
  return { ...parts, total };
}

export function scoreOf(status: Status, fit: Fit): number {
  const band = BANDS[status];
  return Math.round((band.base + band.width * fit.total) * 100) / 100;
}
