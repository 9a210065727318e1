import type { Facts } from '../application/schema.js';
import type { Guideline, Line } from '../guideline/model.js';
import type { Basis, Predicate, Requirement, Severity, Tier } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { pick, type Lang } from '../i18n/lang.js';
import { type MatchMessages, matchMessages } from '../i18n/messages/match.js';
import { evaluateLine, type Evaluation } from '../rules/evaluate.js';
import { fundingSpan } from '../rules/kinds/funding-range.js';
import type { Outcome, Truth } from '../rules/types.js';
import { attachmentTodos, conditionInWords, todoText } from './todo-text.js';

export type Status = 'eligible' | 'possible' | 'ineligible';
type Nature = 'who' | 'arrangeable' | 'bonus';

/** A fact about who the applicant is, as it bears on the line. */
export interface Reason {
  rule: string;
  ok: Truth;
  message: string;
  clause: string | null;
  basis: Basis;
  nature: Nature;
  /** From a requirement every line carries (in Guilin, years, amount). */
  common: boolean;
  /** When the rule applies only if a fact not yet stated holds: that fact, in words. */
  condition?: string;
}

/** Something the applicant can still arrange or must heed. */
interface Todo {
  rule: string;
  message: string;
  clause: string | null;
  basis: Basis;
  severity: Severity;
  /** The applicant stated something that does not meet it (not merely unstated). */
  broken: boolean;
}

/** One funding line judged over what an applicant has said about itself. */
export interface LineMatch {
  line: Line;
  /** The tier judged against; undefined when the line's tiers are judged as one span. */
  tier: Tier | undefined;
  status: Status;
  /** true: one of the applicant's fields is the line's; false: none is; null: no field stated. */
  fieldFit: boolean | null;
  reasons: Reason[];
  todos: Todo[];
  funding: { min: number | null; max: number };
  /** Facts (paths) whose absence keeps a who-rule open: what a question could settle. */
  openWho: string[];
  /** Facts whose absence leaves a ranking or to-do open. */
  openOther: string[];
}

/**
 * A tiered line is judged against the tier the applicant names, else the one tier
 * its stated amount falls in, else the span of all tiers: no tier is guessed.
 */
function tierFor(line: Line, facts: Facts): Tier | undefined {
  if (line.tiers.length === 1) return line.tiers[0];
  const named = line.tiers.find((t) => t.tier === facts.tier);
  if (named) return named;
  const requested = facts.funding?.requested;
  if (requested === undefined) return undefined;
  const fits = line.tiers.filter((t) => (t.min ?? 0) <= requested && requested <= t.max);
  return fits.length === 1 ? fits[0] : undefined;
}

function fieldFitOf(facts: Facts, line: Line): boolean | null {
  if (!facts.fields?.length || !line.fields.length) return null;
  return facts.fields.some((f) => line.fields.includes(f));
}

/** Where each part of a `when` predicate lives in the facts. */
function predicatePaths(p: Predicate): string[] {
  const paths: string[] = [];
  if (p.leadType) paths.push('applicant.type');
  if (p.partnerType) paths.push('partners');
  if (p.platform || p.noPlatform) paths.push('applicant.platforms');
  if (p.talentRoute) paths.push('talent.route');
  if (p.drugStage) paths.push('drug.stage');
  if (p.flag) paths.push(p.flag);
  return paths;
}

function natureOf(e: Evaluation, o: Outcome): Nature {
  if (o.who === true) return 'who';
  if (o.who === false) return 'arrangeable';
  return e.nature;
}

/** A requirement whose `when` is unknown holds unless it is known to fail where it applies. */
function effective(e: Evaluation, o: Outcome): Truth {
  return e.applies === null && o.ok !== true ? null : o.ok;
}

/**
 * A who-reason in an applicant's words: `check`'s message unless it names a key of the
 * file format, then the rule's text; what is not the guide's requirement says whom to ask.
 */
function whoMessage(
  m: MatchMessages,
  o: Outcome,
  ok: Truth,
  basis: Basis,
  text: string,
  condition: string | undefined,
): string {
  if (ok === null) return condition ? m.onCondition(condition, m.whoOpen(text)) : m.whoOpen(text);
  const fileWords = FILE_KEY.test(o.message);
  if (ok === false && basis === 'convention') return m.doubt(fileWords ? m.toConfirm(text) : o.message);
  // A content rule's own message already says it is no condition and whom to ask.
  if (ok === false && basis !== 'requirement') return fileWords ? m.contentDoubt(text) : o.message;
  if (!fileWords) return o.message;
  if (ok === false && m.whoBrokenAt[o.path]) return m.whoBrokenAt[o.path]!;
  return ok ? m.whoMet(text) : m.whoBroken(text);
}

/** A rule message naming a key of the file format is `check`'s wording, not an applicant's. */
const FILE_KEY =
  /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-zA-Z]+|`|\b(applicant|partners|fields|talent|commissioner|targets)\b(?! [a-z])/;

// Within a line, what decides comes first: a broken requirement, an open one, a doubt, what is met, merits.
function reasonOrder(r: Reason): number {
  if (r.nature === 'bonus') return 6;
  if (r.ok === false) return r.basis === 'requirement' ? 0 : 2;
  if (r.ok === null) return 1;
  return r.common ? 5 : 3;
}

/** Money and partners weigh most on a decision to apply; targets are written in the proposal. */
const TODO_ORDER = [
  'partners',
  'matching-ratio',
  'attachment',
  'high-tech',
  'field',
  'target',
  'funding-range',
  'period',
];

function todoOrder(t: Todo, common: boolean): number {
  const at = TODO_ORDER.indexOf(t.rule);
  return (
    (common ? 1000 : 0) + (t.severity === 'info' ? 500 : 0) + (t.broken ? 0 : 100) + (at < 0 ? TODO_ORDER.length : at)
  );
}

export function matchLine(g: Guideline, line: Line, facts: Facts, lang: Lang): LineMatch {
  const m = msg(matchMessages, lang);
  const tier = tierFor(line, facts);
  // Attachments are to-dos from the line alone (attachmentTodos): `check`'s outcomes for them are not read.
  const evaluations = evaluateLine({ guideline: g, line, facts, tier, lang }, 'attachment');
  const c = { g, line, tier, facts, lang };
  const reasons: Reason[] = [];
  const todos: { todo: Todo; order: number }[] = [];
  const openWho = new Set<string>();
  const openOther = new Set<string>();
  // Only a requirement of the guide about who the applicant is can close a line; content and
  // conventions can at worst leave it open.
  const decisive: Truth[] = [];
  let doubt = false;
  const doneAttachments = new Set<Requirement>();
  for (const e of evaluations) {
    const req = e.requirement;
    // The code is checked only when given; a profile without one has nothing to report.
    if (req.rule === 'credit-code' && facts.applicant?.creditCode === undefined) continue;
    const reqBasis = e.basis;
    const common = g.file.common.includes(req);
    const text = req.text ? pick(req.text, lang) : (e.clause ?? req.rule);
    const condition = e.applies === null && req.when ? conditionInWords(g, req.when, lang) : undefined;
    const addTodo = (message: string, severity: Severity, broken: boolean, basis = reqBasis) => {
      const todo: Todo = {
        rule: req.rule,
        message: condition ? m.onCondition(condition, message) : message,
        clause: e.clause,
        basis,
        severity,
        broken,
      };
      todos.push({ todo, order: todoOrder(todo, common) });
    };
    if (req.rule === 'attachment') {
      if (!doneAttachments.has(req)) {
        doneAttachments.add(req);
        for (const t of attachmentTodos(c, req)) addTodo(t, e.severity, false);
        if (req.params.per && facts.partners === undefined) openOther.add('partners');
      }
      continue;
    }
    for (const o of e.outcomes) {
      const nature = natureOf(e, o);
      const ok = effective(e, o);
      const severity = o.severity ?? e.severity;
      // 5-1's platforms: one outcome may rest on the line's content while the rest is required.
      const basis = o.basis ?? reqBasis;
      // An unstated convention leaves nothing open: the guide does not ask it.
      if (ok === null && basis !== 'convention') {
        const open = nature === 'who' && basis === 'requirement' ? openWho : openOther;
        if (o.ok === null) open.add(o.path);
        if (req.when && e.applies === null) predicatePaths(req.when).forEach((p) => open.add(p));
      }
      if (nature === 'bonus') {
        // Met, a priority is a merit; unmet or unknown, it is no failure and no to-do.
        if (ok === true)
          reasons.push({ rule: req.rule, ok, message: m.merit(text), clause: e.clause, basis, nature, common });
        continue;
      }
      if (nature === 'arrangeable') {
        if (ok !== true) addTodo(todoText(c, req, o), severity, ok === false, basis);
        continue;
      }
      if (basis === 'requirement') decisive.push(ok);
      // The guide's content addressed to others leaves the line open; a convention of the tool
      // (a residence the guide does not ask for) is said as a reason but never lowers the verdict,
      // and said nothing of when unstated.
      else if (basis === 'convention') {
        if (ok === null) continue;
      } else if (ok !== true) doubt = true;
      const message = whoMessage(m, o, ok, basis, text, condition);
      if (!reasons.some((r) => r.rule === req.rule && r.message === message))
        reasons.push({ rule: req.rule, ok, message, clause: e.clause, basis, nature, common, condition });
    }
  }
  const status: Status = decisive.includes(false)
    ? 'ineligible'
    : decisive.includes(null) || doubt
      ? 'possible'
      : 'eligible';
  reasons.sort((a, b) => reasonOrder(a) - reasonOrder(b));
  todos.sort((a, b) => a.order - b.order);
  return {
    line,
    tier,
    status,
    fieldFit: fieldFitOf(facts, line),
    reasons,
    todos: dedupe(todos.map((t) => t.todo)),
    funding: fundingSpan(line, tier),
    openWho: [...openWho],
    openOther: [...openOther],
  };
}

function dedupe(todos: Todo[]): Todo[] {
  const seen = new Set<string>();
  return todos.filter((t) => !seen.has(t.message) && !!seen.add(t.message));
}
