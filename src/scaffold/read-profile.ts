import { readFileSync } from 'node:fs';
import { profileSchema, type Facts } from '../application/schema.js';
import { UsageError } from '../cli/errors.js';
import type { Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { checkMessages } from '../i18n/messages/check.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { describeIssue } from '../i18n/zod-issue.js';
import { readText } from '../util/read-text.js';
import { systemReason } from '../util/write-file.js';
import { formatPath, locate, parseYaml, type Position } from '../yaml/parse.js';

export interface ProfileProblem {
  file: string;
  position?: Position;
  message: string;
}

/** A profile that does not fit the format: each problem is printed with its place. */
export class ProfileInvalid extends UsageError {
  constructor(message: string, readonly problems: ProfileProblem[]) {
    super(message);
  }
}

/**
 * What the applicant stated, from a profile file (`match --save-profile`, or an
 * application.yaml: every key is optional). `-` reads standard input.
 */
export function readProfile(g: Guideline, file: string, lang: Lang): Facts {
  const m = msg(scaffoldMessages, lang);
  let text: string;
  try {
    text = file === '-' ? stripBom(readFileSync(0, 'utf8')) : readText(file);
  } catch (e) {
    throw new UsageError(m.profileUnreadable(file, systemReason(e)));
  }
  const parsed = parseYaml(text);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    const cm = msg(checkMessages, lang);
    throw new ProfileInvalid(m.profileInvalid(file, errors.length), errors.map((p) => ({ file, position: p.position, message: cm.yamlError(p.message) })));
  }
  if (parsed.data === null || parsed.data === undefined) return {};
  if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) throw new UsageError(m.profileNotMapping(file));
  const result = profileSchema(g).safeParse(parsed.data);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) =>
      describeIssue(issue, parsed.data, lang).map((d) => {
        const path = formatPath(d.path);
        return { file, position: locate(parsed, d.path, { key: d.locateKey }), message: `${path || '/'}: ${d.message}` };
      }),
    );
    throw new ProfileInvalid(m.profileInvalid(file, problems.length), problems);
  }
  return result.data as Facts;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
