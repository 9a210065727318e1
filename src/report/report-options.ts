import type { FileResult, Finding } from './file-result.js';
import type { Guideline } from '../guideline/model.js';
import type { Lang } from '../i18n/lang.js';
import type { ReportMessages } from '../i18n/messages/report.js';
import type { Style } from './style.js';

/** What every `check` writer takes: the summary comes at the end, from the running totals. */
export interface WriterOptions {
  lang: Lang;
  /** Errors only: warnings and notes are left out; statuses stay as judged. */
  quiet?: boolean;
  /** Line code → title, for headings; a code without a title is shown bare. */
  lineTitles?: ReadonlyMap<string, string>;
  /** The guideline the batch was judged against (markdown names it). */
  guideline?: string;
  /** Colours, for the terminal table only. */
  style?: Style;
  /** Columns the terminal table wraps its lines to (a terminal, or `COLUMNS`); none: not wrapped. */
  width?: number;
  /** The guide itself: labels of the register's facts (types, tiers, offices) and each line's category. */
  guide?: Guideline;
  /** Where a binary format (xlsx) writes its bytes as they are made. */
  bytes?: (chunk: Uint8Array) => void;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then by place in the file; findings without a place last. Stable otherwise. */
export function shownFindings(r: FileResult, quiet = false): Finding[] {
  // A loop and a stable sort (ES2019) rather than filter/map/sort/map: see check-text's `located`.
  const list: Finding[] = [];
  const all = r.findings;
  for (let i = 0; i < all.length; i++) if (!quiet || all[i]!.severity === 'error') list.push(all[i]!);
  if (list.length > 1) list.sort(byRank);
  return list;
}

function byRank(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    (a.line ?? Infinity) - (b.line ?? Infinity) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

/** `file:line:column`, where editors and terminals open a finding; the file alone when it has no place. */
export function findingPlace(file: string, f: Finding): string {
  return f.line === null ? file : `${file}:${f.line}:${f.column ?? 1}`;
}

/** `资助方向 1「信息技术…」`, or that the line is not known. */
export function lineLabel(code: string | null, options: WriterOptions, m: ReportMessages): string {
  if (code === null) return m.noLine;
  const title = options.lineTitles?.get(code);
  return title ? m.line(code, title) : m.lineCode(code);
}
