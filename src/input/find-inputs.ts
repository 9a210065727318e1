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

/** The whole walk at once: for small batches and for tests. */
export function findInputs(args: readonly string[], cwd = process.cwd()): FoundInputs {
  const found: FoundInputs = { inputs: [], notices: [] };
  gather(walkInputs(args, cwd), Infinity, found);
  return found;
}

/** Moves the walk's next `upTo` applications into `inputs`, and what it says on the way into `notices`: whether the walk has ended. */
export function gather(walk: Iterator<Found>, upTo: number, { inputs, notices }: FoundInputs): boolean {
  for (let n = 0; n < upTo; ) {
    const next = walk.next();
    if (next.done) return true;
    if (next.value.input) {
      inputs.push(next.value.input);
      n++;
    } else notices.push(next.value.notice);
  }
  return false;
}

/** A folder's listing by one argument: all its applications, or those a pattern names. */
interface Take {
  arg: number;
  /** The folder's display path with its separator: a file's display is this and its name. */
  prefix: string;
  pattern?: { re: RegExp; base: string };
}

/** A folder as listed for the walk: its entries' names, sorted, and what it takes to judge them. */
interface Listing {
  /** The entries in walking order: a file as its name, a folder as its name and a separator. */
  keys: string[];
  /** The folder's display path with its separator: an entry's display is this and its name. */
  prefix: string;
  /** For its plain files: the folder's real path, the real and absolute paths' prefixes, and the listing they came by. */
  plain: { key: string; real: string; path: string; take: Take };
  /** What stat() said of the entries that are neither plain files nor folders (links, pipes): few. */
  stats: Map<string, Stats> | undefined;
}

const NO_ENTRIES: Listing = {
  keys: [],
  prefix: '',
  plain: { key: '', real: '', path: '', take: { arg: -1, prefix: '' } },
  stats: undefined,
};

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
  const inFolder = (
    name: string,
    display: string,
    { key, real: realPrefix, path: pathPrefix, take }: Listing['plain'],
  ): Found | undefined => {
    if (taken.size > 0 && taken.has(realPrefix + name)) return undefined;
    if (listedBefore(key, name, display, take)) return undefined;
    return { input: { kind: 'file', path: pathPrefix + name, display } };
  };

  const notices: InputNotice[] = [];
  /** A folder's entries in walking order; none for a folder seen before in this walk (a link loop). */
  const list = (folder: string, visited: Set<string>, pattern?: Take['pattern']): Listing => {
    const key = real(folder);
    if (visited.has(key)) return NO_ENTRIES;
    visited.add(key);
    let dirents: Dirent[];
    try {
      dirents = readdirSync(resolve(cwd, folder), { withFileTypes: true });
    } catch (e) {
      notices.push({ kind: 'unreadableFolder', path: folder, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      return NO_ENTRIES;
    }
    // A folder entry's name holds no separator: the folder's paths, normalised once, and
    // the name appended give what join and resolve would, without their work per file.
    const prefix = join(folder, 'x').slice(0, -1);
    const take: Take = pattern ? { arg, prefix, pattern } : { arg, prefix };
    const earlier = takes.get(key);
    if (earlier) earlier.push(take);
    else takes.set(key, [take]);
    const keys: string[] = [];
    let stats: Map<string, Stats> | undefined;
    const broken: string[] = [];
    for (const d of dirents) {
      const name = d.name;
      // A plain file (not a link) is what the folder entry says it is, and its real path
      // is the folder's: no call to the disk per file, which was a tenth of a large batch.
      // Attachments and other plain files are never judged: no need to ask about them.
      if (d.isFile()) {
        if (YAML_FILE.test(name)) keys.push(name);
        continue;
      }
      if (d.isDirectory()) {
        keys.push(name + sep);
        continue;
      }
      const st = stat(prefix + name);
      if (st?.isDirectory()) keys.push(name + sep);
      else if (!YAML_FILE.test(name)) continue;
      else if (st) {
        keys.push(name);
        (stats ??= new Map()).set(name, st);
      } else if (isLink(prefix + name)) broken.push(prefix + name);
    }
    for (const path of broken.sort(compare)) notices.push({ kind: 'brokenLink', path });
    // A folder sorts as its name and a separator: walked depth first, the files then
    // come in the order of their whole paths. (The default sort compares as `compare`.)
    keys.sort();
    return {
      keys,
      prefix,
      plain: { key, real: join(key, 'x').slice(0, -1), path: resolve(cwd, folder, 'x').slice(0, -1), take },
      stats,
    };
  };

  /** A folder being walked: its listing, how far through it, and how its entries are taken. */
  interface Frame {
    listing: Listing;
    at: number;
    visited: Set<string>;
    /** For a folder a pattern is walked through: the pattern; its files are those it names. */
    glob?: { re: RegExp; base: string; allowHidden: boolean };
  }
  const open = (stack: Frame[], folder: string, visited: Set<string>, glob?: Frame['glob']) => {
    stack.push({
      listing: list(folder, visited, glob && { re: glob.re, base: glob.base }),
      at: 0,
      visited,
      ...(glob ? { glob } : {}),
    });
  };
  let walked = 0;

  for (; arg < args.length; arg++) {
    const a = args[arg]!;
    if (a === '-') {
      if (!stdinTaken) yield { input: { kind: 'stdin', display: STDIN_NAME } };
      stdinTaken = true;
      continue;
    }
    const st = stat(a);
    if (st && !st.isDirectory()) {
      const f = byName(a, st);
      if (f) yield f;
      continue;
    }
    if (!st && !hasMagic(a)) {
      // A link whose target is gone is not "no such file": say what it is.
      yield { notice: isLink(a) ? { kind: 'brokenLink', path: a } : { kind: 'missing', arg: a } };
      continue;
    }
    // A folder, or a pattern: walked depth first with a stack of the folders under way
    // (generators nested per folder cost a resumption per level for every file).
    const stack: Frame[] = [];
    if (st) open(stack, a, new Set());
    else {
      const { base, rest } = splitGlob(a);
      if (stat(base)?.isDirectory())
        open(stack, base, new Set(), { re: globToRegExp(rest), base, allowHidden: matchesHiddenOnPurpose(rest) });
    }
    let any = false;
    while (stack.length > 0) {
      while (notices.length > 0) yield { notice: notices.shift()! };
      const top = stack[stack.length - 1]!;
      const { keys, prefix, plain, stats } = top.listing;
      if (top.at === keys.length) {
        stack.pop();
        continue;
      }
      const key = keys[top.at++]!;
      const folder = key.endsWith(sep);
      const name = folder ? key.slice(0, -1) : key;
      const display = prefix + name;
      const glob = top.glob;
      if (glob) {
        const rel = relative(glob.base, display).split(sep).join('/');
        if (folder) {
          // A folder the pattern names whole is walked whole, as a folder argument is.
          if (glob.re.test(rel)) open(stack, display, new Set());
          else if (!skippedFolder(name) || glob.allowHidden) open(stack, display, top.visited, glob);
          continue;
        }
        if (!glob.re.test(rel)) continue;
      } else if (folder) {
        if (!skippedFolder(name)) open(stack, display, top.visited);
        continue;
      }
      any = true;
      // A long walk: the moment V8 would grow its young generation, were it not stopped (young-generation.ts).
      if ((++walked & 1023) === 0) capYoungGeneration();
      const st = stats?.get(name);
      const f = st ? byName(display, st) : inFolder(name, display, plain);
      if (f) yield f;
    }
    while (notices.length > 0) yield { notice: notices.shift()! };
    if (!any) yield { notice: st ? { kind: 'emptyFolder', arg: a } : { kind: 'noMatch', arg: a } };
  }
}

/** The arguments that name nothing (no file, folder, pattern or `-`): they stop the run before anything is judged. */
export function missingArgs(args: readonly string[], cwd = process.cwd()): string[] {
  return args.filter((a) => {
    if (a === '-' || hasMagic(a)) return false;
    try {
      lstatSync(resolve(cwd, a));
      // There, or a link to nothing: the walk says which.
      return false;
    } catch {
      return true;
    }
  });
}

/** How many applications the walk gives: a progress line's total, for a batch that is not listed. */
export function countInputs(args: readonly string[], cwd = process.cwd()): number {
  let n = 0;
  for (const f of walkInputs(args, cwd)) if (f.input) n++;
  return n;
}
