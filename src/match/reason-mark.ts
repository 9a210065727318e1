import type { Style } from '../report/style.js';
import type { Reason } from './match-line.js';

/** A note as the table shows it: its mark, the mark's colour, and its words. */
export type Mark = { mark: string; colour: (s: string) => string; text: string };

/** The mark a reason takes: met, broken (closes the line), or open / to confirm. */
export function reasonMark(r: Pick<Reason, 'ok' | 'basis' | 'nature'>, s: Style): Omit<Mark, 'text'> {
  if (r.nature === 'bonus') return { mark: '★', colour: s.green };
  if (r.ok === true) return { mark: '✓', colour: s.green };
  if (r.ok === false && r.basis === 'requirement') return { mark: '✗', colour: s.red };
  return { mark: '?', colour: s.yellow };
}
