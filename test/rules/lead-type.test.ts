import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { validApplication } from '../support/valid-application.js';
import { runRuleCases } from './rule-cases.js';
import { leadTypeCases } from './tables/lead-type.js';

describe('lead-type', () => runRuleCases(leadTypeCases));

// 生态产业项目需企业牵头: line 16 asks an enterprise to lead its ecological industry projects only.
it('a university leading an ecological industry project of 16 is told such projects need an enterprise, not that the line does', () => {
  const app = validApplication('16');
  app.ecoIndustry = true;
  app.applicant.type = 'university';
  const said = (lang: 'zh' | 'en') =>
    checkApplication(app, { lang }).result.findings.find((f) => f.rule === 'lead-type')!.message;
  expect(said('zh')).toContain('生态产业项目');
  expect(said('zh')).not.toContain('本方向须由');
  expect(said('en')).toContain('ecological industry project');
  expect(said('en')).not.toContain('this line must be led');
  // One sentence, as every other lead-type message.
  expect(said('en')).toBe(
    'The lead applicant is of type University; for an ecological industry project, the lead applicant must be an enterprise.',
  );
});
