import { readFileSync } from 'node:fs';
import { profileSchema, type Facts } from '../application/schema.js';
import { UsageError } from '../cli/errors.js';
import type { Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { matchMessages } from '../i18n/messages/match.js';
import { describeIssue, knownKeysOf } from '../i18n/zod-issue.js';
import { formatPath, locate, parseYaml, type Position } from '../yaml/parse.js';

export interface ProfileProblem {
  file: string;
  position?: Position;
  message: string;
}

/** A profile that cannot be used: the top-level handler lists its located problems. */
export class ProfileInvalid extends UsageError {
  constructor(readonly problems: ProfileProblem[], file: string, lang: Lang) {
    super(msg(matchMessages, lang).profileInvalid(file, problems.length));
  }
}

/** The facts a profile states, or ProfileInvalid. An empty file states nothing. */
export function parseProfile(text: string, file: string, g: Guideline, lang: Lang): Facts {
  const m = msg(matchMessages, lang);
  const parsed = parseYaml(text);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ProfileInvalid(errors.map((p) => ({ file, position: p.position, message: m.profileYaml(p.message) })), file, lang);
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ProfileInvalid([{ file, position: { line: 1, column: 1 }, message: m.profileNotMapping }], file, lang);
  const schema = profileSchema(g);
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) =>
      describeIssue(issue, data, lang, knownKeysOf(schema)).map((d) => ({
        file,
        position: locate(parsed, d.path, { key: d.locateKey }),
        message: `${formatPath(d.path) || '/'}: ${d.message}`,
      })),
    );
    throw new ProfileInvalid(problems, file, lang);
  }
  return result.data as Facts;
}

/** `-` is standard input. */
export function readProfile(file: string, g: Guideline, lang: Lang): Facts {
  const m = msg(matchMessages, lang);
  const name = file === '-' ? m.stdin : file;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? m.noSuchFile : (e as Error).message;
    throw new UsageError(m.profileUnreadable(name, reason));
  }
  return parseProfile(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name, g, lang);
}
