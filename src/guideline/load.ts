import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILT_IN, DEFAULT_GUIDELINE, builtInFromJson, isBuiltIn } from './built-in.js';
import { type LocatedProblem, ProblemsError, UsageError } from '../util/errors.js';
import { msg, type Lang } from '../i18n/index.js';
import { guidelineMessages } from '../i18n/messages/guideline.js';
import { describeIssue } from '../application/describe-issue.js';
import { knownKeysOf } from '../application/schema-at.js';
import { inputMessages } from '../i18n/messages/input.js';
import { readFailureText } from '../input/read-failure-text.js';
import { MAX_GUIDELINE_BYTES, readInputFile } from '../input/read-input.js';
import { locate, parseYaml } from '../yaml/parse.js';
import type { PathSegment } from '../yaml/problem.js';
import { describePath } from './describe-path.js';
import { buildGuideline, type Guideline } from './model.js';
import { guidelineSchema } from './schema.js';
import { checkGuidelineSemantics } from './semantic.js';

export class GuidelineInvalid extends ProblemsError {
  constructor(file: string, problems: LocatedProblem[], lang: Lang) {
    super(problems, msg(guidelineMessages, lang).invalid(file, problems.length));
  }
}

/** The built-in guides ship as YAML; the build also leaves a validated JSON beside the code. */
function builtInYaml(id: string): string {
  return fileURLToPath(new URL(`../../guidelines/${id}.yaml`, import.meta.url));
}

/**
 * `ref` is a built-in id or a path. A built-in guide loads from the JSON the build
 * validated (no YAML parsing or zod at start-up); a file is parsed and validated.
 */
export function loadGuideline(ref: string | undefined, lang: Lang): Guideline {
  const id = ref ?? DEFAULT_GUIDELINE;
  if (isBuiltIn(id)) return builtInFromJson(id) ?? parseGuidelineFile(builtInYaml(id), lang);
  if (!existsSync(id)) throw new UsageError(msg(guidelineMessages, lang).notFound(id, BUILT_IN.join(', ')));
  return parseGuidelineFile(id, lang);
}

export function parseGuidelineFile(file: string, lang: Lang): Guideline {
  const read = readInputFile(file, { maxBytes: MAX_GUIDELINE_BYTES });
  // A folder comes only by --guideline: `guideline validate` refuses one before.
  if (!read.ok && read.reason === 'notFile' && read.folder)
    throw new UsageError(msg(guidelineMessages, lang).isFolder(file, BUILT_IN.join(', ')));
  if (!read.ok) throw new UsageError(msg(guidelineMessages, lang).unreadable(file, readFailureText(read, lang)));
  // A guide is written once, by someone who can save it as UTF-8; every reader then sees the same text.
  if (read.decodedFrom) throw new UsageError(msg(inputMessages, lang).guidelineNotUtf8(file, read.decodedFrom));
  const result = parseGuidelineText(read.text, file, lang);
  if (!result.guideline) throw new GuidelineInvalid(file, result.problems, lang);
  return result.guideline;
}

const guidelineKeys = knownKeysOf(guidelineSchema);

export function parseGuidelineText(
  text: string,
  file: string,
  lang: Lang,
): { guideline?: Guideline; problems: LocatedProblem[] } {
  const m = msg(guidelineMessages, lang);
  const parsed = parseYaml(text, lang);
  // A guide decides for every applicant: even a YAML warning is one to fix first.
  if (parsed.problems.length) {
    return {
      problems: parsed.problems.map((p) => ({
        file,
        position: p.position,
        message: p.severity === 'error' ? m.yaml(p.message) : p.message,
      })),
    };
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { problems: [{ file, position: { line: 1, column: 1 }, message: m.notMapping }] };
  }
  // A problem of the schema or of sense is named by the place in the guide it concerns.
  const at = (path: readonly PathSegment[], message: string, key?: boolean): LocatedProblem => ({
    file,
    position: locate(parsed, path, { key }),
    message: `${describePath(parsed.data, path, lang)}: ${message}`,
  });
  const result = guidelineSchema.safeParse(parsed.data);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) =>
      describeIssue(issue, parsed.data, lang, guidelineKeys).map((d) => at(d.path, d.message, d.locateKey)),
    );
    return { problems };
  }
  const semantic = checkGuidelineSemantics(result.data, lang);
  if (semantic.length) return { problems: semantic.map((p) => at(p.path, p.message)) };
  return { guideline: buildGuideline(result.data, file), problems: [] };
}
