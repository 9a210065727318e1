import type { Lang } from '../i18n/lang.js';
import type { Guideline, VocabularyName } from './model.js';
import { byShortLabel } from './short-labels.js';

/** A vocabulary entry by its id, either label or a short label (`医院`), as a user would type it. */
export function findEntry(g: Guideline, name: VocabularyName, input: string): string | undefined {
  const wanted = input.trim().toLowerCase();
  const entries = g.file.vocabulary[name] as { id: string; zh: string; en: string }[];
  const ids = entries.map((e) => e.id);
  const named = entries.find(
    (e) => e.id.toLowerCase() === wanted || e.zh === input.trim() || e.en.toLowerCase() === wanted,
  );
  return named?.id ?? byShortLabel(input, ids);
}

/** A vocabulary's entries for a message, each id with its label in the message's language. */
export function entryList(g: Guideline, name: VocabularyName, lang: Lang): string {
  return (g.file.vocabulary[name] as { id: string; zh: string; en: string }[])
    .map((e) => (lang === 'zh' ? `${e.id}（${e.zh}）` : `${e.id} (${e.en})`))
    .join(', ');
}
