import { describe, it } from 'vitest';
import { validApplication } from '../support/valid-application.js';
import { expectAskedToConfirm, runRuleCases } from './rule-cases.js';
import { fieldCases } from './tables/field.js';

describe('field', () => runRuleCases(fieldCases));

// 围绕国家重点支持的…等高新技术领域 is project 10's content; no 申报要求 makes a field a condition.
it('project 10 outside the high-tech fields is told its content is about them and to confirm, not that it must be in one', () => {
  const app = validApplication('10');
  app.fields = ['agriculture'];
  expectAskedToConfirm(app, 'field', { zh: '须', en: 'must' });
});
