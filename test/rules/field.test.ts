import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { validApplication } from '../support/valid-application.js';
import { runRuleCases } from './rule-cases.js';
import { fieldCases } from './tables/field.js';

describe('field', () => runRuleCases(fieldCases));

// 围绕国家重点支持的…等高新技术领域 is project 10's content; no 申报要求 makes a field a condition.
it('project 10 outside the high-tech fields is told its content is about them and to confirm, not that it must be in one', () => {
  const app = validApplication('10');
  app.fields = ['agriculture'];
  const said = (lang: 'zh' | 'en') =>
    checkApplication(app, { lang }).result.findings.find((f) => f.rule === 'field')!.message;
  expect(said('zh')).toContain('申报要求未将其列为条件，请与管理科室确认');
  expect(said('zh')).not.toContain('须');
  expect(said('en')).toContain('its requirements do not make that a condition: confirm with the managing office');
  expect(said('en')).not.toContain('must');
});
