import type { ApplicationData, Partner } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/**
 * 合作单位: at least one (13: 联合开展, agreements of all parties), none (11), a university
 * or institute (12). Line 8 requires none: it also funds an enterprise's own overseas R&D centre.
 */

const partners = (list: Partner[]) => (a: ApplicationData) => void (a.partners = list);
const wrong = [{ rule: 'partners', path: 'partners' }];
const ENTERPRISE: Partner = { name: '上海某某科技有限公司', type: 'enterprise', country: 'CN' };
const INSTITUTE: Partner = { name: '中国科学院某某研究所', type: 'research_institute', country: 'CN' };

export const partnersCases: RuleCase[] = [
  ...['13'].flatMap((line): RuleCase[] => [
    {
      name: `project ${line}: one partner is enough`,
      line,
      rule: 'partners',
      mutate: (a) => {
        a.partners = [INSTITUTE];
        a.attachments = [{ kind: 'cooperation_agreement', partner: INSTITUTE.name, file: 'attachments/合作协议.pdf' }];
      },
    },
    {
      name: `project ${line}: an empty partner list fails`,
      line,
      rule: 'partners',
      mutate: partners([]),
      findings: wrong,
    },
    {
      name: `project ${line}: no partners at all fails`,
      line,
      rule: 'partners',
      mutate: (a) => void delete a.partners,
      findings: wrong,
    },
  ]),
  { name: 'project 11: an enterprise applying alone passes', line: '11', rule: 'partners' },
  { name: 'project 11: an explicitly empty partner list passes', line: '11', rule: 'partners', mutate: partners([]) },
  {
    name: 'project 11: an enterprise with one partner fails (限企业单独申报)',
    line: '11',
    rule: 'partners',
    mutate: partners([INSTITUTE]),
    findings: wrong,
  },
  { name: 'project 12: a university partner passes', line: '12', rule: 'partners' },
  {
    name: 'project 12: a research institute partner passes',
    line: '12',
    rule: 'partners',
    mutate: partners([INSTITUTE]),
  },
  {
    name: 'project 12: an enterprise partner alone fails',
    line: '12',
    rule: 'partners',
    mutate: partners([ENTERPRISE]),
    findings: wrong,
  },
  {
    name: 'project 12: an enterprise and an institute together pass',
    line: '12',
    rule: 'partners',
    mutate: partners([ENTERPRISE, INSTITUTE]),
  },
  {
    name: 'project 12: no partner fails',
    line: '12',
    rule: 'partners',
    mutate: (a) => void delete a.partners,
    findings: wrong,
  },
];
