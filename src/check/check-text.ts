import type { Accept } from '../application/fast-accept.js';
import { applicationSchema, isFreeText, profileSchema, type Facts } from '../application/schema.js';
import { salvage } from '../application/salvage.js';
import { yearsOf, type Guideline, type Line } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { checkMessages } from '../i18n/messages/check.js';
import { schemaMessages } from '../i18n/messages/schema.js';
import { inputMessages } from '../i18n/messages/input.js';
import { yamlMessages } from '../i18n/messages/yaml.js';
import { normalizeInput } from '../application/normalize.js';
import { validate } from '../application/validate.js';
import { describeIssue, escapeKey, OWN_WORDS, type IssueContext } from '../application/describe-issue.js';
import { knownKeysOf, schemaAtOf, type SchemaAt } from '../application/schema-at.js';
import { keyDescription, keyNamed } from '../application/descriptions.js';
import type { Basis } from '../guideline/schema.js';
import { askToState } from '../rules/ask-to-state.js';
import { ruleMessages } from '../i18n/messages/rules.js';
import { evaluateLine } from '../rules/evaluate.js';
import type { FileState } from '../rules/types.js';
import { attachmentState, type FolderPath } from './attachment-state.js';
import { resolveLine } from '../rules/resolve-line.js';
import { fastParse, type FastParsed } from '../yaml/fast-parse.js';
import { lineStartsOf, position } from '../yaml/node-tree.js';
import { locate, parseYaml, sourceAt, type ParsedYaml } from '../yaml/parse.js';
import { formatPath, parsePath } from '../yaml/path.js';
import type { PathSegment, Position } from '../yaml/problem.js';
import { type FolderListing, nearbyFile } from './nearby-file.js';
import { applicationFacts, notAnApplication } from './application-facts.js';
import { invisibleText, withoutInvisible } from './invisible-text.js';
import { commentedOut, cutByComment } from './cut-by-comment.js';
import { yamlValue } from '../yaml/yaml-value.js';
import { capFindings, firstIssues, MAX_FINDINGS_PER_RULE } from '../util/cap-findings.js';
import { invisibleNames } from '../i18n/invisible-names.js';
import { escapeControl } from '../util/escape-control.js';
import { NO_FACTS, statusOf, type FileResult, type Finding } from '../report/file-result.js';

export interface CheckOptions {
  guideline: Guideline;
  lang: Lang;
  /** The application's folder, where attachment paths are resolved; none for stdin. */
  baseDir?: FolderPath;
  /** What stands at an attachment's path; `attachmentState` unless the batch caches it. */
  exists?: AttachmentProbe | undefined;
  /** The files of a folder of the application's (`folderFiles`) unless the batch caches them. */
  folders?: FolderListing | undefined;
  /** The encoding a file that is not UTF-8 was read in (GB18030): a warning says so. */
  decodedFrom?: string;
  /** Skip the fast parser: tests hold both parsers to the same findings. */
  strict?: boolean;
  /** A compiled validator whose yes spares the file zod (fast-accept.ts); zod alone without it. */
  accept?: Accept | undefined;
  /** The profile's, whose yes spares salvaging a refused file zod's second parse. */
  acceptProfile?: Accept | undefined;
}

export type AttachmentProbe = (baseDir: FolderPath, file: string) => FileState;

/** What a batch needs of a guide's application schema, built once per guide. */
interface SchemaUse {
  schema: ReturnType<typeof applicationSchema>;
  /** The keys known at a path, for "did you mean" on an unknown key. */
  knownKeys: ReturnType<typeof knownKeysOf>;
  /** The schemas at a path, for messages that say what to write there. */
  at: SchemaAt;
  /** Every key optional: what is well-formed in a file that fails the schema. */
  profile: ReturnType<typeof profileSchema>;
  /** The keys of an application and of its applicant, in the schema's order. */
  topKeys: string[];
  applicantKeys: string[];
}

const uses = new WeakMap<Guideline, SchemaUse>();

function schemaFor(g: Guideline): SchemaUse {
  let u = uses.get(g);
  if (!u) {
    const schema = applicationSchema(g);
    u = {
      schema,
      knownKeys: knownKeysOf(schema),
      at: schemaAtOf(schema),
      profile: profileSchema(g),
      topKeys: Object.keys(schema.shape),
      applicantKeys: Object.keys(schema.shape.applicant.shape),
    };
    uses.set(g, u);
  }
  return u;
}

type Pending = Omit<Finding, 'line' | 'column'> & { position: Position | undefined; key: boolean };

/** What a finding may carry besides its rule, severity, message, path and clause. */
interface PendExtra {
  position?: Position;
  /** Place it at the key rather than its value (an unknown key). */
  key?: boolean;
  basis?: Basis | null;
  reference?: string;
}

/** Findings before their place is known, all of one shape (see outcome.ts for why). */
function pend(
  rule: string,
  severity: Finding['severity'],
  message: string,
  path: string | null,
  clause: string | null,
  { position, key = false, basis = null, reference }: PendExtra = {},
): Pending {
  return { rule, severity, message, path, clause, basis, reference, position, key };
}

/**
 * Positions come from the fast parser's record of the document where it can tell,
 * and from the full document (with its source ranges) only where it cannot: building
 * that for every failing file was most of a batch's time.
 */
function located(pending: Pending[], parsed: () => ParsedYaml, fast: FastParsed | undefined): Finding[] {
  // Loops rather than Array#map, here and along a finding's way to the report: the
  // optimiser inlines `map` for the arrays it has seen, and an empty array is a
  // different kind of array from a full one; each surprise recompiled the whole check.
  const out: Finding[] = [];
  for (let i = 0; i < pending.length; i++) {
    const f = pending[i]!;
    let p = f.position;
    if (!p && f.path !== null) {
      const path = parsePath(f.path);
      const quick = fast?.locate(path, f.key);
      p = quick === null || quick === undefined ? locate(parsed(), path, { key: f.key }) : quick;
    }
    out.push({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line: p?.line ?? null,
      column: p?.column ?? null,
      clause: f.clause,
      basis: f.basis,
      reference: f.reference,
    });
  }
  return out;
}

/** A saved profile or a guide among the applications: named on stderr and left out of the counts. */
export function skippedResult(file: string, kind: 'profile' | 'guideline'): FileResult {
  return { file, code: null, status: 'pass', findings: [], application: NO_FACTS, skipped: kind };
}

/**
 * Judges one application's text: YAML, then the schema, then the line's rules.
 * Pure but for the attachment look-ups under `baseDir`.
 */
export function checkText(text: string, file: string, opts: CheckOptions): FileResult {
  const { lang } = opts;
  const m = msg(checkMessages, lang);
  // A plain document takes the fast parser; anything unusual, or anything the fast
  // parser refuses, the strict one, whose problems carry their own positions.
  const fast = opts.strict ? undefined : fastParse(text);
  let full: ParsedYaml | undefined = fast ? undefined : parseYaml(text, lang);
  const parsed = () => (full ??= parseYaml(text, lang));
  const problems = full?.problems ?? [];
  const pending: Pending[] = [];
  if (opts.decodedFrom)
    pending.push(pend('encoding', 'warning', msg(inputMessages, lang).decodedFrom(opts.decodedFrom), null, null));
  for (const p of problems)
    pending.push(
      pend('yaml', p.severity, p.message, p.path ? formatPath(p.path) : null, null, { position: p.position }),
    );
  /** Findings of a rule past the cap, left out before they were even described. */
  const unlisted = new Map<string, number>();
  const done = (
    code: string | null,
    status: FileResult['status'] | undefined,
    application: FileResult['application'] = NO_FACTS,
  ): FileResult => {
    const shown = capFindings(pending, unlisted, (rule, n) =>
      pend(rule, 'info', m.moreFindings(n, rule, MAX_FINDINGS_PER_RULE), null, null),
    );
    const findings = located(shown, parsed, fast);
    return { file, code, status: status ?? statusOf(findings), findings, application };
  };
  // A syntax error, or data that reading would change: nothing else can be judged.
  if (problems.some((p) => p.blocking)) return done(null, 'error');
  const data = fast ? fast.data : full!.data;
  if (data === null || data === undefined) {
    pending.push(pend('yaml', 'error', m.emptyFile, null, null, { position: { line: 1, column: 1 } }));
    return done(null, 'error');
  }
  if (typeof data === 'string' && data.includes('：')) {
    // `项目名称：桂林` alone reads as one piece of text: the colon is the mistake.
    // The key as the line shows it: a text of several lines reads as one, 一、项目基本情况 项目名称.
    const colon = text.indexOf('：');
    const at = position(lineStartsOf(text), colon);
    const key = text.slice(text.lastIndexOf('\n', colon) + 1, colon).trim();
    pending.push(pend('yaml', 'error', msg(yamlMessages, lang).fullWidthColon(key), null, null, { position: at }));
    return done(null, 'error');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = msg(schemaMessages, lang).types[Array.isArray(data) ? 'array' : typeof data] ?? typeof data;
    pending.push(pend('yaml', 'error', m.notMapping(what), '', null));
    return done(null, 'error');
  }

  const raw = data as Record<string, unknown>;
  const other = notAnApplication(raw, opts.guideline);
  if (other) return skippedResult(file, other);
  for (const t of invisibleText(raw, text)) {
    const said = m.invisibleInText(escapeControl(t.value), invisibleNames(t.chars, lang), withoutInvisible(t.value));
    // The guide says nothing of characters: this is the tool's own check, and says so.
    const own = msg(ruleMessages, lang).convention(said, null);
    pending.push(pend('invisible-character', 'warning', own, formatPath(t.path), null, { basis: 'convention' }));
  }
  const { at } = schemaFor(opts.guideline);
  const valueAt = (path: PathSegment[]) => fast?.locate(path) ?? locate(parsed(), path);
  for (const c of cutByComment(raw, text, (path) => at(path).some(isFreeText), valueAt)) {
    const path = formatPath(c.path);
    const key = String(c.path[c.path.length - 1]);
    const said = msg(yamlMessages, lang).cutByComment(path, c.value, c.comment, key, yamlValue(c.written));
    pending.push(pend('yaml', 'warning', said, path, null, { position: c.position }));
  }
  const app = validated(
    raw,
    pending,
    opts,
    unlisted,
    (path) => sourceAt(parsed(), path),
    (path) => {
      // Only for a value the schema found missing: a file that passes never asks.
      const name = path[path.length - 1];
      if (typeof name !== 'string' || !at(path).some(isFreeText)) return undefined;
      const comment = commentedOut(text, name, fast?.locate(path, true) ?? locate(parsed(), path, { key: true }));
      return comment === undefined ? undefined : { comment, key: name, quoted: yamlValue(comment) };
    },
  );
  if (!app.ok) {
    // One round: the rules whose inputs are well-formed report now, beside the format errors.
    if (app.partial) judged(app.partial.facts, pending, opts, app.partial.broken);
    return done(app.line?.code ?? null, 'fail', applicationFacts(raw, opts.guideline, app.line));
  }
  const line = judged(app.facts, pending, opts);
  return done(line?.code ?? null, undefined, applicationFacts(app.facts, opts.guideline, line));
}

type Validated =
  | { ok: true; facts: Facts }
  | { ok: false; line: { code: string; office: string } | undefined; partial: ReturnType<typeof salvage> };

/**
 * The schema: the application's facts, or its schema findings added to `pending`.
 * Each stage is a function of its own so that the optimiser compiles, and when the
 * data's shapes surprise it compiles again, one stage rather than the whole check.
 */
function validated(
  input: Record<string, unknown>,
  pending: Pending[],
  opts: CheckOptions,
  unlisted: Map<string, number>,
  /** What a value was written as, where its reading may have dropped what was meant. */
  written: (path: (string | number)[]) => string | undefined,
  /** The comment a missing value was written as, whole (`title: #1 机组改造`). */
  commented: IssueContext['commentedOut'],
): Validated {
  const { guideline: g, lang } = opts;
  const { schema, knownKeys, at } = schemaFor(g);
  const raw = normalizeInput(schema, input) as Record<string, unknown>;
  // What the compiled validator accepts, zod accepts unchanged (a property test holds
  // the two together); zod runs for the rest, whose findings need its messages.
  if (opts.accept?.(raw)) return { ok: true, facts: raw as Facts };
  const result = validate(schema, raw, OWN_WORDS);
  if (result.success) return { ok: true, facts: result.data as Facts };
  // A value the YAML check already named (a number with a leading 0) is not named twice.
  const named = new Set(pending.filter((f) => f.rule === 'yaml').map((f) => f.path));
  const { issues, hidden } = firstIssues(result.issues);
  // The line can still be told from a well-formed project/direction, for the register and
  // the summary, and for the years a period is shown written in.
  const resolved: { line?: Line } = typeof raw.project === 'number' ? resolveLine(g, raw as Facts, lang) : {};
  const years = resolved.line?.period ?? yearsOf(g);
  for (const issue of issues) {
    for (const d of describeIssue(issue, raw, lang, knownKeys, {
      at,
      years,
      lines: g.lines,
      sourceAt: written,
      keyNamed: (parent, name) => keyNamed(g, parent, name),
      commentedOut: commented,
      asWritten: input,
      describeKey: (path) => keyDescription(g, path, lang),
    })) {
      const path = formatPath(d.path);
      if (!named.has(path))
        pending.push(
          pend('schema', 'error', `${escapeKey(path) || '/'}: ${d.message}`, path, null, { key: d.locateKey === true }),
        );
    }
  }
  if (hidden > 0) unlisted.set('schema', hidden);
  return {
    ok: false,
    line: resolved.line,
    partial: salvage(schemaFor(g).profile, raw, result.issues, opts.accept, opts.acceptProfile),
  };
}

/**
 * The project and the line's rules: their findings added to `pending`; the line, when
 * one is named. With `broken` (the paths the schema refused, left out of `app`), a
 * finding that rests on one of them is held back, and the report says once that more
 * checks follow when the format is right.
 */
function judged(app: Facts, pending: Pending[], opts: CheckOptions, broken?: string[]): Line | undefined {
  const { guideline: g, lang } = opts;
  if (app.guideline !== undefined && app.guideline !== g.id) {
    pending.push(
      pend('project', 'warning', msg(checkMessages, lang).otherGuideline(app.guideline, g.id), 'guideline', null),
    );
  }
  const resolved = resolveLine(g, app, lang);
  const more = () => pend('schema', 'info', msg(checkMessages, lang).moreAfterFormat, null, null);
  const held = broken ? restsOn(broken) : () => false;
  for (const p of resolved.problems)
    if (!held(p.path, true) && !held('project', true))
      pending.push(pend('project', 'error', p.message, p.path, null, { basis: 'requirement' }));
  const line = resolved.line;
  if (!line) {
    if (broken) pending.push(more());
    return undefined;
  }
  let skipped = false;
  const baseDir = opts.baseDir;
  const probe = opts.exists ?? attachmentState;
  const evaluations = evaluateLine({
    guideline: g,
    line,
    facts: withDefaults(app, g),
    tier: resolved.tier,
    lang,
    probeFile: baseDir === undefined ? undefined : (rel) => probe(baseDir, rel),
    nearFile: baseDir === undefined ? undefined : (rel, taken) => nearbyFile(baseDir, rel, taken, opts.folders),
  });
  for (const e of evaluations) {
    const reference = e.reference ?? undefined;
    // In an application an unstated condition is not the case, unless the guide needs it said (16's ecoIndustry).
    if (e.applies !== true) {
      const ask = e.applies === null ? askToState(app, e.requirement, lang) : undefined;
      if (ask) pending.push(pend(e.requirement.rule, 'warning', ask.message, ask.path, null, { basis: 'convention' }));
      continue;
    }
    for (const o of e.outcomes) {
      if (o.ok === true) continue;
      if (held(o.path, o.ok === false)) {
        skipped = true;
        continue;
      }
      const basis = o.basis ?? e.basis;
      pending.push(
        pend(e.requirement.rule, o.severity ?? e.severity, o.message, o.path, e.clause, { basis, reference }),
      );
    }
  }
  if (skipped) pending.push(more());
  return line;
}

/**
 * Whether a finding rests on a value the schema refused: its path is that value's,
 * inside it or around it; or it says a value is missing beside one refused (the
 * refused `requested` leaves `matching`'s ratio unknown, not unstated). The refused
 * paths are indexed once, so that asking costs the depth of a path, not the number
 * of refused values (a file of 50,000 unknown keys has as many).
 */
function restsOn(broken: string[]): (path: string | null, stated: boolean) => boolean {
  const refused = new Set(broken);
  /** Paths around a refused value, and the mappings or lists holding one. */
  const around = new Set<string>();
  const holders = new Set<string>();
  for (const b of broken) {
    for (const p of ancestors(b)) around.add(p);
    const holder = parentOf(b);
    if (holder !== b && holder !== '') holders.add(holder);
  }
  return (path, stated) => {
    if (path === null) return false;
    if (refused.has(path) || around.has(path) || (!stated && holders.has(path))) return true;
    return ancestors(path).some((p) => refused.has(p) || (!stated && holders.has(p)));
  };
}

/** `a.b[0].c` → `a`, `a.b`, `a.b[0]`. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  return out;
}

function parentOf(path: string): string {
  return path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
}

/**
 * What an application leaves out, it does not have: no partners, no platforms, no
 * attachments. The facts are copied key by key in the schema's order, so that every
 * application reaches the rules as an object of one shape, whatever order its file
 * wrote the keys in (spreading the parsed object kept the file's order, and the rules
 * saw as many shapes as there were orders).
 */
function withDefaults(app: Facts, g: Guideline): Facts {
  const { topKeys, applicantKeys } = schemaFor(g);
  const src = app as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of topKeys) out[k] = src[k];
  const applicant: Record<string, unknown> = {};
  const given = (app.applicant ?? {}) as Record<string, unknown>;
  for (const k of applicantKeys) applicant[k] = given[k];
  applicant.platforms ??= [];
  // A unit that does not say it is 中直/区直 is a local one (project 9's categories 1–5).
  applicant.centralOrRegional ??= false;
  out.applicant = applicant;
  out.funding = app.funding && { requested: app.funding.requested, matching: app.funding.matching ?? 0 };
  out.partners ??= [];
  out.attachments ??= [];
  out.targets ??= {};
  out.declarations ??= {};
  return out as Facts;
}
