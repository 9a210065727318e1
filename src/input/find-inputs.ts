import { lstatSync, realpathSync, type Stats, statSync } from 'node:fs';
import { type FolderEntry, listFolder } from './list-folder.js';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { globMatcher, hasMagic, splitGlob } from './glob-matcher.js';

/**
 * One application to judge: a file or stdin. A file is its folder and its name, the
 * folder shared by all its files: ten thousand files keep ten thousand names, not
 * twenty thousand paths (`pathOf` and `displayOf` join them when needed). A file whose
 * name, or a folder's on its way, is not UTF-8 (GBK from a zip made on Chinese Windows)
 * is opened by its `bytes`; its path and display name show the name decoded.
 */
export type Input = { kind: 'file'; folder: InputFolder; name: string; bytes?: Uint8Array } | { kind: 'stdin' };

/** A folder of the walk: as the user would name it and as an absolute path, each ending where a name follows. */
interface InputFolder {
  display: string;
  path: string;
}

export type FileInput = Input & { kind: 'file' };

/** The absolute path a file is opened by. */
export function pathOf(input: FileInput): string {
  return input.folder.path + input.name;
}

/** An input as the report names it: the file as the user would, or `<stdin>`. */
export function displayOf(input: Input): string {
  return input.kind === 'stdin' ? STDIN_NAME : input.folder.display + input.name;
}

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

/** A path behind a folder the user may not enter: there, perhaps, but not to be seen. */
function barred(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EACCES';
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
 * The real files already taken, by real folder and name (a root folder as ''), so
 * that each real file is judged once without a real path of its own per file.
 */
class RealFiles {
  private readonly byFolder = new Map<string, Set<string>>();

  /** Whether the file is new; from now on it is taken. */
  take(folder: string, name: string): boolean {
    let names = this.byFolder.get(folder);
    if (!names) this.byFolder.set(folder, (names = new Set()));
    if (names.has(name)) return false;
    names.add(name);
    return true;
  }

  takePath(real: string): boolean {
    return this.take(...realParts(real));
  }
}

/** A real path as `RealFiles` keys it: its folder and its name. */
function realParts(real: string): [string, string] {
  const at = real.lastIndexOf(sep);
  return [real.slice(0, at), real.slice(at + 1)];
}

/** A folder's real path as `RealFiles` keys it: without a separator at its end. */
function folderKey(real: string): string {
  return real.endsWith(sep) ? real.slice(0, -1) : real;
}

/** A file named on the command line, shown as the user spelled it. */
function fileNamed(arg: string, path: string): FileInput {
  const name = basename(path);
  if (!arg.endsWith(name)) return { kind: 'file', folder: { display: arg, path }, name: '' };
  return { kind: 'file', folder: { display: arg.slice(0, -name.length), path: path.slice(0, -name.length) }, name };
}

/**
 * The applications the command's arguments name, as a list in a stable order:
 * arguments as given, each folder or pattern sorted by path; every real file once
 * (links to the same file and overlapping arguments collapse, the first name wins),
 * and every FIFO or link to nothing said once in the same way.
 */
export function findInputs(args: readonly string[], cwd = process.cwd()): FoundInputs {
  const inputs: Input[] = [];
  const notices: InputNotice[] = [];
  const taken = new RealFiles();
  let stdinTaken = false;

  for (const arg of args) {
    if (arg === '-') {
      if (!stdinTaken) inputs.push({ kind: 'stdin' });
      stdinTaken = true;
      continue;
    }
    const path = resolve(cwd, arg);
    const st = statOf(path);
    if (st && !st.isDirectory()) {
      if (taken.takePath(realOf(path)))
        if (st.isFile()) inputs.push(fileNamed(arg, path));
        else notices.push({ kind: 'notRegular', path: arg });
      continue;
    }
    // Named, but behind a folder that may not be entered: its reading says why it fails.
    if (!st && !hasMagic(arg) && barred(path)) {
      if (taken.takePath(path)) inputs.push(fileNamed(arg, path));
      continue;
    }
    if (!st && !hasMagic(arg)) {
      // A link whose target is gone is not "no such file": say what it is.
      if (!statOf(path, false)) notices.push({ kind: 'missing', arg });
      else if (taken.take(folderKey(realOf(dirname(path))), basename(path)))
        notices.push({ kind: 'brokenLink', path: arg });
      continue;
    }
    const said: InputNotice[] = [];
    const odd: InputNotice[] = [];
    let files = 0;
    const found: Found = (what, realFolder, realName) => {
      if (what.kind === 'file') files++;
      if (!taken.take(realFolder, realName)) return;
      if (what.kind === 'file') inputs.push(what);
      else odd.push(what);
    };
    if (st) walk(arg, cwd, found, said);
    else {
      const { base, rest } = splitGlob(arg);
      // A pattern whose fixed part does not exist names nothing: no walk at all.
      if (statOf(resolve(cwd, base))?.isDirectory()) walk(base, cwd, found, said, globMatcher(rest));
    }
    said.sort((a, b) => compare(noticePath(a), noticePath(b)));
    notices.push(...said, ...odd);
    if (files === 0) notices.push(st ? { kind: 'emptyFolder', arg } : { kind: 'noMatch', arg });
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
 * What the walk found, in the order of its paths: a file, or a FIFO or a link to
 * nothing to be said once; with the real folder and name it is taken once by (a
 * link to nothing is real where it lies: its folder's real path and its name).
 */
type Found = (what: FileInput | InputNotice, realFolder: string, realName: string) => void;

/**
 * Lists `folder` and the folders below it into `found`, in the order of their paths:
 * its YAML files, or with a pattern those it names (a folder it names whole is listed
 * whole). Links are followed, each real folder entered once per argument (link loops
 * end there); pipes, sockets and links to nothing named `*.yaml` are found as notices.
 */
function walk(
  folder: string,
  cwd: string,
  found: Found,
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
    // The folder's paths, normalised once and shared by its files: an entry's is this and its name.
    const here: InputFolder = { display: join(display, 'x').slice(0, -1), path: path + sep };
    const realFolder = folderKey(real);
    const own = (d: FolderEntry) =>
      d.bytes || bytes
        ? Buffer.concat([bytes ?? Buffer.from(path), Buffer.from(sep), d.bytes ?? Buffer.from(d.name)])
        : undefined;
    // A plain file or folder is what the folder entry says it is, with the folder's real
    // path: no call to the disk per file. Links and odd entries are asked about.
    const asked = new Map<FolderEntry, Stats | undefined>();
    for (const d of entries) {
      if (d.bytes) notices.push({ kind: 'nameNotUtf8', path: here.display + d.name });
      if (!d.isFile() && !d.isDirectory()) asked.set(d, statOf(own(d) ?? here.path + d.name));
    }
    const isFolder = (d: FolderEntry) => d.isDirectory() || asked.get(d)?.isDirectory() === true;
    // In the order of their paths, a folder sorting as its name and a separator: the
    // list comes out sorted as it is walked, and of a folder reached twice by links,
    // the first name in the report wins.
    const keyOf = (d: FolderEntry) => (isFolder(d) ? d.name + sep : d.name);
    const listed = entries.filter((d) => isFolder(d) || YAML_FILE.test(d.name));
    listed.sort((a, b) => compare(keyOf(a), keyOf(b)));
    for (const d of listed) {
      const name = d.name;
      if (isFolder(d)) {
        const next = here.display + name;
        const parts = [...rel, name];
        if (!glob) {
          if (!skippedFolder(name)) visit(next, parts, undefined, own(d), below);
        } else if (glob.matches(parts)) visit(next, [], undefined, own(d), below);
        else if ((!skippedFolder(name) || glob.allowsHidden) && glob.mayHold(parts))
          visit(next, parts, glob, own(d), below);
        continue;
      }
      if (glob && !glob.matches([...rel, name])) continue;
      const raw = own(d);
      const st = asked.get(d);
      const what: FileInput | InputNotice =
        d.isFile() || st?.isFile()
          ? raw
            ? { kind: 'file', folder: here, name, bytes: raw }
            : { kind: 'file', folder: here, name }
          : { kind: st ? 'notRegular' : 'brokenLink', path: here.display + name };
      // A plain file, and a link to nothing, are real where they lie.
      if (d.isFile() ? !raw : !st) found(what, realFolder, name);
      else found(what, ...realParts(realOf(raw ?? here.path + name)));
    }
  };
  visit(folder, [], pattern);
}

/** The arguments that name nothing (no file, folder, pattern or `-`): they stop the run before anything is judged. */
export function missingArgs(args: readonly string[], cwd = process.cwd()): string[] {
  // There, a link to nothing (the walk says which), or behind a folder one may not enter: not missing.
  // An empty argument (an unset "$INBOX") names nothing, as for ls and cat; resolved, it would be the
  // current folder, and `check --fix ""` would rewrite every application under it.
  return args.filter(
    (a) => a === '' || (a !== '-' && !hasMagic(a) && !statOf(resolve(cwd, a), false) && !barred(resolve(cwd, a))),
  );
}
