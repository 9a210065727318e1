/**
 * Findings listed per rule in one file. A file of 50,000 unknown keys needs the first
 * few to be understood, not all of them: listing (and locating) each would make its
 * report the size of the file and its check last minutes.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/**
 * The first MAX_FINDINGS_PER_RULE findings of each rule, in their order, and after
 * them one finding per rule that had more (`more(rule, n)`), counting those `unlisted`
 * already left out before they were described.
 */
export function capFindings<T extends { rule: string }>(
  items: T[],
  unlisted: ReadonlyMap<string, number>,
  more: (rule: string, hidden: number) => T,
): T[] {
  const counts = new Map<string, number>();
  const kept: T[] = [];
  for (const f of items) {
    const n = (counts.get(f.rule) ?? 0) + 1;
    counts.set(f.rule, n);
    if (n <= MAX_FINDINGS_PER_RULE) kept.push(f);
  }
  if (kept.length === items.length && unlisted.size === 0) return items;
  for (const rule of new Set([...counts.keys(), ...unlisted.keys()])) {
    const hidden = Math.max(0, (counts.get(rule) ?? 0) - MAX_FINDINGS_PER_RULE) + (unlisted.get(rule) ?? 0);
    if (hidden > 0) kept.push(more(rule, hidden));
  }
  return kept;
}

/**
 * The first `room` of a parse's issues, counted as findings (50,000 unknown keys are
 * one issue with 50,000 keys), and how many were left out: those past the cap are
 * counted, never described.
 */
export function firstIssues<I extends { code: string; keys?: string[] }>(
  issues: readonly I[],
  room: number = MAX_FINDINGS_PER_RULE,
): { issues: I[]; hidden: number } {
  const out: I[] = [];
  let hidden = 0;
  for (const issue of issues) {
    const count = issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.length : 1;
    if (count > room) hidden += count - room;
    if (room <= 0) continue;
    out.push(count > room ? { ...issue, keys: issue.keys!.slice(0, room) } : issue);
    room -= Math.min(count, room);
  }
  return { issues: out, hidden };
}
