import { type LocatedProblem, ProblemsError, UsageError } from '../util/errors.js';
import { yearsOf, type Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { matchMessages } from '../i18n/messages/match.js';
import { readInputFile, readStdin, stdinIsFolder } from '../input/read-input.js';
import { fastParse } from '../yaml/fast-parse.js';
import type { ParsedYaml } from '../yaml/parse.js';
import { formatPath } from '../yaml/path.js';
import { firstIssues, MAX_FINDINGS_PER_RULE } from '../util/cap-findings.js';
import { loadFastAccept } from './fast-accept.js';
import type { Facts } from './schema.js';

/** How a command words a profile it cannot use (`init` adds that nothing was written). */
interface ProfileWording {
  invalid: (file: string, count: number) => string;
  /**
   * Read an application as far as it is filled in: a placeholder (`~`) states nothing,
   * and a list entry of placeholders only is no entry (`export`).
   */
  dropPlaceholders?: boolean;
}

/** A profile that cannot be used: the top-level handler lists its located problems, then this sentence. */
export class ProfileInvalid extends ProblemsError {}

/**
 * The facts a profile states (every key of an application optional), or
 * ProfileInvalid with each problem located. An empty file states nothing.
 */
export async function parseProfile(
  text: string,
  file: string,
  g: Guideline,
  lang: Lang,
  wording: ProfileWording,
): Promise<Facts> {
  const m = msg(matchMessages, lang);
  const fail = (problems: LocatedProblem[], count = problems.length) =>
    new ProfileInvalid(problems, wording.invalid(file, count));
  // As in `check`: the fast reader for a plain profile, the strict one (loaded only
  // then) for anything else and for what the fast one cannot place.
  const fast = fastParse(text);
  let strict: ParsedYaml | undefined;
  const parsed = async () => (strict ??= (await import('../yaml/parse.js')).parseYaml(text));
  let data: unknown;
  if (fast) data = fast.data;
  else {
    const errors = (await parsed()).problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      const listed = errors.slice(0, MAX_FINDINGS_PER_RULE);
      const problems: LocatedProblem[] = listed.map((p) => ({
        file,
        position: p.position,
        message: m.profileYaml(p.message),
      }));
      throw fail(withMore(problems, errors.length - listed.length, file, lang), errors.length);
    }
    data = (await parsed()).data;
  }
  data ??= {};
  if (wording.dropPlaceholders) data = dropPlaceholders(data) ?? {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw fail([{ file, position: { line: 1, column: 1 }, message: m.profileNotMapping }]);
  // What the compiled validator accepts, zod would hand on as it is (but for the order
  // of keys): zod and its messages load only for a profile it refuses.
  if ((await loadFastAccept(g, 'profile'))?.(data)) return data as Facts;
  const [{ profileSchema }, { describeIssue, OWN_WORDS }, { knownKeysOf, schemaAtOf }, { keyNamed }, { labelsAsIds }] =
    await Promise.all([
      import('./schema.js'),
      import('./describe-issue.js'),
      import('./schema-at.js'),
      import('./descriptions.js'),
      import('./normalize.js'),
    ]);
  const schema = profileSchema(g);
  // Labels read as ids first, as check reads them: an English label (`type: Enterprise`)
  // is one the schema's enumeration does not list.
  data = labelsAsIds(schema, data);
  const result = schema.safeParse(data, OWN_WORDS);
  if (!result.success) {
    const problems: LocatedProblem[] = [];
    const { issues, hidden } = firstIssues(result.error.issues);
    // With the schema at each path, as check has it: a refused value is answered with the
    // vocabulary's ids and labels and the one it was near, a number written as text with the number.
    const at = schemaAtOf(schema);
    const keys = knownKeysOf(schema);
    const years = yearsOf(g);
    const named = (parent: (string | number)[], name: string) => keyNamed(g, parent, name);
    for (const issue of issues) {
      for (const d of describeIssue(issue, data, lang, keys, { at, years, lines: g.lines, keyNamed: named })) {
        const quick = fast?.locate(d.path, d.locateKey);
        const position =
          quick ?? (await import('../yaml/parse.js')).locate(await parsed(), d.path, { key: d.locateKey });
        problems.push({
          file,
          ...(position ? { position } : {}),
          message: `${formatPath(d.path) || '/'}: ${d.message}`,
        });
      }
    }
    // In the file's order, as check lists them.
    const line = (p: LocatedProblem) => p.position?.line ?? Infinity;
    const column = (p: LocatedProblem) => p.position?.column ?? Infinity;
    problems.sort((a, b) => line(a) - line(b) || column(a) - column(b));
    throw fail(withMore(problems, hidden, file, lang), problems.length + hidden);
  }
  return result.data as Facts;
}

/** The problems listed, and one saying how many more there are (counted in the command's sentence). */
function withMore(problems: LocatedProblem[], hidden: number, file: string, lang: Lang): LocatedProblem[] {
  if (hidden <= 0) return problems;
  return [...problems, { file, message: msg(matchMessages, lang).moreProblems(hidden, MAX_FINDINGS_PER_RULE) }];
}

/** A profile file; `-` is standard input. */
export async function readProfile(file: string, g: Guideline, lang: Lang, wording: ProfileWording): Promise<Facts> {
  const m = msg(matchMessages, lang);
  const name = file === '-' ? m.stdin : file;
  // Node reads a folder on fd 0 as nothing, which would be told as an empty pipe.
  if (file === '-' && stdinIsFolder()) throw new UsageError(m.profileStdinFolder);
  // Files and standard input go through the one reader: size cap, encodings, folders
  // and FIFOs refused.
  const read = file === '-' ? await readStdin() : readInputFile(file);
  // The words for a file that cannot be read (and their catalogues) load only for one.
  if (!read.ok && read.reason === 'notFile' && read.folder) throw new UsageError(m.profileIsFolder(name));
  if (!read.ok)
    throw new UsageError(
      m.profileUnreadable(
        name,
        read.reason === 'unreadable' && read.code === 'ENOENT'
          ? m.noSuchFile
          : (await import('../input/read-failure-text.js')).readFailureText(read, lang),
      ),
    );
  // Nothing on stdin is an upstream command that failed, not a profile that knows nothing.
  if (file === '-' && read.text.split('\n').every((l) => /^\s*(#.*)?$/.test(l)))
    throw new UsageError(m.profileStdinEmpty);
  return parseProfile(read.text, name, g, lang, wording);
}

/** `data` without its nulls, its mappings left empty by that, and list entries left empty. */
function dropPlaceholders(data: unknown): unknown {
  if (data === null) return undefined;
  if (Array.isArray(data)) return data.map(dropPlaceholders).filter((v) => v !== undefined);
  if (typeof data !== 'object') return data;
  const kept = Object.entries(data as object).flatMap(([k, v]) => {
    const value = dropPlaceholders(v);
    return value === undefined ? [] : [[k, value] as const];
  });
  return kept.length ? Object.fromEntries(kept) : undefined;
}
