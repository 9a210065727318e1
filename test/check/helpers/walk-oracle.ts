import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { displayOf, type FoundInputs, type InputNotice, pathOf, STDIN_NAME } from '../../../src/input/find-inputs.js';
import { globMatcher, hasMagic, splitGlob } from '../../../src/input/glob-matcher.js';

/** An input by the path it is opened by and the name the report shows: what the walk's folder and name stand for. */
export type NamedInput =
  | { kind: 'file'; path: string; display: string; bytes?: Uint8Array }
  | { kind: 'stdin'; display: string };

export interface NamedInputs {
  inputs: NamedInput[];
  notices: InputNotice[];
}

/** What `findInputs` found, each file by its path and display name. */
export function named(found: FoundInputs): NamedInputs {
  return {
    inputs: found.inputs.map((i) =>
      i.kind === 'stdin'
        ? { kind: 'stdin', display: STDIN_NAME }
        : { kind: 'file', path: pathOf(i), display: displayOf(i), ...(i.bytes ? { bytes: i.bytes } : {}) },
    ),
    notices: found.notices,
  };
}

/**
 * What `findInputs` must find, done the plain way: every argument's files listed in
 * full with `stat` on every entry, sorted, and kept once per real path. The walk
 * asks the disk only about links and odd entries; it must give the same applications
 * in the same order.
 */
export function findInputsAtOnce(args: readonly string[], cwd: string): NamedInputs {
  const inputs: NamedInput[] = [];
  const notices: InputNotice[] = [];
  const seen = new Set<string>();
  let stdinTaken = false;
  const stat = (p: string): Stats | undefined => {
    try {
      return statSync(resolve(cwd, p));
    } catch {
      return undefined;
    }
  };
  const isLink = (p: string) => {
    try {
      return lstatSync(resolve(cwd, p)).isSymbolicLink();
    } catch {
      return false;
    }
  };
  const real = (p: string) => realpathSync.native(resolve(cwd, p));
  /** Each real thing once, under its first name: a file or a FIFO by its real path, a link to nothing where it lies. */
  const add = (display: string, st: Stats | undefined) => {
    const id = st ? real(display) : join(real(dirname(display)), basename(display));
    if (seen.has(id)) return;
    seen.add(id);
    if (!st) notices.push({ kind: 'brokenLink', path: display });
    else if (!st.isFile()) notices.push({ kind: 'notRegular', path: display });
    else inputs.push({ kind: 'file', path: resolve(cwd, display), display });
  };
  /** `st` is missing for a link to nothing. */
  type Entry = { name: string; display: string; st: Stats | undefined };
  /** A folder's entries, folders sorting as their name and a separator; none for a folder listed before in this walk. */
  const entries = (folder: string, visited: Set<string>): Entry[] => {
    const key = real(folder);
    if (visited.has(key)) return [];
    visited.add(key);
    let names: string[];
    try {
      names = readdirSync(resolve(cwd, folder));
    } catch (e) {
      notices.push({ kind: 'unreadableFolder', path: folder, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      return [];
    }
    const out: Entry[] = [];
    for (const name of names) {
      const display = join(folder, name);
      const st = stat(display);
      if (st || isLink(display)) out.push({ name, display, st });
    }
    const key2 = (e: Entry) => (e.st?.isDirectory() ? e.name + sep : e.name);
    return out.sort((a, b) => (key2(a) < key2(b) ? -1 : key2(a) > key2(b) ? 1 : 0));
  };
  const skipped = (name: string) => name === 'node_modules' || name.startsWith('.');
  const walk = (folder: string, out: Entry[], visited = new Set<string>()) => {
    for (const e of entries(folder, visited)) {
      if (e.st?.isDirectory()) {
        if (!skipped(e.name)) walk(e.display, out, visited);
      } else if (/\.ya?ml$/i.test(e.name)) out.push(e);
    }
  };
  const byPath = (a: Entry, b: Entry) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
  for (const arg of args) {
    if (arg === '-') {
      if (!stdinTaken) inputs.push({ kind: 'stdin', display: '<stdin>' });
      stdinTaken = true;
      continue;
    }
    const st = stat(arg);
    if (st?.isDirectory()) {
      const files: Entry[] = [];
      walk(arg, files);
      if (!files.some((f) => f.st?.isFile())) notices.push({ kind: 'emptyFolder', arg });
      for (const f of files.sort(byPath)) add(f.display, f.st);
    } else if (st) add(arg, st);
    else if (hasMagic(arg)) {
      const { base, rest } = splitGlob(arg);
      const glob = globMatcher(rest);
      const re = { test: (rel: string) => glob.matches(rel.split('/')) };
      const allowHidden = glob.allowsHidden;
      const found: Entry[] = [];
      // Every path the pattern may name is looked at: a folder is listed again where it is
      // reached by another path, only a link back to a folder on the way ends the walk.
      const visit = (folder: string, chain: readonly string[]) => {
        const here = real(folder);
        if (chain.includes(here)) return;
        for (const e of entries(folder, new Set())) {
          const rel = relative(base, e.display).split(sep).join('/');
          if (e.st?.isDirectory()) {
            // Named whole: listed whole, but a link back to a folder on the way is still a loop.
            if (re.test(rel)) walk(e.display, found, new Set([...chain, here]));
            else if (!skipped(e.name) || allowHidden) visit(e.display, [...chain, here]);
          } else if (re.test(rel) && /\.ya?ml$/i.test(e.name)) found.push(e);
        }
      };
      if (stat(base)?.isDirectory()) visit(base, []);
      if (!found.some((f) => f.st?.isFile())) notices.push({ kind: 'noMatch', arg });
      for (const f of found.sort(byPath)) add(f.display, f.st);
    } else if (isLink(arg)) add(arg, undefined);
    else notices.push({ kind: 'missing', arg });
  }
  return { inputs, notices };
}
