import { numberFromText } from '../i18n/zod-issue.js';
import { msg, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/messages/cli.js';
import { matchMessages } from '../i18n/messages/match.js';
import type { Style } from '../report/style.js';
import { InterruptedError } from './errors.js';

/**
 * The one way the program asks a question. Every prompt has a `name` (what it asks
 * about), so that a script can answer it and a test can tell which were asked.
 */
export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

interface Base {
  name: string;
  message: string;
}

export interface Prompter {
  select<T>(q: Base & { choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(q: Base & { choices: Choice<T>[]; required?: boolean }): Promise<T[]>;
  input(q: Base & { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  number(q: Base & { default?: number; min?: number; max?: number; integer?: boolean }): Promise<number>;
  confirm(q: Base & { default?: boolean }): Promise<boolean>;
}

type NumberQuestion = Parameters<Prompter['number']>[0];

/** Typed numbers as people type them ("60", "６０", "60%"), checked the same way for both prompters. */
export function checkNumber(q: NumberQuestion, text: string, lang: Lang): number | string {
  const m = msg(matchMessages, lang);
  const n = numberFromText(text.trim());
  if (n === undefined) return m.notNumber;
  if (q.integer && !Number.isInteger(n)) return m.notInteger;
  if ((q.min !== undefined && n < q.min) || (q.max !== undefined && n > q.max))
    return m.between(q.min ?? -Infinity, q.max ?? Infinity);
  return n;
}

function interrupted(lang: Lang): InterruptedError {
  return new InterruptedError(msg(cliMessages, lang).interrupted);
}

/** Prompts in the terminal, over @inquirer/prompts (loaded only when a question is asked). */
export function terminalPrompter(lang: Lang, s: Style): Prompter {
  const m = msg(matchMessages, lang);
  const theme = {
    prefix: { idle: s.cyan('?'), done: s.green('✔') },
    style: {
      answer: s.cyan,
      message: (text: string) => s.bold(text),
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
  const yesNo = (q: Parameters<Prompter['confirm']>[0]) =>
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
        p.input({ message: q.message, default: q.default, theme, validate: (v) => q.validate?.(v.trim()) ?? true }),
      ).then((v) => v.trim()),
    number: (q) =>
      ask((p) =>
        p.input({
          message: q.message,
          default: q.default === undefined ? undefined : String(q.default),
          theme,
          validate: (v) => (typeof checkNumber(q, v, lang) === 'number' ? true : (checkNumber(q, v, lang) as string)),
        }),
      ).then((v) => checkNumber(q, v, lang) as number),
    confirm: yesNo,
  };
}

/** The answer that makes a scripted prompt behave as if Ctrl-C were pressed. */
export const CANCEL = Symbol('cancel');

export interface ScriptedPrompter extends Prompter {
  /** The names of the prompts asked, in order. */
  asked: string[];
  /** Each prompt as it would have been shown: its text, its choices' labels, its default. */
  shown: { name: string; message: string; choices?: string[]; default?: unknown }[];
  /** Validation messages shown, by prompt name. */
  rejected: { name: string; message: string }[];
}

/**
 * Answers prompts from a script: `{ name: answer }`, or `{ name: [first, second] }`
 * when a prompt is asked again or a typed answer is rejected and retyped. Typed
 * answers go through the same validation as in the terminal. A prompt that the script
 * does not answer is an error, so a test notices a question it did not expect.
 */
export function scriptedPrompter(script: Record<string, unknown>, lang: Lang = 'zh'): ScriptedPrompter {
  const queues = new Map<string, unknown[]>();
  const asked: string[] = [];
  const shown: ScriptedPrompter['shown'] = [];
  const rejected: { name: string; message: string }[] = [];
  const show = (q: Base & { choices?: Choice<unknown>[]; default?: unknown }) => {
    asked.push(q.name);
    // A checkbox's default is what it shows ticked.
    const ticked = q.choices?.filter((c) => c.checked).map((c) => c.value);
    shown.push({
      name: q.name,
      message: q.message,
      choices: q.choices?.map((c) => c.name),
      default: q.default ?? (ticked?.length ? ticked : undefined),
    });
  };
  /** A checkbox's answer is itself a list: only a list of lists is a queue of answers. */
  const queueOf = (name: string, listAnswer: boolean): unknown[] | undefined => {
    if (!queues.has(name) && name in script) {
      const v = script[name];
      queues.set(name, Array.isArray(v) && (!listAnswer || Array.isArray(v[0])) ? [...v] : [v]);
    }
    return queues.get(name);
  };
  const next = (name: string, listAnswer = false): unknown => {
    const queue = queueOf(name, listAnswer);
    if (!queue?.length) throw new Error(`unscripted prompt: ${name}`);
    // The last answer stays, for a prompt asked again (the questionnaire redone).
    const answer = queue.length > 1 ? queue.shift() : queue[0];
    if (answer === CANCEL) throw interrupted(lang);
    return answer;
  };
  /** A typed answer: rejected ones are recorded and the next scripted one is "retyped". */
  const typed = <T>(name: string, parse: (text: string) => { value: T } | { error: string }): T => {
    for (;;) {
      const last = (queueOf(name, false)?.length ?? 0) <= 1;
      const r = parse(String(next(name)));
      if ('value' in r) return r.value;
      rejected.push({ name, message: r.error });
      if (last) throw new Error(`rejected answer with nothing to retype: ${name}: ${r.error}`);
    }
  };
  return {
    asked,
    shown,
    rejected,
    async select(q) {
      show(q);
      const v = next(q.name);
      if (!q.choices.some((c) => c.value === v)) throw new Error(`not a choice of ${q.name}: ${String(v)}`);
      return v as never;
    },
    async checkbox(q) {
      show(q);
      for (;;) {
        const last = (queueOf(q.name, true)?.length ?? 0) <= 1;
        const v = next(q.name, true) as unknown[];
        if (!Array.isArray(v) || v.some((x) => !q.choices.some((c) => c.value === x)))
          throw new Error(`not choices of ${q.name}: ${String(v)}`);
        if (!q.required || v.length) return v as never;
        rejected.push({ name: q.name, message: msg(matchMessages, lang).pickOne });
        if (last) throw new Error(`rejected answer with nothing to retype: ${q.name}`);
      }
    },
    async input(q) {
      show(q);
      return typed<string>(q.name, (text) => {
        const verdict = q.validate?.(text.trim()) ?? true;
        return verdict === true ? { value: text.trim() } : { error: verdict };
      });
    },
    async number(q) {
      show(q);
      return typed<number>(q.name, (text) => {
        const n = checkNumber(q, text, lang);
        return typeof n === 'number' ? { value: n } : { error: n };
      });
    },
    async confirm(q) {
      show(q);
      const v = next(q.name);
      if (typeof v !== 'boolean') throw new Error(`not yes/no for ${q.name}: ${String(v)}`);
      return v;
    },
  };
}
