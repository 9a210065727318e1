import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { capYoungGeneration } from '../util/young-generation.js';
import { globToRegExp, hasMagic, matchesHiddenOnPurpose, splitGlob } from './glob.js';

/** One application to judge: a file (shown as the user would name it) or stdin. */
export type Input = { kind: 'file'; path: string; display: string } | { kind: 'stdin'; display: string };

export const STDIN_NAME = '<stdin>';

/** Something about the arguments the user should hear of; `missing` and `empty` stop the run. */
export type InputNotice =
  | { kind: 'missing'; arg: string }
  | { kind: 'noMatch'; arg: string }
  | { kind: 'emptyFolder'; arg: string }
  | { kind: 'notRegular'; path: string }
  | { kind: 'brokenLink'; path: string }
  | { kind: 'unreadableFolder'; path: string; reason: string };

export interface FoundInputs {
  inputs: Input[];
  notices: InputNotice[];
}

const YAML_FILE = /\.ya?ml$/i;

/** Folders a reviewer never means: dependencies and hidden (`.git`, `.cache`) ones. */
function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns the command's arguments into the list of applications, in a stable order:
 * arguments as given, each folder or glob sorted by path; every real file once
 * (links to the same file and overlapping arguments collapse).
 */
export function findInputs(args: readonly string[], cwd = process.cwd()): FoundInputs {
  const inputs: Input[] = [];
  const notices: InputNotice[] = [];
  const seenFiles = new Set<string>();
  let stdinTaken = false;

  const stat = (p: string): Stats | undefined => {
    try {
      return statSync(resolve(cwd, p));
    } catch {
      return undefined;
    }
  };
  const isLink = (p: string): boolean => {
    try {
      return lstatSync(resolve(cwd, p)).isSymbolicLink();
    } catch {
      return false;
    }
  };
  const real = (p: string): string => {
    try {
      // The native call is one syscall; the JS one lstat()s every component of the path.
      return realpathSync.native(resolve(cwd, p));
    } catch {
      return resolve(cwd, p);
    }
  };
  /** `id`: the file's real path, so that two ways to one file (links) count once. */
  const addFile = (display: string, st: Pick<Stats, 'isFile'>, id = real(display), path = resolve(cwd, display)) => {
    if (!st.isFile()) {
      notices.push({ kind: 'notRegular', path: display });
      return;
    }
    if (seenFiles.has(id)) return;
    seenFiles.add(id);
    inputs.push({ kind: 'file', path, display });
  };

  let listed = 0;
  type Entry = { name: string; display: string; st: Pick<Stats, 'isFile' | 'isDirectory'>; id: string; path?: string };
  const REGULAR = { isFile: () => true, isDirectory: () => false };
  /** A folder's entries, sorted; none for a folder seen before in this walk (a link loop). */
  const entries = (folder: string, visited: Set<string>): Entry[] => {
    const key = real(folder);
    if (visited.has(key)) return [];
    visited.add(key);
    let dirents: Dirent[];
    try {
      dirents = readdirSync(resolve(cwd, folder), { withFileTypes: true });
    } catch (e) {
      notices.push({ kind: 'unreadableFolder', path: folder, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      return [];
    }
    const out: Entry[] = [];
    // Attachments and other plain files are never judged: no need to ask the disk about them.
    const names = dirents.filter((d) => !d.isFile() || YAML_FILE.test(d.name)).map((d) => d.name);
    const regular = new Set(dirents.filter((d) => d.isFile()).map((d) => d.name));
    // A folder entry's name holds no separator: the folder's paths, normalised once, and
    // the name appended give what join and resolve would, without their work per file.
    const displayPrefix = join(folder, 'x').slice(0, -1);
    const idPrefix = join(key, 'x').slice(0, -1);
    const pathPrefix = resolve(cwd, folder, 'x').slice(0, -1);
    for (const name of names.sort(compare)) {
      // A long list is built here, every entry kept: the moment V8 would grow its young
      // generation to fit it, were it not stopped (young-generation.ts).
      if ((++listed & 1023) === 0) capYoungGeneration();
      // A plain file (not a link) is what the folder entry says it is, and its real path
      // is the folder's: no call to the disk per file, which was a tenth of a large batch.
      if (regular.has(name)) {
        out.push({ name, display: displayPrefix + name, st: REGULAR, id: idPrefix + name, path: pathPrefix + name });
        continue;
      }
      const display = join(folder, name);
      const st = stat(display);
      if (st) out.push({ name, display, st, id: st.isFile() ? real(display) : '' });
      else if (YAML_FILE.test(name) && isLink(display)) notices.push({ kind: 'brokenLink', path: display });
    }
    return out;
  };

  /** Collects the YAML files under a folder. */
  const walk = (folder: string, out: Entry[], visited = new Set<string>()) => {
    for (const e of entries(folder, visited)) {
      if (e.st.isDirectory()) {
        if (!skippedFolder(e.name)) walk(e.display, out, visited);
      } else if (YAML_FILE.test(e.name)) out.push(e);
    }
  };

  const globFiles = (pattern: string): Entry[] => {
    const { base, rest } = splitGlob(pattern);
    const re = globToRegExp(rest);
    const allowHidden = matchesHiddenOnPurpose(rest);
    const found: Entry[] = [];
    const visited = new Set<string>();
    const visit = (folder: string) => {
      for (const e of entries(folder, visited)) {
        const rel = relative(base, e.display).split(sep).join('/');
        if (e.st.isDirectory()) {
          if (re.test(rel)) walk(e.display, found);
          else if (!skippedFolder(e.name) || allowHidden) visit(e.display);
        } else if (re.test(rel) && YAML_FILE.test(e.name)) found.push(e);
      }
    };
    if (stat(base)?.isDirectory()) visit(base);
    return found;
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!stdinTaken) inputs.push({ kind: 'stdin', display: STDIN_NAME });
      stdinTaken = true;
      continue;
    }
    const st = stat(arg);
    if (st) {
      if (st.isDirectory()) {
        const files: Entry[] = [];
        walk(arg, files);
        if (files.length === 0) notices.push({ kind: 'emptyFolder', arg });
        files.sort((a, b) => compare(a.display, b.display)).forEach((f) => addFile(f.display, f.st, f.id, f.path));
      } else addFile(arg, st);
      continue;
    }
    if (hasMagic(arg)) {
      const files = globFiles(arg).sort((a, b) => compare(a.display, b.display));
      if (files.length === 0) notices.push({ kind: 'noMatch', arg });
      files.forEach((f) => addFile(f.display, f.st, f.id, f.path));
      continue;
    }
    // A link whose target is gone is not "no such file": say what it is.
    notices.push(isLink(arg) ? { kind: 'brokenLink', path: arg } : { kind: 'missing', arg });
  }
  return { inputs, notices };
}
