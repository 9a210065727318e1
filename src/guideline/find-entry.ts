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

export function entryList(g: Guideline, name: VocabularyName): string {
  return (g.file.vocabulary[name] as { id: string; zh: string }[]).map((e) => `${e.id}（${e.zh}）`).join(', ');
}
