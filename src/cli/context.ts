import type { Guideline } from '../guideline/model.js';
import type { Lang } from '../i18n/lang.js';

export interface CliContext {
  lang: Lang;
  /** Loaded on first use: `--help` and `schema` of the built-in guide never pay for it twice. */
  guideline(): Promise<Guideline>;
  out(text: string): void;
  err(text: string): void;
  /** Colour on stdout / stderr: only a TTY, never under NO_COLOR. */
  colorOut: boolean;
  colorErr: boolean;
  interactive: boolean;
}

function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if ('NO_COLOR' in env && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export function createContext(lang: Lang, guidelineRef: string | undefined): CliContext {
  let loaded: Promise<Guideline> | undefined;
  return {
    lang,
    guideline: () => (loaded ??= import('../guideline/open.js').then((m) => m.openGuideline(guidelineRef, lang))),
    out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    colorOut: wantsColor(process.stdout, process.env),
    colorErr: wantsColor(process.stderr, process.env),
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  };
}
