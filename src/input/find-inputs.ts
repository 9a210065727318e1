import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
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

/** What the walk meets, in order: an application to judge, or something to tell. */
export type Found = { input: Input; notice?: undefined } | { input?: undefined; notice: InputNotice };

const YAML_FILE = /\.ya?ml$/i;

/** Folders a reviewer never means: dependencies and hidden (`.git`, `.cache`) ones. */
function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** All of `findInputs`'s walk at once: for small batches and for tests. */
export function findInputs(args: readonly string[], cwd = process.cwd()): FoundInputs {
  const inputs: Input[] = [];
  const notices: InputNotice[] = [];
  for (const f of walkInputs(args, cwd)) {
    if (f.input) inputs.push(f.input);
    else notices.push(f.notice);
  }
  return { inputs, notices };
}

/** A folder's listing by one argument: all its applications, or those a pattern names. */
interface Take {
  arg: number;
  /** The folder's display path with its separator: a file's display is this and its name. */
  prefix: string;
  pattern?: { re: RegExp; base: string };
}

/** A folder entry the walk goes on with: a file to judge, or a folder to enter. */
interface Entry {
  name: string;
  display: string;
  folder: boolean;
  /** For a plain file: its folder (real path, and the real and absolute paths' prefixes) and the listing it came by. */
  regular?: { key: string; real: string; path: string; take: Take };
  /** For anything else: what stat() says it is. */
  st?: Stats;
}

/**
 * The applications the command's arguments name, one at a time, in a stable order:
 * arguments as given, each folder or glob sorted by path; every real file once
 * (links to the same file and overlapping arguments collapse, the first name wins).
 *
 * It holds no list of the files found, so a batch of any size walks in the same
 * memory: a folder is listed when it is reached and its entries sorted so that a
 * depth-first walk gives the order of a sort of the whole paths (a folder sorts as
 * its name and a separator). A file is known to have come before by the folders
 * already listed and how (`takes`), and by the few files that came by a link or by
 * name (`taken`): nothing per file of a plain folder is kept.
 */
export function* walkInputs(args: readonly string[], cwd = process.cwd()): Generator<Found> {
  const takes = new Map<string, Take[]>();
  const taken = new Set<string>();
  let stdinTaken = false;
  let arg = 0;

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
  /** Whether a listing before this file (`display`), other than `by`, took the plain file `name` of the real folder `folder`. */
  const listedBefore = (folder: string, name: string, display: string, by?: Take): boolean => {
    const list = takes.get(folder);
    if (list === undefined || !YAML_FILE.test(name)) return false;
    for (const t of list) {
      if (t === by) continue;
      const there = t.prefix + name;
      if (t.pattern && !t.pattern.re.test(relative(t.pattern.base, there).split(sep).join('/'))) continue;
      // Within one argument the walk goes in the order of the paths.
      if (t.arg < arg || compare(there, display) < 0) return true;
    }
    return false;
  };
  /** A file reached by a link or named on the command line: judged unless its real file came before. */
  const byName = (display: string, st: Stats, path = resolve(cwd, display)): Found | undefined => {
    if (!st.isFile()) return { notice: { kind: 'notRegular', path: display } };
    const id = real(display);
    if (taken.has(id) || listedBefore(dirname(id), basename(id), display)) return undefined;
    taken.add(id);
    return { input: { kind: 'file', path, display } };
  };
  /** A plain file of a listed folder: judged unless a link or an earlier listing took it. */
  const inFolder = (e: Entry, { key, real, path, take }: NonNullable<Entry['regular']>): Found | undefined => {
    if (taken.size > 0 && taken.has(real + e.name)) return undefined;
    if (listedBefore(key, e.name, e.display, take)) return undefined;
    return { input: { kind: 'file', path: path + e.name, display: e.display } };
  };

  let listed = 0;
  const notices: InputNotice[] = [];
  /** A folder's entries in walking order; none for a folder seen before in this walk (a link loop). */
  const entries = (folder: string, visited: Set<string>, pattern?: Take['pattern']): Entry[] => {
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
    // A folder entry's name holds no separator: the folder's paths, normalised once, and
    // the name appended give what join and resolve would, without their work per file.
    const prefix = join(folder, 'x').slice(0, -1);
    const take: Take = pattern ? { arg, prefix, pattern } : { arg, prefix };
    const list = takes.get(key);
    if (list) list.push(take);
    else takes.set(key, [take]);
    const regular = { key, real: join(key, 'x').slice(0, -1), path: resolve(cwd, folder, 'x').slice(0, -1), take };
    const out: Entry[] = [];
    const broken: string[] = [];
    for (const d of dirents) {
      const name = d.name;
      // A plain file (not a link) is what the folder entry says it is, and its real path
      // is the folder's: no call to the disk per file, which was a tenth of a large batch.
      // Attachments and other plain files are never judged: no need to ask about them.
      if (d.isFile()) {
        if (YAML_FILE.test(name)) out.push({ name, display: prefix + name, folder: false, regular });
        continue;
      }
      const display = join(folder, name);
      if (d.isDirectory()) {
        out.push({ name, display, folder: true });
        continue;
      }
      const st = stat(display);
      if (st?.isDirectory()) out.push({ name, display, folder: true });
      else if (!YAML_FILE.test(name)) continue;
      else if (st) out.push({ name, display, folder: false, st });
      else if (isLink(display)) broken.push(display);
    }
    for (const path of broken.sort(compare)) notices.push({ kind: 'brokenLink', path });
    // A folder sorts as its name and a separator: walked depth first, the files then
    // come in the order of their whole paths.
    return out.sort((a, b) => compare(a.folder ? a.name + sep : a.name, b.folder ? b.name + sep : b.name));
  };
  const judged = (e: Entry): Found | undefined => {
    // A long walk: the moment V8 would grow its young generation, were it not stopped (young-generation.ts).
    if ((++listed & 1023) === 0) capYoungGeneration();
    return e.regular ? inFolder(e, e.regular) : byName(e.display, e.st!);
  };

  /** The YAML files under a folder, and what the walk has to say. */
  function* walk(folder: string, visited = new Set<string>()): Generator<Found | Entry> {
    const list = entries(folder, visited);
    yield* flush();
    for (const e of list) {
      if (e.folder) {
        if (!skippedFolder(e.name)) yield* walk(e.display, visited);
      } else yield e;
    }
  }
  function* glob(pattern: string): Generator<Found | Entry> {
    const { base, rest } = splitGlob(pattern);
    const re = globToRegExp(rest);
    const allowHidden = matchesHiddenOnPurpose(rest);
    const visited = new Set<string>();
    function* visit(folder: string): Generator<Found | Entry> {
      const list = entries(folder, visited, { re, base });
      yield* flush();
      for (const e of list) {
        const rel = relative(base, e.display).split(sep).join('/');
        if (e.folder) {
          if (re.test(rel)) yield* walk(e.display);
          else if (!skippedFolder(e.name) || allowHidden) yield* visit(e.display);
        } else if (re.test(rel)) yield e;
      }
    }
    if (stat(base)?.isDirectory()) yield* visit(base);
  }
  function* flush(): Generator<Found> {
    for (const notice of notices.splice(0)) yield { notice };
  }
  /** An argument's files, judged in order; says so when there were none at all. */
  function* files(of: Generator<Found | Entry>, none: InputNotice): Generator<Found> {
    let any = false;
    for (const x of of) {
      if (!('name' in x)) {
        yield x;
        continue;
      }
      any = true;
      const f = judged(x);
      if (f) yield f;
    }
    if (!any) yield { notice: none };
  }

  for (; arg < args.length; arg++) {
    const a = args[arg]!;
    if (a === '-') {
      if (!stdinTaken) yield { input: { kind: 'stdin', display: STDIN_NAME } };
      stdinTaken = true;
      continue;
    }
    const st = stat(a);
    if (st) {
      if (st.isDirectory()) yield* files(walk(a), { kind: 'emptyFolder', arg: a });
      else {
        const f = byName(a, st);
        if (f) yield f;
      }
      continue;
    }
    if (hasMagic(a)) {
      yield* files(glob(a), { kind: 'noMatch', arg: a });
      continue;
    }
    // A link whose target is gone is not "no such file": say what it is.
    yield { notice: isLink(a) ? { kind: 'brokenLink', path: a } : { kind: 'missing', arg: a } };
  }
}
