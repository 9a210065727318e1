import { NO_FACTS, type FileResult } from './file-result.js';
import type { Guideline } from '../guideline/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { RegisterMessages } from '../i18n/messages/register.js';
import type { ReportMessages } from '../i18n/messages/report.js';

export const REGISTER_KEYS = [
  'file',
  'applicant',
  'creditCode',
  'applicantType',
  'title',
  'code',
  'lineTitle',
  'category',
  'tier',
  'requested',
  'matching',
  'period',
  'office',
  'status',
  'errors',
  'warnings',
] as const satisfies readonly (keyof RegisterRow)[];

export type RegisterRow = ReturnType<typeof registerRow>;

export function registerHeaders(m: RegisterMessages): string[] {
  return REGISTER_KEYS.map((k) => m.columns[k]);
}

/** `2019–2021`, or the half that is known. */
function periodText(p: { start: number | null; end: number | null } | null): string | null {
  if (!p || (p.start === null && p.end === null)) return null;
  return `${p.start ?? '?'}–${p.end ?? '?'}`;
}

export function counts(r: FileResult): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of r.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/**
 * One application as the register (受理清单) shows it, in every format that has one
 * (register CSV, the workbook's first sheet, the HTML report): the JSON's
 * `application` facts with their labels, beside the verdict. Money stays a number.
 */
export function registerRow(r: FileResult, g: Guideline | undefined, lang: Lang, m: ReportMessages) {
  const a = r.application ?? NO_FACTS;
  const line = r.code === null ? undefined : g?.line(r.code);
  const label = (name: 'applicantTypes' | 'tiers' | 'offices', id: string | null) =>
    id === null ? null : g ? g.label(name, id, lang) : id;
  return {
    file: r.file,
    applicant: a.applicant,
    creditCode: a.creditCode,
    applicantType: label('applicantTypes', a.applicantType),
    title: a.title,
    code: r.code,
    lineTitle: line ? pick(line.title, lang) : null,
    category: line ? pick(line.section.title, lang) : null,
    tier: label('tiers', a.tier),
    requested: a.requested,
    matching: a.matching,
    period: periodText(a.period),
    office: label('offices', a.office),
    status: m.status[r.status],
    ...counts(r),
  };
}
