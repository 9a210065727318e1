import { type Base, type Choice, checkNumber, interrupted, type Prompter } from '../../src/match/prompt.js';
import type { Lang } from '../../src/i18n/index.js';
import { msg } from '../../src/i18n/index.js';
import { matchMessages } from '../../src/i18n/messages/match.js';

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
