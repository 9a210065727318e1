import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadGuideline, parseGuidelineText } from '../../src/guideline/load.js';
import type { Guideline } from '../../src/guideline/model.js';
import type { Lang } from '../../src/i18n/index.js';
import { ROOT } from './cli.js';

const cache = new Map<Lang, Guideline>();

/** The shipped 2019 guide, parsed from its YAML once per language. */
export function guideline(lang: Lang = 'zh'): Guideline {
  let g = cache.get(lang);
  if (!g) cache.set(lang, (g = loadGuideline('guilin-2019', lang)));
  return g;
}

/**
 * The 2019 guide cut down to project 1 (企业牵头), as YAML: under the whole guide some line
 * is open to everyone (15-1 and 15-2 ask nothing of who applies), so "no line open" needs this.
 */
export function enterpriseOnlyGuideYaml(): string {
  const guide = parse(readFileSync(join(ROOT, 'guidelines/guilin-2019.yaml'), 'utf8')) as {
    sections: { projects: { number: number }[] }[];
  };
  guide.sections = guide.sections.slice(0, 1);
  guide.sections[0]!.projects = guide.sections[0]!.projects.filter((p) => p.number === 1);
  return stringify(guide);
}

/** The same, loaded. */
export function enterpriseOnlyGuide(lang: Lang = 'zh'): Guideline {
  const { guideline: g, problems } = parseGuidelineText(enterpriseOnlyGuideYaml(), 'enterprise-only.yaml', lang);
  if (!g) throw new Error(JSON.stringify(problems));
  return g;
}
