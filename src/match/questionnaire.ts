import type { Facts } from '../application/schema.js';
import type { Prompter } from './prompt.js';
import type { Guideline } from '../guideline/model.js';
import { msg } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import { matchMessages } from '../i18n/messages/match.js';
import type { Style } from '../report/style.js';
import { indentWrapped } from '../report/wrap-text.js';
import type { LineMatch } from './match-line.js';
import { QUESTIONS, type Question } from './questions.js';
import { rankLines } from './rank.js';

/**
 * The lines whose verdict or rank still hangs on a question: for a deciding question, by
 * default the lines its answer can rule out (what orders the questions); `every` adds
 * those where it only ranks, raises a doubt or sets a to-do, all of which the applicant
 * is told the question concerns (the platforms question names 6, whose content addresses
 * 孵化器 and the like, though no answer closes 6).
 */
function concerned(q: Question, open: LineMatch[], every = false): LineMatch[] {
  if (q.concerns) return q.concerns(open);
  const who = q.decides && !every;
  return open.filter((r) => (who ? r.openWho : [...r.openWho, ...r.openOther]).some((p) => q.paths.includes(p)));
}

/**
 * What to ask next: among the questions that decide who may apply, the one the most
 * open lines hang on (its answer can rule out the most); once none is left, the
 * questions that only rank. Nothing is asked that no open line depends on.
 */
function nextQuestion(
  open: LineMatch[],
  asked: readonly string[],
): { question: Question; lines: LineMatch[] } | undefined {
  let best: { question: Question; lines: LineMatch[] } | undefined;
  for (const question of QUESTIONS) {
    if (!question.decides || asked.includes(question.id)) continue;
    const lines = concerned(question, open);
    if (lines.length > (best?.lines.length ?? 0)) best = { question, lines };
  }
  if (best) return best;
  for (const question of QUESTIONS) {
    if (question.decides || asked.includes(question.id)) continue;
    const lines = concerned(question, open);
    if (lines.length) return { question, lines };
  }
  return undefined;
}

/** One round of questions; returns the answers and the ids of the questions asked. */
export async function askQuestions(
  p: Prompter,
  g: Guideline,
  lang: Lang,
  previous: Facts = {},
): Promise<{ facts: Facts; asked: string[] }> {
  const m = msg(matchMessages, lang);
  const facts: Facts = {};
  const asked: string[] = [];
  for (;;) {
    const open = rankLines(g, facts, lang).filter((r) => r.status !== 'ineligible');
    const next = nextQuestion(open, asked);
    if (!next) return { facts, asked };
    const lines = concerned(next.question, open, true);
    const codes = g.lines.filter((l) => lines.some((r) => r.line === l)).map((l) => l.code);
    await next.question.ask({ g, lang, p, facts, previous, open, concerns: m.concerns(codes) });
    asked.push(next.question.id);
  }
}

/**
 * The answers in the order they were asked, which is not the list's: what decides most comes first.
 * A long answer (several platforms or partners) wraps under itself, not to the screen's first column.
 */
function summarize(g: Guideline, facts: Facts, asked: readonly string[], lang: Lang, s: Style, width: number): string {
  const m = msg(matchMessages, lang);
  const questions = asked.flatMap((id) => QUESTIONS.filter((q) => q.id === id));
  const rows = questions.flatMap((q) => {
    const text = m.q[q.id as keyof typeof m.q] as { short: string };
    return indentWrapped(`  ${s.dim(`${text.short}${lang === 'zh' ? '：' : ': '}`)}`, q.answer(g, facts, lang), width);
  });
  return [s.bold(m.summaryTitle), ...rows].join('\n');
}

/** Questions, a summary to confirm, and again (with the answers as defaults) until confirmed. */
export async function questionnaire(
  p: Prompter,
  g: Guideline,
  lang: Lang,
  out: (text: string) => void,
  s: Style,
  width = Number.POSITIVE_INFINITY,
): Promise<Facts> {
  const m = msg(matchMessages, lang);
  let previous: Facts = {};
  for (;;) {
    const { facts, asked } = await askQuestions(p, g, lang, previous);
    out(`\n${summarize(g, facts, asked, lang, s, width)}\n`);
    if (await p.confirm({ name: 'confirm', message: m.confirmAnswers, default: true })) return facts;
    out(m.redo);
    previous = facts;
  }
}
