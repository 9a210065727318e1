/** Answers already given: a batch's files make the same typos of the same keys. */
const answers = new Map<string, string | undefined>();
const REMEMBERED = 1000;

/** The candidate nearest to `word` by edit distance, if near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const question = JSON.stringify([word, candidates]);
  if (answers.has(question)) return answers.get(question);
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(word.length / 3));
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance && d <= limit) {
      best = c;
      bestDistance = d;
    }
  }
  if (answers.size >= REMEMBERED) answers.clear();
  answers.set(question, best);
  return best;
}

/**
 * The one candidate nearest to `word`, near enough to be a typo, when no other is as
 * near: what may be corrected without asking (`check --fix`).
 */
export function closestUnique(word: string, candidates: readonly string[]): string | undefined {
  const best = closest(word, candidates);
  if (best === undefined) return undefined;
  const w = word.toLowerCase();
  const d = distance(w, best.toLowerCase());
  return candidates.some((c) => c !== best && distance(w, c.toLowerCase()) === d) ? undefined : best;
}

/**
 * The one name `word` was meant to be: the unique nearest by spelling, or else the only
 * name that holds it or that it holds ("Fraunhofer" for "Fraunhofer IKTS"), spaces and
 * case aside. Undefined when none, or when two are as likely.
 */
export function closestName(word: string, names: readonly string[]): string | undefined {
  const byTypo = closestUnique(word, names);
  if (byTypo !== undefined) return byTypo;
  const bare = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  const w = bare(word);
  if (w.length < 2) return undefined;
  const holding = [...new Set(names)].filter(
    (n) => bare(n).length >= 2 && (bare(n).includes(w) || w.includes(bare(n))),
  );
  return holding.length === 1 ? holding[0] : undefined;
}

/** Edits between two words, a swap of two neighbours counting as one (`titel` → `title`). */
export function distance(a: string, b: string): number {
  // Three rows of the table suffice: a swap looks two rows back.
  const n = b.length;
  let back2 = new Int32Array(n + 1);
  let back1 = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) back1[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(back1[j]! + 1, row[j - 1]! + 1, back1[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, back2[j - 2]! + 1);
      row[j] = d;
    }
    [back2, back1, row] = [back1, row, back2];
  }
  return back1[n]!;
}
