import type { Facts } from '../application/schema.js';
import { sharedDirectionLabel, type Guideline, type Line } from '../guideline/model.js';
import type { Tier } from '../guideline/schema.js';
import { msg, type Lang } from '../i18n/index.js';
import { checkMessages } from '../i18n/messages/check.js';

interface LineProblem {
  path: string;
  message: string;
}

interface ResolvedLine {
  line?: Line;
  tier?: Tier;
  problems: LineProblem[];
}

/** A guide's lines by project, built once: every application of a batch asks. */
const byProject = new WeakMap<Guideline, Map<number, Line[]>>();

function linesOf(g: Guideline, project: number): Line[] | undefined {
  let index = byProject.get(g);
  if (!index) {
    index = new Map();
    for (const l of g.lines) index.set(l.project, [...(index.get(l.project) ?? []), l]);
    byProject.set(g, index);
  }
  return index.get(project);
}

/** The `project` rule: which funding line (and tier) an application is for. */
export function resolveLine(g: Guideline, facts: Facts, lang: Lang): ResolvedLine {
  const m = msg(checkMessages, lang);
  const project = facts.project;
  if (project === undefined) return { problems: [] };
  const lines = linesOf(g, project);
  if (!lines) {
    const known = [...new Set(g.lines.map((l) => l.project))];
    return { problems: [{ path: 'project', message: m.noProject(project, `${known[0]}–${known[known.length - 1]}`) }] };
  }
  // The lists a message names are made only when there is a message to make.
  const directions = () => lines.map((l) => String(l.direction)).join(', ');
  const heading = () => sharedDirectionLabel(lines);
  let line: Line | undefined;
  if (lines.some((l) => l.direction !== null)) {
    if (facts.direction === undefined)
      return { problems: [{ path: 'project', message: m.directionNeeded(project, directions(), heading()) }] };
    line = lines.find((l) => l.direction === facts.direction);
    if (!line)
      return {
        problems: [{ path: 'direction', message: m.noDirection(project, facts.direction, directions(), heading()) }],
      };
  } else {
    line = lines[0]!;
    if (facts.direction !== undefined)
      return { line, tier: onlyTier(line), problems: [{ path: 'direction', message: m.directionNotAllowed(project) }] };
  }
  const tierNames = () => tierChoices(g, line, lang);
  if (line.tiers.length <= 1) {
    if (facts.tier !== undefined)
      return { line, tier: line.tiers[0], problems: [{ path: 'tier', message: m.tierNotAllowed(line.code) }] };
    return { line, tier: line.tiers[0], problems: [] };
  }
  if (facts.tier === undefined)
    return { line, problems: [{ path: 'project', message: m.tierNeeded(line.code, tierNames()) }] };
  const tier = line.tiers.find((t) => t.tier === facts.tier);
  if (!tier) return { line, problems: [{ path: 'tier', message: m.noTier(line.code, facts.tier, tierNames()) }] };
  return { line, tier, problems: [] };
}

/**
 * A line's tiers with their names and amounts, as `check` and `init --tier` both offer
 * them (general（一般项目，30–50 万元）；major（…）), so that the applicant can choose by what it asks.
 */
export function tierChoices(g: Guideline, line: Line, lang: Lang): string {
  const m = msg(checkMessages, lang);
  return m.tierList(
    line.tiers.map((t) => m.tierOption(t.tier ?? '', g.label('tiers', t.tier ?? '', lang), t.min, t.max)),
  );
}

function onlyTier(line: Line): Tier | undefined {
  return line.tiers.length === 1 ? line.tiers[0] : undefined;
}
