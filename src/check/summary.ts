import type { Guideline } from '../guideline/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { FileResult, FileStatus } from './types.js';

/** A line's or an office's totals: money in 万元. */
export interface Totals {
  applications: number;
  pass: number;
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

export interface DuplicateApplicant {
  name: string;
  creditCode: string | null;
  files: { file: string; code: string | null; status: FileStatus }[];
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
  return { applications: 0, pass: 0, requested: 0, requestedPass: 0, budget: 0 };
}

function add(t: Totals, r: FileResult): void {
  t.applications++;
  if (r.status === 'pass') t.pass++;
  const money = r.meta?.requested;
  if (typeof money === 'number' && Number.isFinite(money)) {
    t.requested = round(t.requested + money);
    if (r.status === 'pass') t.requestedPass = round(t.requestedPass + money);
  }
}

/** Sums of 万元 amounts like 12.5 must not print as 37.800000000000004. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Totals per line (only lines that received applications, in the guide's order) and
 * per office, and applicants named in more than one application.
 */
export function summarize(results: readonly FileResult[], g: Guideline, lang: Lang): BatchSummary {
  const byLine = new Map<string, Totals>();
  const unassigned = { applications: 0, requested: 0 };
  for (const r of results) {
    const line = r.code === null ? undefined : g.line(r.code);
    if (!line) {
      unassigned.applications++;
      if (typeof r.meta?.requested === 'number') unassigned.requested = round(unassigned.requested + r.meta.requested);
      continue;
    }
    let t = byLine.get(line.code);
    if (!t) byLine.set(line.code, (t = empty()));
    add(t, r);
  }

  const lines: LineTotals[] = [];
  const offices = new Map<string, OfficeTotals>();
  for (const line of g.lines) {
    const t = byLine.get(line.code);
    if (!t) continue;
    const maxAmount = Math.max(...line.tiers.map((x) => x.max));
    const office = g.label('offices', line.office, lang);
    const totals: LineTotals = { code: line.code, title: pick(line.title, lang), office, maxAwards: line.maxAwards, maxAmount, ...t, budget: line.maxAwards * maxAmount };
    lines.push(totals);
    let o = offices.get(office);
    if (!o) offices.set(office, (o = { office, ...empty() }));
    o.applications += totals.applications;
    o.pass += totals.pass;
    o.requested = round(o.requested + totals.requested);
    o.requestedPass = round(o.requestedPass + totals.requestedPass);
    o.budget = round(o.budget + totals.budget);
  }
  return { lines, offices: [...offices.values()], unassigned, duplicates: duplicates(results) };
}

function normalName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Same credit code, or the same name where a code is missing on either side: two
 * differently coded units that share a name are different units.
 */
function duplicates(results: readonly FileResult[]): DuplicateApplicant[] {
  const entries = results
    .map((r) => ({ r, name: r.meta?.applicant?.trim(), code: r.meta?.creditCode?.trim().toUpperCase() || undefined }))
    .filter((e) => e.name || e.code);
  const parent = entries.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const union = (a: number, b: number) => void (parent[find(a)] = find(b));

  const byCode = new Map<string, number>();
  const byName = new Map<string, number[]>();
  entries.forEach((e, k) => {
    if (e.code) {
      const first = byCode.get(e.code);
      if (first === undefined) byCode.set(e.code, k);
      else union(k, first);
    }
    if (e.name) {
      const key = normalName(e.name);
      const list = byName.get(key) ?? [];
      for (const other of list) if (!e.code || !entries[other]!.code) union(k, other);
      list.push(k);
      byName.set(key, list);
    }
  });

  const groups = new Map<number, number[]>();
  entries.forEach((_, k) => {
    const root = find(k);
    const members = groups.get(root);
    if (members) members.push(k);
    else groups.set(root, [k]);
  });
  // Members are in input order already (entries are), and so are the groups by their first member.
  const out: DuplicateApplicant[] = [];
  for (const members of [...groups.values()].sort((a, b) => a[0]! - b[0]!)) {
    if (members.length < 2) continue;
    const first = entries[members[0]!]!;
    out.push({
      name: first.name ?? '',
      creditCode: members.map((k) => entries[k]!.code).find((c) => c) ?? null,
      files: members.map((k) => ({ file: entries[k]!.r.file, code: entries[k]!.r.code, status: entries[k]!.r.status })),
    });
  }
  return out;
}
