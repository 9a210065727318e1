import { describe, it } from 'vitest';
import { validApplication } from '../support/valid-application.js';
import { expectAskedToConfirm, runRuleCases } from './rule-cases.js';
import { platformCases } from './tables/platform.js';

describe('platform', () => runRuleCases(platformCases));

// 6's carriers (孵化器、大学科技园、众创空间等创新创业载体) are its content, an open list; no 申报要求 names them.
it('project 6 without an incubator, park or maker space is told its content addresses them and to confirm, not that only they may apply', () => {
  const app = validApplication('6');
  app.applicant.platforms = [{ kind: 'key_lab', level: 'guangxi' }];
  expectAskedToConfirm(app, 'platform', { zh: '限', en: 'Only' });
});
