import { lstatSync, realpathSync, type Stats, statSync } from 'node:fs';
import { type FolderEntry, listFolder } from './list-folder.js';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { globMatcher, hasMagic, splitGlob } from './glob-matcher.js';

/**
 * One application to judge: a file (shown as the user would name it) or stdin. A file
 * whose name, or a folder's on its way, is not UTF-8 (GBK from a zip made on Chinese
 * Windows) is opened by its `bytes`; its `display` and `path` show the name decoded.
 */
export type Input =
  | { kind: 'file'; path: string; display: string; bytes?: Uint8Array }
  | { kind: 'stdin'; display: string };

export const STDIN_NAME = '<stdin>';

/** Something about the arguments the user should hear of; `missing` and `empty` stop the run. */
export type InputNotice =
  | { kind: 'missing'; arg: string }
  | { kind: 'noMatch'; arg: string }
  | { kind: 'emptyFolder'; arg: string }
  | { kind: 'notRegular'; path: string }
  | { kind: 'brokenLink'; path: string }
  | { kind: 'unreadableFolder'; path: string; reason: string }
  | { kind: 'nameNotUtf8'; path: string };

export interface FoundInputs {
  inputs: Input[];
  notices: InputNotice[];
}

const YAML_FILE = /\.ya?ml$/i;

/** Folders a reviewer never means: dependencies and hidden (`.git`, `.cache`) ones. */
function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function statOf(path: string | Buffer, follow = true): Stats | undefined {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return undefined;
  }
}

function realOf(path: string | Buffer): string {
  try {
    // Bytes that are not UTF-8 are kept apart from every name that is.
    return typeof path === 'string'
      ? realpathSync.native(path)
      : `\0${realpathSync.native(path, 'buffer').toString('latin1')}`;
  } catch {
    return typeof path === 'string' ? path : `\0${path.toString('latin1')}`;
  }
}

/**
 * A file the walk found: its display name, absolute path and real path (for "each real
 * file once"); or, with `notice`, a FIFO or a link to nothing said once in the same way
 * (a link to nothing is real where it lies: its folder's real path and its name).
 */
interface Candidate {
  display: string;
  path: string;
  real: string;
  bytes?: Buffer;
  notice?: 'notRegular' | 'brokenLink';
}

/**
 * The applications the command's arguments name, as a list in a stable order:
 * arguments as given, each folder or pattern sorted by path; every real file once
 * (links to the same file and overlapping arguments collapse, the first name wins),
 * and every FIFO or link to nothing said once in the same way.
 * A list of ten thousand names is a megabyte: the batch runner is fed from it.
 */
export function findInputs(args: readonly string[], cwd = process.cwd()): FoundInputs {
  const inputs: Input[] = [];
  const notices: InputNotice[] = [];
  const taken = new Set<string>();
  let stdinTaken = false;
  const take = (c: Candidate) => {
    if (taken.has(c.real)) return;
    taken.add(c.real);
    if (c.notice) notices.push({ kind: c.notice, path: c.display });
    else inputs.push({ kind: 'file', path: c.path, display: c.display, ...(c.bytes ? { bytes: c.bytes } : {}) });
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!stdinTaken) inputs.push({ kind: 'stdin', display: STDIN_NAME });
      stdinTaken = true;
      continue;
    }
    const path = resolve(cwd, arg);
    const st = statOf(path);
    if (st && !st.isDirectory()) {
      take({ display: arg, path, real: realOf(path), ...(st.isFile() ? {} : { notice: 'notRegular' }) });
      continue;
    }
    if (!st && !hasMagic(arg)) {
      // A link whose target is gone is not "no such file": say what it is.
      if (!statOf(path, false)) notices.push({ kind: 'missing', arg });
      else take({ display: arg, path, real: join(realOf(dirname(path)), basename(path)), notice: 'brokenLink' });
      continue;
    }
    const found: Candidate[] = [];
    const said: InputNotice[] = [];
    if (st) walk(arg, cwd, found, said);
    else {
      const { base, rest } = splitGlob(arg);
      // A pattern whose fixed part does not exist names nothing: no walk at all.
      if (statOf(resolve(cwd, base))?.isDirectory()) walk(base, cwd, found, said, globMatcher(rest));
    }
    found.sort((a, b) => compare(a.display, b.display));
    said.sort((a, b) => compare(noticePath(a), noticePath(b)));
    notices.push(...said);
    for (const c of found) take(c);
    if (!found.some((c) => !c.notice)) notices.push(st ? { kind: 'emptyFolder', arg } : { kind: 'noMatch', arg });
  }
  return { inputs, notices };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function noticePath(n: InputNotice): string {
  return 'path' in n ? n.path : n.arg;
}

/**
 * Lists `folder` and the folders below it into `found`: its YAML files, or with a
 * pattern those it names (a folder it names whole is listed whole). Links are
 * followed, each real folder entered once per argument (link loops end there);
 * pipes, sockets and links to nothing named `*.yaml` become notices.
 */
function walk(
  folder: string,
  cwd: string,
  found: Candidate[],
  notices: InputNotice[],
  pattern?: ReturnType<typeof globMatcher>,
): void {
  const entered = new Set<string>();
  /** `bytes`: the folder's path as bytes, once a name on the way is not UTF-8. */
  const visit = (
    display: string,
    rel: readonly string[],
    glob: typeof pattern,
    bytes?: Buffer,
    chain: readonly string[] = [],
  ) => {
    const path = resolve(cwd, display);
    const real = realOf(bytes ?? path);
    // A link back to a folder on the way is a loop. Otherwise a folder is listed whole once,
    // and under a pattern once per place in it: a folder a pattern only passed through
    // (b.yaml/ as */) may still be named whole by it elsewhere (z.yaml/甲.yaml/ as */*.yaml).
    if (chain.includes(real) || entered.has(real)) return;
    const key = glob ? `${real}\0${rel.join('\0')}` : real;
    if (glob && entered.has(key)) return;
    entered.add(key);
    const below = [...chain, real];
    let entries: FolderEntry[];
    try {
      entries = listFolder(bytes ?? path);
    } catch (e) {
      notices.push({ kind: 'unreadableFolder', path: display, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    // The folder's paths, normalised once: an entry's is this and its name.
    const prefix = { display: join(display, 'x').slice(0, -1), path: path + sep, real: real + sep };
    const folders: { name: string; key: string; bytes: Buffer | undefined }[] = [];
    for (const d of entries) {
      const name = d.name;
      // Bytes for a name that is not UTF-8, or for anything in a folder whose name is not.
      const own =
        d.bytes || bytes
          ? Buffer.concat([bytes ?? Buffer.from(path), Buffer.from(sep), d.bytes ?? Buffer.from(name)])
          : undefined;
      const at = own ?? prefix.path + name;
      if (d.bytes) notices.push({ kind: 'nameNotUtf8', path: prefix.display + name });
      // A plain file is what the folder entry says it is, with the folder's real path:
      // no call to the disk per file. Links and odd entries are asked about.
      const st = d.isFile() || d.isDirectory() ? undefined : statOf(at);
      if (d.isDirectory() || st?.isDirectory()) {
        folders.push({ name, key: name + sep, bytes: own });
        continue;
      }
      if (!YAML_FILE.test(name) || (glob && !glob.matches([...rel, name]))) continue;
      const here = prefix.display + name;
      const raw = own ? { bytes: own } : {};
      // A plain file, and a link to nothing, are real where they lie.
      const lies = d.isFile() ? !own : !st;
      const real = lies ? prefix.real + name : realOf(at);
      const notice = d.isFile() || st?.isFile() ? undefined : st ? 'notRegular' : 'brokenLink';
      found.push({ display: here, path: prefix.path + name, real, ...raw, ...(notice ? { notice } : {}) });
    }
    // Folders are entered in the order of their paths (a folder sorts as its name and a
    // separator): of a folder reached twice by links, the first name in the report wins.
    folders.sort((a, b) => compare(a.key, b.key));
    for (const { name, bytes: own } of folders) {
      const here = prefix.display + name;
      const parts = [...rel, name];
      if (!glob) {
        if (!skippedFolder(name)) visit(here, parts, undefined, own, below);
      } else if (glob.matches(parts)) visit(here, [], undefined, own, below);
      else if ((!skippedFolder(name) || glob.allowsHidden) && glob.mayHold(parts)) visit(here, parts, glob, own, below);
    }
  };
  visit(folder, [], pattern);
}

/** The arguments that name nothing (no file, folder, pattern or `-`): they stop the run before anything is judged. */
export function missingArgs(args: readonly string[], cwd = process.cwd()): string[] {
  // There, or a link to nothing (the walk says which): not missing.
  return args.filter((a) => a !== '-' && !hasMagic(a) && !statOf(resolve(cwd, a), false));
}
