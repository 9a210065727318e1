import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { validApplication } from '../support/valid-application.js';
import { runRuleCases } from './rule-cases.js';
import { talentCases } from './tables/talent.js';

describe('talent', () => runRuleCases(talentCases));

describe('talent: what check says of a share of time', () => {
  it('names the share as a percentage, as the guide does, not as a ratio against a ratio', () => {
    const app = validApplication('9');
    app.talent = { route: 'academician', name: '赵院士', serviceRatio: 0.495 };
    delete app.attachments;
    const messages = (lang: 'zh' | 'en') =>
      checkApplication(app, { lang })
        .result.findings.filter((f) => f.rule === 'talent')
        .map((f) => f.message);
    expect(messages('zh')).toEqual(['院士或智库专家为项目服务的时间占比为 49.5%，须不少于 50%。']);
    expect(messages('en')).toEqual([
      'The academician or expert serves the project 49.5% of the time; at least 50% is needed.',
    ]);
  });
});
