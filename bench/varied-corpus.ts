import { dump } from 'js-yaml';
import { stringify } from 'yaml';
import { attachmentFiles, type ApplicationData } from '../test/support/valid-application.js';
import { applicationData, breakOneIn200, type CorpusEntry } from './corpus.js';

/**
 * The bench corpus's applications written the many ways people write YAML by hand,
 * not only the way `init` does: flow mappings and lists, double- and single-quoted
 * scalars, comments at the end of lines, Chinese labels for the enumerations. A fast
 * path tuned to one style shows here.
 */
const LABELS: Record<string, string> = {
  enterprise: '企业',
  university: '高校',
  research_institute: '科研院所',
  hospital: '医疗卫生机构',
  electronic_information: '电子信息',
  bio_medicine: '生物与新医药',
  new_materials: '新材料',
  advanced_manufacturing: '先进制造与自动化',
  agriculture: '现代农业',
  health_care: '医疗健康',
  key_lab: '重点实验室',
  engineering_center: '工程技术研究中心',
  national: '国家级',
  guangxi: '自治区级',
  city: '市级',
};

/** Enumeration ids replaced by their Chinese labels (the spec accepts either). */
function withLabels(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => withLabels(v, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLabels(v, k)]));
  if (typeof value === 'string' && ['type', 'fields', 'kind', 'level'].includes(key)) return LABELS[value] ?? value;
  return value;
}

const STYLES: ((app: ApplicationData, i: number) => string)[] = [
  // Nested mappings and lists on one line each, `{ a: 1, b: 2 }`.
  (app) => dump(app, { flowLevel: 1, lineWidth: -1 }),
  // Every string double-quoted, Chinese labels, a comment after some values.
  (app) =>
    stringify(withLabels(app), { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).replace(
      /^(\s*"?(?:project|title|requested|start|inGuilin)"?: .*)$/gm,
      '$1  # 按指南填写',
    ),
  // Single-quoted strings, quoted keys, everything as flow below the top.
  (app) => dump(withLabels(app), { flowLevel: 2, quotingType: "'", forceQuotes: true, lineWidth: -1 }),
  // Block style with a comment line between the top-level keys.
  (app, i) =>
    stringify(app, { lineWidth: 0 })
      .split(/\n(?=\S)/)
      .map((part, k) => `# 第${k + 1}部分（申报书 ${i}）\n${part}`)
      .join('\n'),
];

export function makeVariedApplication(i: number): CorpusEntry {
  const app = applicationData(i);
  return { ...breakOneIn200(i, STYLES[i % STYLES.length]!(app, i)), attachments: attachmentFiles(app) };
}
