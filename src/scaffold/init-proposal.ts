import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Facts } from '../application/schema.js';
import { UsageError } from '../util/errors.js';
import { findLine } from '../guideline/find-line.js';
import type { Guideline, Line } from '../guideline/model.js';
import type { Tier } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import { type ScaffoldMessages, scaffoldMessages } from '../i18n/messages/scaffold.js';
import { writeMessages } from '../i18n/messages/write.js';
import {
  commitWrites,
  createFolder,
  type KeptFile,
  lstatOrNull,
  planWrites,
  systemReason,
  WriteConflict,
  type PlannedWrite,
  type WriteStatus,
} from '../util/write-file.js';
import { pathProblem } from '../util/file-name.js';
import { backupName } from '../util/keep-backup.js';
import { documentToWrite, proposalDocxName } from './proposal-docx.js';
import { resolveTier } from './resolve-tier.js';
import { APPLICATION_FILE, countPlaceholders, scaffoldFiles } from './scaffold-files.js';
import { lineName } from './scaffold-input.js';

interface InitOptions {
  /** Required where the line has tiers; a profile's `tier` serves when this is absent. */
  tier?: string;
  /** What the applicant stated, already validated (`readProfile`, or match's answers). */
  profile?: Facts;
  dryRun?: boolean;
  force?: boolean;
}

interface InitEntry {
  /** As the user would type it: the folder joined with the file's name. */
  path: string;
  /** What the file is for: the catalogue words each. */
  role: keyof ScaffoldMessages['role'];
  status: WriteStatus;
  /**
   * Where a file overwritten (`--force`) had its old content kept, beside it
   * (`application.yaml.bak`); on a dry run, where it would be.
   */
  backup?: string;
}

/** What `init --json` prints. */
interface InitResult {
  code: string;
  tier: string | null;
  dir: string;
  dryRun: boolean;
  /** Whether any file was written (false on a dry run and when all were identical). */
  written: boolean;
  placeholders: number;
  files: InitEntry[];
}

/** What `init` made (or would make), for the command to say. */
export interface Scaffolded {
  result: InitResult;
  /** The line (and tier) as a sentence names it. */
  lineName: string;
  /** Where application.yaml and the 申报书 are, for the next steps. */
  application: string;
  document: string;
}

/** `guilin-2019-5-2`, `guilin-2019-16-major`: a folder that says what it holds. */
function defaultDir(g: Guideline, line: Line, tier: Tier): string {
  return [g.id, line.code, tier.tier].filter(Boolean).join('-');
}

/**
 * Scaffolds a line's proposal into `dir`: all files or none. Without `force` an
 * existing file that differs is never touched; identical files are left as they are.
 * A dry run writes nothing; its conflicts are in the result, not thrown.
 * `match` calls this with the questionnaire's answers as `profile`.
 */
export async function initProposal(
  g: Guideline,
  lang: Lang,
  code: string,
  dir: string | undefined,
  opts: InitOptions = {},
): Promise<Scaffolded> {
  const m = msg(scaffoldMessages, lang);
  const profile = opts.profile ?? {};
  const line = findLine(g, code, lang);
  const tier = resolveTier(g, line, opts.tier ?? (line.tiers.length > 1 ? profile.tier : undefined), lang);
  const folder = dir ?? defaultDir(g, line, tier);
  const bad = pathProblem(folder);
  if (bad) throw new UsageError(m.badDir(folder, msg(writeMessages, lang).problem[bad.problem](bad.segment)));
  const existing = lstatOrNull(folder);
  // A link to a folder (one kept on a synced drive, say) is that folder, as for cd and cp.
  if (existing && !existing.isDirectory() && !(existing.isSymbolicLink() && leadsToFolder(folder)))
    throw new UsageError(m.notAFolder(folder));

  const input = { g, line, tier, profile, lang };
  const scaffold = scaffoldFiles(input);
  const docPath = join(folder, proposalDocxName(input));
  const document = await documentToWrite(docPath, input, opts.dryRun === true);
  // Listed right after proposal.md, the outline it shares.
  const files = scaffold.files.flatMap((f) => {
    const file = { path: join(folder, f.name), content: f.content, role: f.role };
    return f.role === 'proposal' ? [file, { ...document, role: 'document' as const }] : [file];
  });
  const plan = planWrites(files, { force: opts.force });
  const entries: InitEntry[] = plan.map((p, i) => ({
    path: p.path,
    role: files[i]!.role,
    status: p.status,
    ...(p.status === 'overwrite' && opts.dryRun ? { backup: backupName(p.path) } : {}),
  }));
  for (const name of scaffold.folders) {
    const path = join(folder, name);
    const st = lstatOrNull(path);
    entries.push({
      path: `${path}/`,
      role: 'attachmentsDir',
      status: !st ? 'create' : st.isDirectory() ? 'identical' : 'conflict',
    });
  }
  const application = scaffold.files.find((f) => f.role === 'application')!;
  const result: InitResult = {
    code: line.code,
    tier: tier.tier,
    dir: folder,
    dryRun: opts.dryRun === true,
    written: false,
    placeholders: countPlaceholders(application.content),
    files: entries,
  };
  const made: Scaffolded = {
    result,
    lineName: lineName(input),
    application: join(folder, APPLICATION_FILE),
    document: docPath,
  };
  if (opts.dryRun) return made;
  // Something other than a file (a folder, a link) where a file goes: --force cannot help.
  const blocked = entries.find((e) => e.status === 'conflict' && lstatOrNull(e.path)?.isFile() === false);
  if (blocked) throw new UsageError(m.inTheWay(blocked.path));
  const conflicts = entries.filter((e) => e.status === 'conflict');
  if (conflicts.length) throw new UsageError(conflictText(m, folder, conflicts));

  const folders = scaffold.folders.map((f) => join(folder, f));
  for (const kept of write(folder, plan, folders, lang)) {
    const entry = entries.find((e) => e.path === kept.path);
    if (entry) entry.backup = kept.backup;
  }
  result.written = entries.some((e) => e.status !== 'identical');
  return made;
}

/** The files an applicant may have edited, and what --force would do to them. */
function conflictText(m: ScaffoldMessages, folder: string, files: readonly { path: string }[]): string {
  return m.conflict(folder, m.list(files.map((f) => f.path)), m.list(files.map((f) => backupName(f.path))));
}

/** Writes the plan; what files overwritten held is kept beside them, and their names returned. */
function write(folder: string, plan: PlannedWrite[], folders: string[], lang: Lang): KeptFile[] {
  const m = msg(scaffoldMessages, lang);
  try {
    // A new proposal folder appears whole or not at all; into an existing one, the
    // files are placed together (each staged beside its target first).
    if (!lstatOrNull(folder)) {
      createFolder(folder, plan, folders);
      return [];
    }
    const kept = commitWrites(plan, { keep: true });
    for (const f of folders) mkdirSync(f, { recursive: true });
    return kept;
  } catch (e) {
    // A file that appeared since the plan was made is a conflict like any other.
    if (e instanceof WriteConflict) throw new UsageError(conflictText(m, dirname(e.path), [e]));
    throw new UsageError(
      m.writeFailed((e as { path?: string }).path ?? dirname(plan[0]?.path ?? '.'), systemReason(e)),
    );
  }
}

/** Whether a link ends at a folder (not at a file, nowhere, or round in a loop). */
function leadsToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
