import { msg, type Lang } from '../i18n/index.js';
import { guidelineMessages } from '../i18n/messages/guideline.js';
import type { PathSegment } from '../yaml/problem.js';

type Raw = Record<string, unknown> | undefined;
const at = (v: unknown, k: PathSegment): unknown =>
  v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;

/**
 * A place in a guideline file as whoever encodes it thinks of it: `line 5-2,
 * requirement 3: severity` rather than `sections.0.projects.4.lines.1.requirements.2.severity`.
 * Read from the data as written, so that it also names places the schema refused.
 */
export function describePath(data: unknown, path: readonly PathSegment[], lang: Lang): string {
  const m = msg(guidelineMessages, lang);
  const named = (head: string, from: number) => (from < path.length ? `${head}: ${path.slice(from).join('.')}` : head);
  if (path[0] === 'common' && typeof path[1] === 'number') return named(m.commonRule(path[1] + 1), 2);
  if (path[0] !== 'sections' || typeof path[1] !== 'number') return path.join('.');
  const section = at(at(data, 'sections'), path[1]) as Raw;
  if (path[2] !== 'projects' || typeof path[3] !== 'number')
    return named(m.sectionAt(String(at(section, 'id') ?? path[1] + 1)), 2);
  const project = at(at(section, 'projects'), path[3]) as Raw;
  if (path[4] !== 'lines' || typeof path[5] !== 'number')
    return named(m.projectAt(String(at(project, 'number') ?? `#${path[3] + 1}`)), 4);
  const line = at(at(project, 'lines'), path[5]) as Raw;
  const code = String(at(line, 'code') ?? `${String(at(project, 'number') ?? '?')}#${path[5] + 1}`);
  if ((path[6] === 'requirements' || path[6] === 'tiers') && typeof path[7] === 'number')
    return named(path[6] === 'requirements' ? m.requirementAt(code, path[7] + 1) : m.tierAt(code, path[7] + 1), 8);
  return named(m.lineAt(code), 6);
}
