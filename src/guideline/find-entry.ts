import type { Guideline, VocabularyName } from './model.js';

/** A vocabulary entry by its id or either label, as a user would type it. */
export function findEntry(g: Guideline, name: VocabularyName, input: string): string | undefined {
  const wanted = input.trim().toLowerCase();
  const entries = g.file.vocabulary[name] as { id: string; zh: string; en: string }[];
  return entries.find((e) => e.id.toLowerCase() === wanted || e.zh === input.trim() || e.en.toLowerCase() === wanted)
    ?.id;
}

export function entryList(g: Guideline, name: VocabularyName): string {
  return (g.file.vocabulary[name] as { id: string; zh: string }[]).map((e) => `${e.id}（${e.zh}）`).join(', ');
}
