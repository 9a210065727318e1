import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkText } from '../../src/check/check-text.js';
import { parseGuidelineText } from '../../src/guideline/load.js';
import { checkApplication } from '../support/check-application.js';
import { ROOT } from '../support/cli.js';
import { validApplication } from '../support/valid-application.js';

const projectFindings = (findings: readonly { rule: string; path: string | null; message: string }[]) =>
  findings.filter((f) => f.rule === 'project').map((f) => [f.path, f.message]);

describe('the project rule names the directions as the guide heads them', () => {
  it.each([
    // 15-1 is headed 课题方向, 15-2 and 15-3 支持方向: a sentence on all three names neither.
    ['15-2', undefined, 'zh', ['project', '项目 15 分方向申报：请用 direction 指明方向（1, 2, 3）。']],
    ['15-2', 4, 'zh', ['direction', '项目 15 没有方向 4；可选方向：1, 2, 3。']],
    // Both of project 5's directions are 课题方向.
    ['5-2', undefined, 'zh', ['project', '项目 5 分课题方向申报：请用 direction 指明方向（1, 2）。']],
    ['5-2', 3, 'zh', ['direction', '项目 5 没有课题方向 3；可选方向：1, 2。']],
    [
      '15-2',
      undefined,
      'en',
      ['project', 'Project 15 is applied for by direction: name it with `direction` (1, 2, 3).'],
    ],
    ['15-2', 4, 'en', ['direction', 'Project 15 has no direction 4; its directions are 1, 2, 3.']],
  ] as const)('%s with direction %s (%s)', (code, direction, lang, finding) => {
    const app = validApplication(code);
    if (direction === undefined) delete app.direction;
    else app.direction = direction;
    expect(projectFindings(checkApplication(app, { lang }).result.findings)).toEqual([finding]);
  });

  it("takes the word from the guide's data: a guide heading both of project 5's directions 支持方向 says so", () => {
    const file = parse(readFileSync(join(ROOT, 'guidelines/guilin-2019.yaml'), 'utf8')) as {
      sections: { projects: { number: number; lines: { directionLabel?: { zh: string } }[] }[] }[];
    };
    for (const p of file.sections.flatMap((s) => s.projects).filter((p) => p.number === 5))
      for (const l of p.lines) l.directionLabel = { zh: '支持方向' };
    const { guideline: g, problems } = parseGuidelineText(stringify(file), 'relabelled.yaml', 'zh');
    expect(problems).toEqual([]);
    const app = validApplication('5-2');
    delete app.direction;
    const text = stringify({ ...app, guideline: undefined });
    expect(projectFindings(checkText(text, 'application.yaml', { guideline: g!, lang: 'zh' }).findings)).toEqual([
      ['project', '项目 5 分支持方向申报：请用 direction 指明方向（1, 2）。'],
    ]);
  });
});
