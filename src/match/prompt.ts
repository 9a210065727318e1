import { intendedNumber, numberUnit } from '../application/intended.js';
import { msg, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/messages/cli.js';
import { matchMessages } from '../i18n/messages/match.js';
import type { Style } from '../report/style.js';
import { displayWidth, outputColumns, wrapText } from '../report/wrap-text.js';
import { InterruptedError } from '../util/errors.js';

/**
 * The one way the program asks a question. Every prompt has a `name` (what it asks
 * about), so that a script can answer it and a test can tell which were asked
 * (`test/support/scripted-prompter.ts`).
 */
export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  /** What the answered question shows, when not the name. */
  short?: string;
  checked?: boolean;
}

export interface Base {
  name: string;
  message: string;
}

/** A typed answer as the answered question shows it: what was understood, not the keystrokes. */
type Shown = (typed: string) => string;

export interface Prompter {
  select<T>(q: Base & { choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(q: Base & { choices: Choice<T>[]; required?: boolean }): Promise<T[]>;
  input(q: Base & { default?: string; validate?: (value: string) => true | string; shown?: Shown }): Promise<string>;
  /** `percent`: the question asks for a percentage, and 60% (or ６０％) is 60. */
  number(
    q: Base & { default?: number; min?: number; max?: number; integer?: boolean; percent?: boolean },
  ): Promise<number>;
  confirm(q: Base & { default?: boolean }): Promise<boolean>;
}

type NumberQuestion = Parameters<Prompter['number']>[0];

/**
 * Chinese numerals (六十, 百分之六十, 二〇一八年三月一日) are asked for again in digits, not
 * read: the questionnaire asks one share and one date, a misread one opens or closes a
 * line, and the prompt shows its example in digits.
 */
const CHINESE_NUMERAL = /[〇零一二两三四五六七八九十百千万]/u;

export function hasChineseNumerals(text: string): boolean {
  return CHINESE_NUMERAL.test(text);
}

/** Numbers as people type them ("60", "６０", "150万元", "60%" for a percentage), checked the same way for both prompters. */
export function checkNumber(q: NumberQuestion, text: string, lang: Lang): number | string {
  const m = msg(matchMessages, lang);
  const signed = q.percent && /[%％]$/.test(text.trim());
  const n = intendedNumber(q.percent ? text.trim().replace(/[%％]$/, '') : text.trim(), false);
  if (n === undefined) return hasChineseNumerals(text) ? m.numberInDigits(text.trim()) : m.notNumber;
  // 60万 where a share is asked is an amount (or a count), not 60%: asked again, not read as 60.
  if (q.percent && !signed && numberUnit(text)) return m.shareWithUnit(text.trim());
  // 0.5 for a percentage is half a percent, or a half written as a fraction: only a
  // percent sign says which.
  if (q.percent && !signed && n > 0 && n < 1)
    return m.percentOrShare(text.trim(), n, Number((n * 100).toPrecision(12)));
  if (q.integer && !Number.isInteger(n)) return m.notInteger;
  if ((q.min !== undefined && n < q.min) || (q.max !== undefined && n > q.max))
    return m.between(q.min ?? -Infinity, q.max ?? Infinity);
  return n;
}

export function interrupted(lang: Lang): InterruptedError {
  return new InterruptedError(msg(cliMessages, lang).interrupted);
}

/**
 * A question and its answer laid out for the terminal. The prompt library folds a line
 * too wide to the first column, Chinese anywhere: the question wraps under itself, after
 * the library's two-column mark, and an answer with no room left on the question's last
 * line goes under it. The library draws the question, then the answer, in one render.
 */
function layout(s: Style) {
  let end = 0;
  const columns = () => outputColumns() ?? 80;
  return {
    question(text: string): string {
      const lines = wrapText(text, Math.max(10, columns() - 2)).split('\n');
      end = 2 + displayWidth(lines.at(-1)!) + 1;
      return lines.map((l, i) => (i ? '  ' : '') + s.bold(l)).join('\n');
    },
    answer(text: string): string {
      if (end + displayWidth(text) <= columns()) return s.cyan(text);
      return wrapText(text, Math.max(10, columns() - 2))
        .split('\n')
        .map((l) => `\n  ${s.cyan(l)}`)
        .join('');
    },
  };
}

/** Prompts in the terminal, over @inquirer/prompts (loaded only when a question is asked). */
export function terminalPrompter(lang: Lang, s: Style): Prompter {
  const m = msg(matchMessages, lang);
  const fit = layout(s);
  const theme = {
    prefix: { idle: s.cyan('?'), done: s.green('✔') },
    style: {
      answer: fit.answer,
      message: fit.question,
      error: (text: string) => s.red(`> ${text}`),
      defaultAnswer: (text: string) => s.dim(`(${text})`),
      help: s.dim,
      highlight: s.cyan,
      description: s.cyan,
      key: (text: string) => s.cyan(s.bold(`<${text}>`)),
      keysHelpTip: (keys: [string, string][]) =>
        s.dim(keys.map(([key, action]) => `${m.keys[key] ?? key} ${m.keys[action] ?? action}`).join(' • ')),
      renderSelectedChoices: (chosen: readonly { short: string }[]) =>
        chosen.length ? m.list(chosen.map((c) => c.short)) : m.none,
    },
    icon: { cursor: '❯', checked: s.green('◉'), unchecked: '◯' },
  };
  /** While typing, the keystrokes; once answered, what they were read as. */
  const shownAs =
    (shown: Shown) =>
    (typed: string, { isFinal }: { isFinal: boolean }) =>
      isFinal ? fit.answer(shown(typed.trim())) : typed;
  const ask = async <T>(run: (p: typeof import('@inquirer/prompts')) => Promise<T>): Promise<T> => {
    const prompts = await import('@inquirer/prompts');
    try {
      return await run(prompts);
    } catch (e) {
      if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError'))
        throw interrupted(lang);
      throw e;
    }
  };
  const confirm: Prompter['confirm'] = (q) =>
    ask((p) =>
      p.select({
        message: q.message,
        choices: [
          { value: true, name: m.yes },
          { value: false, name: m.no },
        ],
        default: q.default ?? true,
        theme,
      }),
    );
  return {
    select: (q) =>
      ask((p) => p.select({ message: q.message, choices: q.choices, default: q.default, theme, pageSize: 12 })),
    checkbox: (q) =>
      ask((p) =>
        p.checkbox({
          message: q.message,
          choices: q.choices,
          theme,
          pageSize: 12,
          validate: (c) => (q.required && !c.length ? m.pickOne : true),
        }),
      ),
    input: (q) =>
      ask((p) =>
        p.input({
          message: q.message,
          default: q.default,
          theme,
          validate: (v) => q.validate?.(v.trim()) ?? true,
          transformer: q.shown && shownAs(q.shown),
        }),
      ).then((v) => v.trim()),
    number: (q) =>
      ask((p) =>
        p.input({
          message: q.message,
          // A percentage is offered with its sign, so that Enter takes it as it was meant.
          default: q.default === undefined ? undefined : `${q.default}${q.percent ? '%' : ''}`,
          theme,
          validate: (v) => (typeof checkNumber(q, v, lang) === 'number' ? true : (checkNumber(q, v, lang) as string)),
          transformer: shownAs((v) => `${checkNumber(q, v, lang)}${q.percent ? '%' : ''}`),
        }),
      ).then((v) => checkNumber(q, v, lang) as number),
    confirm,
  };
}
