import type { Guideline } from '../guideline/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { FileResult, FileStatus } from './file-result.js';

/** A line's or an office's totals: money in 万元. */
export interface Totals {
  applications: number;
  pass: number;
  fail: number;
  error: number;
  /** Sum of `funding.requested` over every application that states it. */
  requested: number;
  /** The same over the applications that pass. */
  requestedPass: number;
  /** What the guide can award at most: `maxAwards × max` of the largest tier. */
  budget: number;
}

export interface LineTotals extends Totals {
  code: string;
  title: string;
  office: string;
  maxAwards: number;
  maxAmount: number;
}

export interface OfficeTotals extends Totals {
  office: string;
}

interface DuplicateApplicant {
  name: string;
  creditCode: string | null;
  files: DuplicateFile[];
}

/**
 * `applicant`: how this file names the applicant, where that is not the group's `name`
 * (null: it gives no name); `creditCode`: null where the group has a code and this file
 * gives none (it was joined by name). Both are absent where the file agrees.
 */
export interface DuplicateFile {
  file: string;
  code: string | null;
  status: FileStatus;
  applicant?: string | null;
  creditCode?: null;
}

/** `check --summary`: the `report` key of the JSON, additive to the spec's contract. */
export interface BatchSummary {
  lines: LineTotals[];
  offices: OfficeTotals[];
  /** Applications whose line could not be told (no or unknown project). */
  unassigned: { applications: number; requested: number };
  duplicates: DuplicateApplicant[];
}

function empty(): Totals {
  return { applications: 0, pass: 0, fail: 0, error: 0, requested: 0, requestedPass: 0, budget: 0 };
}

function add(t: Totals, r: FileResult): void {
  t.applications++;
  t[r.status]++;
  const money = r.application?.requested;
  if (typeof money === 'number' && Number.isFinite(money)) {
    t.requested = round(t.requested + money);
    if (r.status === 'pass') t.requestedPass = round(t.requestedPass + money);
  }
}

/** How many times the money requested covers the cap (`1.5` = half as much again); null without a cap. */
export function timesOversubscribed(t: Totals): number | null {
  return t.budget > 0 ? Math.round((t.requested / t.budget) * 100) / 100 : null;
}

/** Money asked that rounds to 0 of its cap: the reports show it as <0.01, never 0. */
export function asksSliver(t: Totals): boolean {
  return t.requested > 0 && timesOversubscribed(t) === 0;
}

/** Sums of 万元 amounts like 12.5 must not print as 37.800000000000004. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** An application as the search for duplicates needs it, and no more. */
interface Entry {
  file: string;
  code: string | null;
  status: FileStatus;
  name: string | undefined;
  creditCode: string | undefined;
}

/**
 * `--summary` one result at a time: totals per line (only lines that received
 * applications, in the guide's order) and per office, and applicants named in more
 * than one application; for duplicates it keeps only what names a file, so the
 * results themselves need not be kept.
 */
export class SummaryBuilder {
  private byLine = new Map<string, Totals>();
  private unassigned = { applications: 0, requested: 0 };
  private entries: Entry[] = [];
  private parent: number[] = [];
  private byCode = new Map<string, number>();
  private byName = new Map<string, number[]>();

  constructor(
    private readonly g: Guideline,
    private readonly lang: Lang,
  ) {}

  add(r: FileResult): void {
    const line = r.code === null ? undefined : this.g.line(r.code);
    if (!line) {
      this.unassigned.applications++;
      if (typeof r.application?.requested === 'number')
        this.unassigned.requested = round(this.unassigned.requested + r.application.requested);
    } else {
      let t = this.byLine.get(line.code);
      if (!t) this.byLine.set(line.code, (t = empty()));
      add(t, r);
    }
    this.addEntry(r);
  }

  finish(): BatchSummary {
    const { g, lang } = this;
    const lines: LineTotals[] = [];
    const offices = new Map<string, OfficeTotals>();
    for (const line of g.lines) {
      const t = this.byLine.get(line.code);
      if (!t) continue;
      const maxAmount = Math.max(...line.tiers.map((x) => x.max));
      const office = g.label('offices', line.office, lang);
      const totals: LineTotals = {
        code: line.code,
        title: pick(line.title, lang),
        office,
        maxAwards: line.maxAwards,
        maxAmount,
        ...t,
        budget: line.maxAwards * maxAmount,
      };
      lines.push(totals);
      let o = offices.get(office);
      if (!o) offices.set(office, (o = { office, ...empty() }));
      for (const k of ['applications', 'pass', 'fail', 'error'] as const) o[k] += totals[k];
      for (const k of ['requested', 'requestedPass', 'budget'] as const) o[k] = round(o[k] + totals[k]);
    }
    return { lines, offices: [...offices.values()], unassigned: { ...this.unassigned }, duplicates: this.duplicates() };
  }

  private find(k: number): number {
    const parent = this.parent;
    return parent[k] === k ? k : (parent[k] = this.find(parent[k]!));
  }

  private union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }

  /**
   * Same credit code, or the same name where a code is missing on either side: two
   * differently coded units that share a name are different units.
   */
  private addEntry(r: FileResult): void {
    const name = r.application?.applicant?.trim();
    const creditCode = r.application?.creditCode?.trim().toUpperCase() || undefined;
    if (!name && !creditCode) return;
    const k = this.entries.length;
    this.entries.push({ file: r.file, code: r.code, status: r.status, name, creditCode });
    this.parent.push(k);
    if (creditCode) {
      const first = this.byCode.get(creditCode);
      if (first === undefined) this.byCode.set(creditCode, k);
      else this.union(k, first);
    }
    if (name) {
      const key = normalName(name);
      const list = this.byName.get(key) ?? [];
      for (const other of list) if (!creditCode || !this.entries[other]!.creditCode) this.union(k, other);
      list.push(k);
      this.byName.set(key, list);
    }
  }

  private duplicates(): DuplicateApplicant[] {
    const entries = this.entries;
    const groups = new Map<number, number[]>();
    entries.forEach((_, k) => {
      const root = this.find(k);
      const members = groups.get(root);
      if (members) members.push(k);
      else groups.set(root, [k]);
    });
    // Members are in input order already (entries are), and so are the groups by their first member.
    const out: DuplicateApplicant[] = [];
    for (const members of [...groups.values()].sort((a, b) => a[0]! - b[0]!)) {
      if (members.length < 2) continue;
      // The group's name is the one most of its files write (the first of those tied), so
      // that the files said to name it otherwise are the fewest; a file without one names none.
      const name = mostWritten(members.map((k) => entries[k]!.name));
      const creditCode = members.map((k) => entries[k]!.creditCode).find((c) => c) ?? null;
      out.push({
        name,
        creditCode,
        files: members.map((k) => {
          const e = entries[k]!;
          return {
            file: e.file,
            code: e.code,
            status: e.status,
            ...(e.name !== name ? { applicant: e.name ?? null } : {}),
            ...(creditCode && !e.creditCode ? { creditCode: null } : {}),
          };
        }),
      });
    }
    return out;
  }
}

/** The name written most often, the first of those tied; '' where none is written. */
function mostWritten(names: (string | undefined)[]): string {
  const counts = new Map<string, number>();
  for (const n of names) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = '';
  for (const [n, c] of counts) if (c > (counts.get(best) ?? 0)) best = n;
  return best;
}

/**
 * A name as the search for duplicates compares it: NFKC (full-width letters, compatibility
 * forms), without white space and without invisible format characters (zero-width space
 * and joiners, word joiner, soft hyphen, bidi controls such as RLO), which would otherwise
 * hide one applicant behind two names. The summary shows a name with such characters
 * escaped (`\u200B`), so the reviewer sees why two spellings were taken as one.
 */
function normalName(name: string): string {
  return name.normalize('NFKC').replace(/[\s\p{Cf}]+/gu, '');
}
