export type Lang = 'zh' | 'en';

/**
 * The language is needed before commander parses anything (help text and parse
 * errors are localised), so it is read straight from argv and the environment.
 */
export function resolveLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') return normalizeLang(argv[i + 1]);
    if (a.startsWith('--lang=')) return normalizeLang(a.slice(7));
  }
  return normalizeLang(env.GUILIN_GRANTS_LANG);
}

function normalizeLang(value: string | undefined): Lang {
  const v = (value ?? '').trim().toLowerCase();
  return v === 'en' || v.startsWith('en-') || v.startsWith('en_') ? 'en' : 'zh';
}

/** A bilingual label as the guideline file writes it. */
export interface Text {
  zh: string;
  en?: string | undefined;
}

export function pick(text: Text | string | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.zh;
}
